import { defineRule } from './rule.js';

/** Every heading among the entries belongs to one: none between entries, none inside a line. */
export const strayHeading = defineRule({
  meta: {
    id: 'stray-heading',
    description: 'Disallow an undated heading between entries, and heading marks inside a line',
    defaultSeverity: 'warn',
    fixable: false,
    messages: {
      betweenEntries:
        'Unexpected heading `{{heading}}` between entries, expected a dated entry heading: the text under it belongs to no entry; make it a sub-heading of the entry above (one `#` more) or move it above the first entry',
      insideLine:
        'Unexpected `{{heading}}` inside a line, expected a heading on a line of its own: it renders as text; start it on a new line after a blank line',
    },
    docs: {
      rationale:
        'An undated heading at the entry level between two entries (`## Notes` after an entry) ends the entry above: ' +
        'what it holds belongs to no entry, and readers and tools lose it. Heading marks written after a sentence ' +
        '(`… follows. ## Summary`) render as literal text. Undated headings before the first entry or after the last ' +
        '(a preamble, a footer) are left alone, and so are headings in files whose entries are not all dated, and ' +
        'headings of more than two words (`Light/dark theme mismatch` is more likely an entry without its date).',
      invalid: [
        '## 2026-02-14: Cron runs in local time\n\n**Rule**: Schedule in UTC.\n\n## Notes\n\nThe old scheduler drifted too.\n\n' +
          '## 2026-02-20: Pin the toolchain\n\n**Rule**: Pin node.\n\n## 2026-02-27: Pin npm\n\n**Rule**: Pin the package manager.\n',
      ],
      valid: [
        '## 2026-02-14: Cron runs in local time\n\n**Rule**: Schedule in UTC.\n\n### Notes\n\nThe old scheduler drifted too.\n\n' +
          '## 2026-02-20: Pin the toolchain\n\n**Rule**: Pin node.\n\n## 2026-02-27: Pin npm\n\n**Rule**: Pin the package manager.\n',
      ],
    },
  },
  check(context) {
    for (const stray of context.document.strayHeadings) {
      context.report({ messageId: stray.kind === 'between-entries' ? 'betweenEntries' : 'insideLine', data: { heading: stray.text }, at: stray.range });
    }
  },
});
