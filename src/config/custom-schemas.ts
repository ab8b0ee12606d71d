import type * as z from 'zod';
import { normalizeLabel } from '../parse/labels.js';
import { presets } from '../schema/presets.js';
import type { DateFieldSpec, EntrySchema, FieldSpec, entrySchemaSpecSchema } from '../schema/spec.js';
import { ConfigError } from './config-error.js';
import { formatPath } from './schema-walk.js';

/** A custom schema as validated by the config schema (defaults applied). */
export type EntrySchemaSpec = z.output<typeof entrySchemaSpecSchema>;

/**
 * The schemas a config can name: the custom ones in the order written, then the presets (a custom
 * schema named like a preset replaces it). Throws a `ConfigError` when two fields of a schema share a label.
 */
export function buildSchemas(specs: Record<string, EntrySchemaSpec> = {}): Record<string, EntrySchema> {
  const schemas: Record<string, EntrySchema> = {};
  for (const [name, spec] of Object.entries(specs)) schemas[name] = buildSchema(name, spec);
  for (const [name, preset] of presets) if (!Object.hasOwn(schemas, name)) schemas[name] = preset;
  return schemas;
}

function buildSchema(name: string, spec: EntrySchemaSpec): EntrySchema {
  const fields: FieldSpec[] = spec.fields.map((field) => ({ ...field, aliases: [...field.aliases] }));
  checkLabels(name, fields);
  const schema: EntrySchema = { name, fields };
  if (spec.description !== undefined) schema.description = spec.description;
  if (spec.date) schema.date = separateDateField(name, fields, spec.date);
  return schema;
}

// Labels are matched case-insensitively, so two fields answering to one label would be ambiguous.
function checkLabels(schemaName: string, fields: readonly FieldSpec[], date?: FieldSpec): void {
  const owners = new Map<string, string>();
  const labelled = fields.map((field, index) => ({ field, at: (where: PropertyKey[]) => ['fields', index, ...where] }));
  if (date) labelled.push({ field: date, at: () => ['date'] });
  for (const { field, at } of labelled) {
    const labels: Array<[string, PropertyKey[]]> = [
      [field.name, ['name']],
      ...field.aliases.map((alias, aliasIndex): [string, PropertyKey[]] => [alias, ['aliases', aliasIndex]]),
    ];
    for (const [label, where] of labels) {
      const key = normalizeLabel(label);
      const owner = owners.get(key);
      if (owner !== undefined) {
        const path = formatPath(['schemas', schemaName, ...at(where)]);
        const whose = owner === field.name ? 'this field' : `field "${owner}"`;
        throw new ConfigError(`${path}: "${label}" is already a name or alias of ${whose}`);
      }
      owners.set(key, field.name);
    }
  }
}

/**
 * Entries take the date field as their date, and it is then not one of their fields (see
 * `schema/date-fields.ts`): a date field the schema also lists leaves the field list, its labels
 * joining the date's aliases, so that it is never reported as a missing field.
 */
function separateDateField(schemaName: string, fields: FieldSpec[], date: DateFieldSpec): DateFieldSpec {
  const key = normalizeLabel(date.field);
  const index = fields.findIndex((field) => [field.name, ...field.aliases].some((label) => normalizeLabel(label) === key));
  const listed = index === -1 ? undefined : fields.splice(index, 1)[0];
  const labels = [...date.aliases, ...(listed ? [listed.name, ...listed.aliases] : [])];
  const aliases = unique(labels.filter((label) => normalizeLabel(label) !== key));
  checkLabels(schemaName, fields, { name: date.field, aliases, required: false });
  return { field: date.field, aliases };
}

function unique(labels: readonly string[]): string[] {
  const seen = new Set<string>();
  return labels.filter((label) => {
    const key = normalizeLabel(label);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
