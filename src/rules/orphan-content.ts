import { defineRule } from './rule.js';
import { entryName } from './util/text.js';

/** An entry with fields starts with a field. */
export const orphanContent = defineRule({
  meta: {
    id: 'orphan-content',
    description: 'Disallow text in an entry before its first field',
    defaultSeverity: 'warn',
    whenInferred: 'off',
    fixable: false,
    messages: {
      orphan:
        'Unexpected text before the first field `{{field}}` of entry `{{entry}}`, expected the entry to start with a field: label this text or move it into a field',
    },
    docs: {
      rationale:
        'Text between the heading and the first label belongs to no field: tools that read the entry by field ' +
        'drop it, and it is often a field whose label was lost. Entries without any field are not checked.',
      invalid: [
        [
          '## 2026-02-14: sed `a` does not interpret `\\t`',
          '',
          'This one cost us two days.',
          '',
          '**Bug**: A literal `\\t` was written instead of a tab.',
          '',
          '**Rule**: Verify config changes take effect.',
          '',
        ].join('\n'),
      ],
      valid: [
        [
          '## 2026-02-14: sed `a` does not interpret `\\t`',
          '',
          '**Bug**: A literal `\\t` was written instead of a tab.',
          '',
          'This one cost us two days.',
          '',
          '**Rule**: Verify config changes take effect.',
          '',
        ].join('\n'),
      ],
    },
  },
  check(context) {
    for (const entry of context.document.entries) {
      const [firstField] = entry.fields;
      const [firstBlock] = entry.preamble;
      const lastBlock = entry.preamble.at(-1);
      if (firstField === undefined || firstBlock === undefined || lastBlock === undefined) continue;
      // Text that opens with a label of its own (`**Incident:** …`) is a field the schema lacks, not stray text.
      if (entry.unknownLabels.some((label) => label.range.start.offset === firstBlock.range.start.offset)) continue;
      context.report({
        messageId: 'orphan',
        data: { field: firstField.label, entry: entryName(entry) },
        at: { start: firstBlock.range.start, end: lastBlock.range.end },
      });
    }
  },
});
