import { defineRule } from './rule.js';
import { fitEntry } from './util/schema-fit.js';
import { closestName } from './util/suggest.js';
import { codeList } from './util/text.js';

/** A field with a fixed set of values (such as `Status`) holds one of them. */
export const statusValue = defineRule({
  meta: {
    id: 'status-value',
    description: 'Require fields with a fixed set of values, such as `Status`, to use one of them',
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      unexpected: 'Unexpected value `{{value}}` of field `{{field}}`, expected one of {{values}}',
      suggest: 'Unexpected value `{{value}}` of field `{{field}}`, expected one of {{values}}: did you mean `{{suggestion}}`?',
    },
    docs: {
      rationale:
        'A status is only useful if tools can filter on it: `Active` lessons are followed, `Superseded` and ' +
        '`Retired` ones are history. The first word of the value is checked, case-insensitively and ignoring ' +
        'emphasis and punctuation, so `**Superseded** by the 2026-05-10 entry` is fine.',
      invalid: [
        [
          '## 2026-05-02 - ProtectSystem=strict blocks apt',
          '',
          '**Mistake:** Deployed the service with ProtectSystem=strict.',
          '',
          '**Correction:** Removed ProtectSystem=strict.',
          '',
          '**Rule:** Do not use ProtectSystem=strict for package managers.',
          '',
          '**Status:** Actve',
          '',
        ].join('\n'),
      ],
      valid: [
        [
          '## 2026-05-02 - ProtectSystem=strict blocks apt',
          '',
          '**Mistake:** Deployed the service with ProtectSystem=strict.',
          '',
          '**Correction:** Removed ProtectSystem=strict.',
          '',
          '**Rule:** Do not use ProtectSystem=strict for package managers.',
          '',
          '**Status:** *Superseded* by the 2026-05-10 entry.',
          '',
        ].join('\n'),
      ],
    },
  },
  check(context) {
    for (const entry of context.document.entries) {
      const fit = fitEntry(context, entry);
      // A mixed entry is still checked against its closest schema: a bad status is worth knowing either way.
      if (fit.kind !== 'fits' && fit.kind !== 'mixed') continue;
      for (const field of entry.fields) {
        const values = fit.schema.fields.find((spec) => spec.name === field.name)?.values;
        if (values === undefined || values.length === 0) continue;
        const value = firstWord(field.value);
        if (value === '' || values.some((allowed) => allowed.toLowerCase() === value.toLowerCase())) continue;
        const suggestion = closestName(value, values) ?? prefixMatch(value, values);
        const data = { field: field.name ?? field.label, value, values: codeList(values) };
        context.report(
          suggestion === undefined
            ? { messageId: 'unexpected', data, at: field.valueRange }
            : { messageId: 'suggest', data: { ...data, suggestion }, at: field.valueRange },
        );
      }
    }
  },
});

/** The first word of a value, without Markdown markup or surrounding punctuation and symbols (`✅`). */
export function firstWord(value: string): string {
  const words = value.replace(/[`*_~]/gu, ' ').split(/\s+/u);
  for (const word of words) {
    const bare = word.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '');
    if (bare !== '') return bare;
  }
  return '';
}

// `Supersede`, `Retire`: a truncated value is as clear a typo as a misspelt one.
function prefixMatch(value: string, values: readonly string[]): string | undefined {
  const lower = value.toLowerCase();
  if (lower.length < 3) return undefined;
  return values.find((allowed) => allowed.toLowerCase().startsWith(lower));
}
