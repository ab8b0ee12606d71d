import { declaredValue, validateEntry } from '../schema/validate.js';
import type { Field } from '../parse/model.js';
import { defineRule, type TextEdit } from './rule.js';
import { fitEntry } from './util/schema-fit.js';
import { closestName, onlyClosestName } from './util/suggest.js';
import { codeList } from './util/text.js';

/** A field with a fixed set of values (such as `Status`) holds one of them. */
export const statusValue = defineRule({
  meta: {
    id: 'status-value',
    description: 'Require fields with a fixed set of values, such as `Status`, to use one of them',
    defaultSeverity: 'error',
    whenInferred: 'warn-once',
    fixable: true,
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
      // The zod schema of the entry says which values are wrong; this rule says what was meant.
      for (const issue of validateEntry(entry, fit.schema)) {
        const field = issue.node;
        const values = issue.allowed;
        if (issue.kind !== 'value' || field === undefined || values === undefined) continue;
        const value = declaredValue(field.value);
        const suggestion = closestName(value, values) ?? prefixMatch(value, values);
        const data = { field: field.name ?? field.label, value, values: codeList(values) };
        context.report(
          suggestion === undefined
            ? { messageId: 'unexpected', data, at: field.valueRange }
            : { messageId: 'suggest', data: { ...data, suggestion }, at: field.valueRange, ...valueFix(context.document.source, field, value, values) },
        );
      }
    }
  },
});

// `Supersede`, `Retire`: a truncated value is as clear a typo as a misspelt one.
function prefixMatch(value: string, values: readonly string[]): string | undefined {
  const lower = value.toLowerCase();
  if (lower.length < 3) return undefined;
  return values.find((allowed) => allowed.toLowerCase().startsWith(lower));
}

// The value respelt as the one allowed value closest to it (not a prefix guess, not a tie).
function valueFix(source: string, field: Field, value: string, values: readonly string[]): { fix?: TextEdit[] } {
  const only = onlyClosestName(value, values);
  if (only === undefined) return {};
  const start = field.valueRange.start.offset;
  const at = source.slice(start, field.valueRange.end.offset).indexOf(value);
  return at < 0 ? {} : { fix: [{ start: start + at, end: start + at + value.length, text: only }] };
}
