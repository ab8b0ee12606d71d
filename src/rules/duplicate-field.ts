import type { Field } from '../parse/model.js';
import { defineRule } from './rule.js';
import { entryName } from './util/text.js';

/** A field appears at most once per entry. */
export const duplicateField = defineRule({
  meta: {
    id: 'duplicate-field',
    description: 'Disallow the same field twice in one entry',
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      duplicate:
        'Unexpected second field `{{field}}` in entry `{{entry}}`, first at line {{line}}: merge them into one',
      duplicateMany:
        'Unexpected field `{{field}}` {{count}} times in entry `{{entry}}`, first at line {{line}}: merge them into one or split the entry',
    },
    docs: {
      rationale:
        'Two `Fix` fields in one entry leave the reader guessing which one holds; it is usually a pasted entry ' +
        'merged into another. A label and its alias (`Fix` and `Solution`) count as the same field. A field ' +
        'repeated several times is reported once, at its second copy, with every copy as a related location.',
      invalid: [
        [
          '## 2026-02-14: sed `a` does not interpret `\\t`',
          '',
          '**Bug**: A literal `\\t` was written instead of a tab.',
          '',
          '**Impact**: LVM ignored the config line.',
          '',
          '**Fix**: Use ANSI-C quoting.',
          '',
          '**Rule**: Verify config changes take effect.',
          '',
          '**Fix**: Run `lvm dumpconfig` after writing.',
          '',
        ].join('\n'),
      ],
      valid: [
        [
          '## 2026-02-14: sed `a` does not interpret `\\t`',
          '',
          '**Bug**: A literal `\\t` was written instead of a tab.',
          '',
          '**Impact**: LVM ignored the config line.',
          '',
          '**Fix**: Use ANSI-C quoting, then run `lvm dumpconfig` after writing.',
          '',
          '**Rule**: Verify config changes take effect.',
          '',
        ].join('\n'),
      ],
    },
  },
  check(context) {
    for (const entry of context.document.entries) {
      const copies = new Map<string, Field[]>();
      for (const field of entry.fields) {
        const name = field.name ?? field.label;
        copies.set(name, [...(copies.get(name) ?? []), field]);
      }
      // One diagnostic per repeated field: an entry that holds several lessons repeats every label.
      for (const [name, [first, second, ...rest]] of copies) {
        if (first === undefined || second === undefined) continue;
        context.report({
          messageId: rest.length === 0 ? 'duplicate' : 'duplicateMany',
          data: { field: name, entry: entryName(entry), line: first.labelRange.start.line, count: rest.length + 2 },
          at: second.labelRange,
          related: [
            { message: `First \`${name}\` field`, at: first.labelRange },
            ...rest.map((field) => ({ message: `Another \`${name}\` field`, at: field.labelRange })),
          ],
        });
      }
    }
  },
});
