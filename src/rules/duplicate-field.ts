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
    },
    docs: {
      rationale:
        'Two `Fix` fields in one entry leave the reader guessing which one holds; it is usually a pasted entry ' +
        'merged into another. A label and its alias (`Fix` and `Solution`) count as the same field.',
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
      const first = new Map<string, Field>();
      for (const field of entry.fields) {
        const name = field.name ?? field.label;
        const earlier = first.get(name);
        if (earlier === undefined) {
          first.set(name, field);
          continue;
        }
        context.report({
          messageId: 'duplicate',
          data: { field: name, entry: entryName(entry), line: earlier.labelRange.start.line },
          at: field.labelRange,
          related: [{ message: `First \`${name}\` field`, at: earlier.labelRange }],
        });
      }
    }
  },
});
