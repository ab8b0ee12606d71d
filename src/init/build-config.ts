import type { FieldSpec } from '../schema/spec.js';
import type { InferredSchema } from './infer-schema.js';

/** Where the config's `$schema` points, so editors validate and complete it. */
export const CONFIG_SCHEMA_URL = './node_modules/lessons-lint/schemas/config.schema.json';

/** The config file `lessons init` writes when not told to infer: the two presets, every rule at its default. */
export function starterConfig(): Record<string, unknown> {
  return {
    $schema: CONFIG_SCHEMA_URL,
    schema: ['incident', 'correction'],
    rules: {},
  };
}

/** The config file for an inferred schema: the schema under `name`, chosen for every file. */
export function inferredConfig(inferred: InferredSchema, name: string): Record<string, unknown> {
  const schema: Record<string, unknown> = { fields: inferred.fields.map(compactField) };
  if (inferred.date) schema.date = inferred.date.aliases.length > 0 ? inferred.date : { field: inferred.date.field };
  const rules: Record<string, unknown> = {};
  // A file that dates no entry keeps no dates: asking for them would fail every entry. One that
  // dates some is asked only for the dates it writes to be right.
  if (inferred.dates === 'none') rules['entry-date'] = 'off';
  else if (!inferred.isDatedFormat) rules['entry-date'] = ['error', { require: 'when-dated' }];
  // Entries with none of the fields are another kind of section or a format of their own: the
  // schema is a guess from the file, so it warns (set it to `error` once the schema is yours).
  if (inferred.fields.length > 0) rules['entry-schema'] = 'warn';
  // Entries dated by a heading and nothing else (`## 2026-09-14` over prose) keep no titles.
  if (!inferred.isTitled) rules['entry-title'] = 'off';
  if (inferred.dateOrder) rules['date-order'] = ['warn', { order: inferred.dateOrder }];
  return {
    $schema: CONFIG_SCHEMA_URL,
    schemas: { [name]: schema },
    schema: name,
    ...(inferred.layout !== 'auto' ? { entryLayout: inferred.layout } : {}),
    ...(Object.keys(rules).length > 0 ? { rules } : {}),
  };
}

// Defaults left out, so the file reads like one a person wrote.
function compactField(field: FieldSpec): Record<string, unknown> {
  return {
    name: field.name,
    ...(field.aliases.length > 0 ? { aliases: field.aliases } : {}),
    ...(field.required ? { required: true } : {}),
    ...(field.values ? { values: field.values } : {}),
  };
}
