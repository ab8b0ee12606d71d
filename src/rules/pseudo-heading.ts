import { defineRule } from './rule.js';
import { headingMarker, truncate } from './util/text.js';

/** A line that reads like an entry heading is a Markdown heading. */
export const pseudoHeading = defineRule({
  meta: {
    id: 'pseudo-heading',
    description: 'Disallow paragraph lines that look like entry headings',
    defaultSeverity: 'error',
    fixable: false,
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
    for (const pseudo of context.document.pseudoHeadings) {
      context.report({ messageId: 'paragraph', data: { text: truncate(pseudo.text), marker }, at: pseudo.range });
    }
  },
});
