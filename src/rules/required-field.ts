import { defineRule } from './rule.js';
import { fitEntry } from './util/schema-fit.js';
import { suggestLabels } from './util/suggest.js';
import { codeList, entryName } from './util/text.js';

/** Every required field of the entry's schema is present. */
export const requiredField = defineRule({
  meta: {
    id: 'required-field',
    description: 'Require every required field of the entry schema',
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      missing: 'Missing field `{{field}}` in entry `{{entry}}`, expected by schema `{{schema}}`',
      missingMany: 'Missing fields {{fields}} in entry `{{entry}}`, expected by schema `{{schema}}`',
    },
    docs: {
      rationale:
        'A lesson without its `Rule` (or `Fix`, or `Correction`) is a story without its point: the field the ' +
        'reader came for is gone. One diagnostic per entry lists everything missing. A misspelt label ' +
        '(`**Corection**:`) is reported by `unknown-field` instead, not twice.',
      invalid: [
        [
          '## 2026-05-02 - ProtectSystem=strict blocks apt',
          '',
          '**Mistake:** Deployed the service with ProtectSystem=strict.',
          '',
          '**Correction:** Removed ProtectSystem=strict.',
          '',
          '**Status:** Active',
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
          '**Status:** Active',
          '',
        ].join('\n'),
      ],
    },
  },
  check(context) {
    for (const entry of context.document.entries) {
      // A mixed or empty entry gets one `entry-schema` diagnostic instead of a list of missing fields.
      const fit = fitEntry(context, entry);
      if (fit.kind !== 'fits') continue;
      const present = new Set(entry.fields.map((field) => field.name));
      const misspelt = new Set(suggestLabels(context, entry).map((item) => item.suggestion));
      const missing = fit.schema.fields
        .filter((spec) => spec.required && !present.has(spec.name) && !misspelt.has(spec.name))
        .map((spec) => spec.name);
      const [only] = missing;
      if (only === undefined) continue;
      const data = { entry: entryName(entry), schema: fit.schema.name };
      if (missing.length === 1) context.report({ messageId: 'missing', data: { ...data, field: only }, at: entry.heading });
      else context.report({ messageId: 'missingMany', data: { ...data, fields: codeList(missing) }, at: entry.heading });
    }
  },
});
