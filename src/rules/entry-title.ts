import type { Entry } from '../parse/model.js';
import { defineRule } from './rule.js';
import { headingMarker } from './util/text.js';

/** Every entry heading has a title after its date. */
export const entryTitle = defineRule({
  meta: {
    id: 'entry-title',
    description: 'Require a title after the date in every entry heading',
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      missing: 'Missing title after date `{{date}}`, expected `{{marker}}{{date}}: What happened`',
    },
    docs: {
      rationale:
        'The title is what a reader scans and what a table of contents shows; an entry with only a date cannot be ' +
        'found or linked. A date-only heading that groups titled entries below it is not an entry and is not ' +
        'reported.',
      invalid: ['## 2026-02-14:\n\n**Bug**: A literal `\\t` was written instead of a tab.\n'],
      valid: ['## 2026-02-14: sed `a` does not interpret `\\t`\n\n**Bug**: A literal `\\t` was written instead of a tab.\n'],
    },
  },
  check(context) {
    for (const entry of context.document.entries) {
      // An undated heading is all title; `entry-date` reports the missing date.
      // A record without a heading (`[2026-06-24] Context: …`) has no title line to fill.
      if (entry.layout === 'record' || !isUntitled(entry)) continue;
      context.report({
        messageId: 'missing',
        data: { date: entry.heading.date?.raw ?? 'YYYY-MM-DD', marker: headingMarker(entry.heading.depth) },
        at: entry.heading,
      });
    }
  },
});

function isUntitled(entry: Entry): boolean {
  return entry.heading.date !== undefined && (entry.heading.title?.trim() ?? '') === '';
}
