import type { Entry } from '../parse/model.js';
import { defineRule } from './rule.js';
import { entryName, normalizeTitle } from './util/text.js';

/** No two entries share both date and title. */
export const duplicateEntry = defineRule({
  meta: {
    id: 'duplicate-entry',
    description: 'Disallow two entries with the same date and title',
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      duplicate:
        'Unexpected duplicate of entry `{{title}}` dated `{{date}}`, first at line {{line}}: merge the two entries or remove one',
      duplicateUndated:
        'Unexpected duplicate of undated entry `{{title}}`, first at line {{line}}: merge the two entries or remove one',
    },
    docs: {
      rationale:
        'The same lesson recorded twice drifts apart as one copy is edited and the other is not; agents that ' +
        'append to lessons files do this often. Titles are compared case-insensitively with markup and extra ' +
        'spaces ignored. Several different entries on one date are normal and not reported (see ' +
        '`one-entry-per-date`).',
      invalid: [
        [
          '## 2026-02-19: Libvirt bindings are not thread-safe',
          '',
          '**Rule**: Route libvirt calls through one worker thread.',
          '',
          '## 2026-02-19: Libvirt  bindings are *not* thread-safe',
          '',
          '**Rule**: Never call libvirt from async code.',
          '',
        ].join('\n'),
      ],
      valid: [
        [
          '## 2026-02-19: Libvirt bindings are not thread-safe',
          '',
          '**Rule**: Route libvirt calls through one worker thread.',
          '',
          '## 2026-02-19: Per-subprocess overhead dominates OVS startup',
          '',
          '**Rule**: Batch OVS queries with `--format=json`.',
          '',
        ].join('\n'),
      ],
    },
  },
  check(context) {
    const first = new Map<string, Entry>();
    for (const entry of context.document.entries) {
      // A topic bullet is a duplicate only when its whole text is: leads such as `**Rule**:` repeat.
      const title = normalizeTitle((entry.layout === 'topic-item' ? entry.heading.text : entry.heading.title) ?? '');
      if (title === '') continue;
      const date = entry.heading.date;
      const key = `${date?.iso ?? date?.raw ?? ''}\u0000${title}`;
      const earlier = first.get(key);
      if (earlier === undefined) {
        first.set(key, entry);
        continue;
      }
      const line = earlier.heading.range.start.line;
      context.report({
        messageId: date === undefined ? 'duplicateUndated' : 'duplicate',
        data: { title: entryName(entry), date: date?.raw ?? '', line },
        at: entry.heading,
        related: [{ message: 'First copy of the entry', at: earlier.heading }],
      });
    }
  },
});
