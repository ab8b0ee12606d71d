import type { ResolvedConfig } from '../config/resolved.js';
import { normalizeLabel } from '../parse/labels.js';
import type { SchemaSet } from '../rules/rule.js';
import type { EntrySchema } from './spec.js';

/** The candidate schemas a config names for a file, with their shared label vocabulary. */
export function createSchemaSet(config: ResolvedConfig): SchemaSet {
  const candidates = config.schema.map((name) => config.schemas[name]).filter((schema): schema is EntrySchema => schema !== undefined);
  const vocabulary = new Map<string, string>();
  const add = (name: string, labels: string[]) => {
    for (const label of labels) {
      const key = normalizeLabel(label);
      if (!vocabulary.has(key)) vocabulary.set(key, name);
    }
  };
  for (const schema of candidates) {
    for (const field of schema.fields) add(field.name, [field.name, ...field.aliases]);
    // The date field is read like a field, then moved to the entry's date (see date-fields.ts).
    if (schema.date) add(schema.date.field, [schema.date.field, ...schema.date.aliases]);
  }
  return {
    candidates,
    vocabulary,
    byName: (name) => config.schemas[name],
    names: Object.keys(config.schemas),
    isInferred: config.isFormatInferred === true,
  };
}
