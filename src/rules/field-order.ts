import { defineRule } from './rule.js';
import { fitEntry } from './util/schema-fit.js';
import { codeList } from './util/text.js';

/** Fields follow the order of their schema. */
export const fieldOrder = defineRule({
  meta: {
    id: 'field-order',
    description: 'Require fields in the order of the entry schema',
    defaultSeverity: 'warn',
    whenInferred: 'warn-once',
    fixable: false,
    messages: {
      order: 'Unexpected field `{{field}}` after `{{after}}`, expected the order of schema `{{schema}}`: {{order}}',
    },
    docs: {
      rationale:
        'Entries in one order read like a form: the reader knows where the `Rule` is without scanning. Each ' +
        'field that comes after a field the schema puts later is reported once; repeated fields are left to ' +
        '`duplicate-field`.',
      invalid: [
        [
          '## 2026-02-14: sed `a` does not interpret `\\t`',
          '',
          '**Bug**: A literal `\\t` was written instead of a tab.',
          '',
          '**Fix**: Use ANSI-C quoting.',
          '',
          '**Impact**: LVM ignored the config line.',
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
          '**Impact**: LVM ignored the config line.',
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
      const fit = fitEntry(context, entry);
      if (fit.kind !== 'fits') continue;
      const order = fit.schema.fields.map((spec) => spec.name);
      const seen = new Set<string>();
      let latest: { name: string; index: number } | undefined;
      for (const field of entry.fields) {
        if (field.name === undefined || seen.has(field.name)) continue;
        seen.add(field.name);
        const index = order.indexOf(field.name);
        if (index < 0) continue;
        if (latest !== undefined && index < latest.index) {
          context.report({
            messageId: 'order',
            data: { field: field.name, after: latest.name, schema: fit.schema.name, order: codeList(order) },
            at: field.labelRange,
          });
        } else {
          latest = { name: field.name, index };
        }
      }
    }
  },
});
