import type { ResolvedConfig } from '../config/resolved.js';
import { normalizeLabel } from '../parse/labels.js';
import type { SchemaSet } from '../rules/rule.js';
import type { EntrySchema } from './spec.js';

/** The candidate schemas a config names for a file, with their shared label vocabulary. */
export function createSchemaSet(config: ResolvedConfig): SchemaSet {
  const candidates = config.schema.map((name) => config.schemas[name]).filter((schema): schema is EntrySchema => schema !== undefined);
  const vocabulary = new Map<string, string>();
  for (const schema of candidates) {
    for (const field of schema.fields) {
      for (const label of [field.name, ...field.aliases]) {
        const key = normalizeLabel(label);
        if (!vocabulary.has(key)) vocabulary.set(key, field.name);
      }
    }
  }
  return { candidates, vocabulary, byName: (name) => config.schemas[name] };
}
