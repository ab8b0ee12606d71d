import { defineRule } from './rule.js';
import { headingMarker } from './util/text.js';

/** A heading has words: a `#` line with nothing after it, or only rules and symbols, is a stray line. */
export const emptyHeading = defineRule({
  meta: {
    id: 'empty-heading',
    description: 'Disallow headings without words (`#` alone, `# ────`)',
    defaultSeverity: 'warn',
    fixable: false,
    messages: {
      empty:
        'Unexpected empty heading `{{marker}}`, expected heading text: the blocks below it fall under an untitled heading; remove the line or give it a title',
      symbols:
        'Unexpected heading `{{marker}} {{text}}` without words, expected heading text: a line that starts with `#` renders as a heading; remove it, or write `\\#` if it is not one',
    },
    docs: {
      rationale:
        'A lone `#` or a pasted comment line such as `# ──────` renders as a heading: it breaks the outline, ' +
        'and every block after it falls under an untitled section, so entries seem to belong to nothing. ' +
        'Headings with words are left to the other rules.',
      invalid: ['## 2026-02-14: Timezones in cron\n\n**Rule**: Schedule cron jobs in UTC.\n\n#\n\n## 2026-02-19: Pin the toolchain\n\n**Rule**: Pin the compiler.\n'],
      valid: ['## 2026-02-14: Timezones in cron\n\n**Rule**: Schedule cron jobs in UTC.\n\n## 2026-02-19: Pin the toolchain\n\n**Rule**: Pin the compiler.\n'],
    },
  },
  check(context) {
    for (const heading of context.document.emptyHeadings) {
      context.report({
        messageId: heading.text === '' ? 'empty' : 'symbols',
        data: { marker: headingMarker(heading.depth).trim(), text: heading.text },
        at: heading.range,
      });
    }
  },
});
