import { defineRule } from './rule.js';
import { entryName } from './util/text.js';

/** A labelled field has a value. */
export const emptyField = defineRule({
  meta: {
    id: 'empty-field',
    description: 'Disallow fields with an empty value',
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      empty: 'Missing value of field `{{field}}` in entry `{{entry}}`, expected text after the label: fill it in or remove the label',
    },
    docs: {
      rationale:
        'An empty field is a placeholder that was never filled in: it satisfies `required-field` while saying ' +
        'nothing. The value may start on the line after the label and span several paragraphs, lists or code ' +
        'blocks; only a label with nothing at all before the next field or entry is reported.',
      invalid: [
        [
          '## 2026-02-14: sed `a` does not interpret `\\t`',
          '',
          '**Bug**: A literal `\\t` was written instead of a tab.',
          '',
          '**Impact**:',
          '',
          '**Fix**: Use ANSI-C quoting.',
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
          '**Impact**:',
          '',
          'LVM ignored the config line.',
          '',
          '**Fix**: Use ANSI-C quoting.',
          '',
          '**Rule**: Verify config changes take effect.',
          '',
        ].join('\n'),
      ],
    },
  },
  check(context) {
    for (const entry of context.document.entries) {
      for (const field of entry.fields) {
        if (field.value.trim() !== '') continue;
        context.report({
          messageId: 'empty',
          data: { field: field.name ?? field.label, entry: entryName(entry) },
          at: field.labelRange,
        });
      }
    }
  },
});
