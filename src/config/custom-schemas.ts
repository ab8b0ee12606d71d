import type { z } from 'zod';
import { normalizeLabel } from '../parse/labels.js';
import { presets } from '../schema/presets.js';
import type { EntrySchema, FieldSpec, entrySchemaSpecSchema } from '../schema/spec.js';
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
  if (spec.date) schema.date = attachDateField(name, fields, spec.date);
  return schema;
}

// Labels are matched case-insensitively, so two fields answering to one label would be ambiguous.
function checkLabels(schemaName: string, fields: readonly FieldSpec[]): void {
  const owners = new Map<string, string>();
  fields.forEach((field, index) => {
    const labels: Array<[string, PropertyKey[]]> = [
      [field.name, ['name']],
      ...field.aliases.map((alias, aliasIndex): [string, PropertyKey[]] => [alias, ['aliases', aliasIndex]]),
    ];
    for (const [label, where] of labels) {
      const key = normalizeLabel(label);
      const owner = owners.get(key);
      if (owner !== undefined) {
        const path = formatPath(['schemas', schemaName, 'fields', index, ...where]);
        const whose = owner === field.name ? 'this field' : `field "${owner}"`;
        throw new ConfigError(`${path}: "${label}" is already a name or alias of ${whose}`);
      }
      owners.set(key, field.name);
    }
  });
}

/**
 * The date field takes part in matching like any field, so it joins the field list when the schema
 * does not list it (optional: a missing date is the date rules' finding, not `required-field`'s),
 * and shares its aliases with the listed field when it does.
 */
function attachDateField(schemaName: string, fields: FieldSpec[], date: { field: string; aliases: string[] }) {
  const key = normalizeLabel(date.field);
  const listed = fields.find((field) => [field.name, ...field.aliases].some((label) => normalizeLabel(label) === key));
  if (!listed) {
    const added: FieldSpec = { name: date.field, aliases: [...date.aliases], required: false };
    checkLabels(schemaName, [...fields, added]);
    fields.push(added);
    return { field: date.field, aliases: [...date.aliases] };
  }
  const aliases = unique([...listed.aliases, ...date.aliases].filter((alias) => normalizeLabel(alias) !== normalizeLabel(listed.name)));
  listed.aliases = aliases;
  checkLabels(schemaName, fields);
  return { field: listed.name, aliases: [...aliases] };
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
