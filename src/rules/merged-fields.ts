import { defineRule } from './rule.js';

/** Each field starts its own paragraph. */
export const mergedFields = defineRule({
  meta: {
    id: 'merged-fields',
    description: 'Disallow several field labels in one paragraph',
    defaultSeverity: 'warn',
    fixable: false,
    messages: {
      merged:
        'Unexpected field `{{field}}` in the same paragraph as `{{previous}}`, expected a blank line between them: they render as one run-on line',
    },
    docs: {
      rationale:
        'Markdown joins consecutive lines into one paragraph: `**Mistake:** ...` and `**Correction:** ...` on ' +
        'adjacent lines render on GitHub as a single run-on line. Each label sharing a paragraph with the ' +
        'previous one is reported. A list (`- **Mistake:** ...`) keeps one field per line and is fine.',
      invalid: [
        [
          '## 2026-05-02 - ProtectSystem=strict blocks apt',
          '',
          '**Mistake:** Deployed the service with ProtectSystem=strict.',
          '**Correction:** Removed ProtectSystem=strict.',
          '',
          '**Rule:** Do not use ProtectSystem=strict for package managers.',
          '',
          '**Status:** Active',
          '',
        ].join('\n'),
      ],
      valid: [
        [
          '## 2026-05-02 - ProtectSystem=strict blocks apt',
          '',
          '- **Mistake:** Deployed the service with ProtectSystem=strict.',
          '- **Correction:** Removed ProtectSystem=strict.',
          '- **Rule:** Do not use ProtectSystem=strict for package managers.',
          '- **Status:** Active',
          '',
        ].join('\n'),
      ],
    },
  },
  check(context) {
    for (const entry of context.document.entries) {
      // The previous label may be an unknown one (`**Note:**`): it is still what the line runs into.
      const labels = [...entry.fields, ...entry.unknownLabels].sort((a, b) => a.labelRange.start.offset - b.labelRange.start.offset);
      for (const field of entry.fields) {
        if (!field.sharesParagraphWithPrevious) continue;
        const previous = labels[labels.indexOf(field) - 1];
        context.report({
          messageId: 'merged',
          data: { field: field.label, previous: previous?.label ?? 'the previous label' },
          at: field.labelRange,
        });
      }
    }
  },
});
