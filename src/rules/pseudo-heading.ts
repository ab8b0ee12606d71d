import { defineRule, type TextEdit } from './rule.js';
import { headingMarker, truncate } from './util/text.js';

/** A line that reads like an entry heading is a Markdown heading. */
export const pseudoHeading = defineRule({
  meta: {
    id: 'pseudo-heading',
    description: 'Disallow paragraph lines that look like entry headings',
    defaultSeverity: 'error',
    fixable: true,
    messages: {
      paragraph: 'Unexpected paragraph line `{{text}}`, expected a Markdown heading: add `{{marker}}` before it',
    },
    docs: {
      rationale:
        'A dated line without `#` renders as body text: the entry vanishes from the outline, and its fields ' +
        'run into the entry above. This is what a file looks like after its Markdown was flattened (copied ' +
        'from a rendered page, or written by a tool that dropped the markup). One diagnostic per flattened ' +
        'entry, at its line.',
      invalid: [
        [
          '# Lessons Learned',
          '',
          '2026-05-02 - Systemd ProtectSystem=strict blocks package management',
          '',
          'Mistake: Deployed the service with ProtectSystem=strict. Correction: Removed it. Rule: Do not use it for package managers. Status: Active',
          '',
        ].join('\n'),
      ],
      valid: [
        [
          '# Lessons Learned',
          '',
          '## 2026-05-02 - Systemd ProtectSystem=strict blocks package management',
          '',
          '**Mistake:** Deployed the service with ProtectSystem=strict.',
          '',
          '**Correction:** Removed it.',
          '',
          '**Rule:** Do not use it for package managers.',
          '',
          '**Status:** Active',
          '',
        ].join('\n'),
      ],
    },
  },
  check(context) {
    const marker = headingMarker(context.document.entryDepth ?? 2);
    const { source } = context.document;
    for (const pseudo of context.document.pseudoHeadings) {
      context.report({ messageId: 'paragraph', data: { text: truncate(pseudo.text), marker }, at: pseudo.range, fix: headingFix(source, pseudo.range.start.offset, pseudo.range.end.offset, marker) });
    }
  },
});

// The line made a heading: `##2026-…` gets its space, `**2026-… Title**` loses the bold that stood
// for the heading, any other line gets the marker in front.
function headingFix(source: string, start: number, end: number, marker: string): TextEdit[] {
  const line = source.slice(start, end);
  const hashes = /^#{1,6}/u.exec(line)?.[0];
  if (hashes !== undefined) return [{ start: start + hashes.length, end: start + hashes.length, text: ' ' }];
  const bold = /^(\*\*|__)([^*_]+)\1[ \t]*$/u.exec(line);
  if (bold?.[2]) return [{ start, end, text: `${marker}${bold[2].trim()}` }];
  return [{ start, end: start, text: marker }];
}
