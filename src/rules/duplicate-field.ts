import type { Field } from '../parse/model.js';
import { defineRule } from './rule.js';
import { codeList, entryName } from './util/text.js';

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
      repeatedFields:
        'Unexpected second {{fields}} fields in entry `{{entry}}` from line {{line}}: another entry starts there without its heading, expected a heading before line {{line}}',
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
        const seen = copies.get(name);
        if (seen) seen.push(field);
        else copies.set(name, [field]);
      }
      const repeated = [...copies.entries()].filter(([, fields]) => fields.length > 1);
      // Several fields written again: a second lesson whose heading was lost, reported once.
      if (repeated.length > 1) {
        const seconds = repeated.map(([, fields]) => fields[1] as Field).sort((a, b) => a.labelRange.start.offset - b.labelRange.start.offset);
        const [start] = seconds;
        if (start === undefined) continue;
        context.report({
          messageId: 'repeatedFields',
          data: { fields: codeList(repeated.map(([name]) => name)), entry: entryName(entry), line: start.labelRange.start.line },
          at: start.labelRange,
          related: seconds.slice(1).map((field) => ({ message: `Second \`${field.name ?? field.label}\` field`, at: field.labelRange })),
        });
        continue;
      }
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
