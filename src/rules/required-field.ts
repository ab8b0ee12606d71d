import type { Entry } from '../parse/model.js';
import { suppressionTest } from '../parse/suppression.js';
import { validateEntry } from '../schema/validate.js';
import { defineRule } from './rule.js';
import { fitEntry } from './util/schema-fit.js';
import { suggestLabels } from './util/suggest.js';
import { codeList, entryName } from './util/text.js';

// Below this many entries, one diagnostic per entry is no wall.
const MIN_SYSTEMATIC = 3;

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
      missingInFile: 'Missing field `{{field}}`, expected as in {{count}} of the other {{others}} entries of this file',
      missingManyInFile: 'Missing fields {{fields}}, expected as in nearly all of the other {{others}} entries of this file',
      missingEverywhere:
        'Missing {{fields}} in all {{count}} entries of schema `{{schema}}`: add {{pronoun}} to each entry or declare a custom schema in the config',
    },
    docs: {
      rationale:
        'A lesson without its `Rule` (or `Fix`, or `Correction`) is a story without its point: the field the ' +
        'reader came for is gone. One diagnostic per entry lists everything missing; a field that every entry ' +
        '(three or more) of a schema leaves out is reported once, since the file omits it by design. A misspelt label ' +
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
    const found = context.document.entries.flatMap((entry) => {
      // A mixed or empty entry gets one `entry-schema` diagnostic instead of a list of missing fields.
      const fit = fitEntry(context, entry);
      if (fit.kind !== 'fits') return [];
      // zod says which required fields are missing; a misspelt label is `unknown-field`'s to report.
      const misspelt = new Set(suggestLabels(context, entry).map((item) => item.suggestion));
      const missing = validateEntry(entry, fit.schema)
        .filter((issue) => issue.kind === 'missing' && !misspelt.has(issue.field))
        .map((issue) => issue.field);
      return [{ entry, schema: fit.schema.name, missing }];
    });
    // An entry whose report is switched off by a comment must not carry the file-wide report either.
    const { directives } = context.document;
    const isSuppressed = suppressionTest(directives);
    const unsuppressed = directives.length === 0 ? found : found.filter(({ entry }) => !isSuppressed({ ruleId: 'required-field', ...entry.heading.range.start }));
    const systematic = systematicGaps(unsuppressed);
    for (const gap of systematic) {
      const [first, ...others] = gap.entries;
      if (first === undefined) continue;
      context.report({
        messageId: 'missingEverywhere',
        data: { fields: codeList(gap.fields), count: gap.entries.length, schema: gap.schema, pronoun: gap.fields.length === 1 ? 'it' : 'them' },
        at: first.heading,
        related: others.map((entry) => ({ message: 'Another entry without it', at: entry.heading })),
      });
    }
    for (const { entry, schema, missing: all } of found) {
      const skip = systematic.find((gap) => gap.schema === schema)?.fields ?? [];
      const missing = all.filter((name) => !skip.includes(name));
      const [only] = missing;
      if (only === undefined) continue;
      if (context.schemas.isInferred) {
        // The schema is the file's own: the other entries are the evidence, the schema name is not.
        const others = found.length - 1;
        const count = found.filter((item) => item.entry !== entry && !item.missing.includes(only)).length;
        if (missing.length === 1) context.report({ messageId: 'missingInFile', data: { field: only, count, others }, at: entry.heading });
        else context.report({ messageId: 'missingManyInFile', data: { fields: codeList(missing), others }, at: entry.heading });
        continue;
      }
      const data = { entry: entryName(entry), schema };
      if (missing.length === 1) context.report({ messageId: 'missing', data: { ...data, field: only }, at: entry.heading });
      else context.report({ messageId: 'missingMany', data: { ...data, fields: codeList(missing) }, at: entry.heading });
    }
  },
});

interface Gap {
  schema: string;
  fields: string[];
  entries: Entry[];
}

/**
 * Fields missing from every entry of a schema, when it has at least `MIN_SYSTEMATIC` entries: the file
 * leaves them out by design, which one diagnostic says better than one per entry.
 */
function systematicGaps(found: readonly { entry: Entry; schema: string; missing: string[] }[]): Gap[] {
  const bySchema = new Map<string, { entry: Entry; missing: string[] }[]>();
  for (const item of found) {
    const group = bySchema.get(item.schema);
    if (group) group.push(item);
    else bySchema.set(item.schema, [item]);
  }
  const gaps: Gap[] = [];
  for (const [schema, items] of bySchema) {
    if (items.length < MIN_SYSTEMATIC) continue;
    const fields = (items[0]?.missing ?? []).filter((name) => items.every((item) => item.missing.includes(name)));
    if (fields.length > 0) gaps.push({ schema, fields, entries: items.map((item) => item.entry) });
  }
  return gaps;
}
