import type { Entry } from '../parse/model.js';
import { defineRule } from './rule.js';

/** Opt-in: at most one entry per date. */
export const oneEntryPerDate = defineRule({
  meta: {
    id: 'one-entry-per-date',
    description: 'Allow at most one entry per date (off by default)',
    defaultSeverity: 'off',
    fixable: false,
    messages: {
      extra: 'Unexpected second entry on `{{date}}`, first at line {{line}}: keep one entry per date',
    },
    docs: {
      rationale:
        'Most lessons files record several entries on a busy day, so this is off by default. Teams that keep a ' +
        'daily log, one entry per day with several lessons inside it, can turn it on to keep that shape.',
      invalid: [
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
      valid: [
        [
          '## 2026-02-19: Libvirt bindings are not thread-safe',
          '',
          '**Rule**: Route libvirt calls through one worker thread.',
          '',
          '## 2026-02-20: Per-subprocess overhead dominates OVS startup',
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
      const date = entry.heading.date;
      if (date === undefined) continue;
      const key = date.iso ?? date.raw;
      const earlier = first.get(key);
      if (earlier === undefined) {
        first.set(key, entry);
        continue;
      }
      context.report({
        messageId: 'extra',
        data: { date: date.raw, line: earlier.heading.range.start.line },
        at: entry.heading,
        related: [{ message: `First entry on \`${date.raw}\``, at: earlier.heading }],
      });
    }
  },
});
