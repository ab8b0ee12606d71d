import type { Entry } from '../../parse/model.js';
import type { EntrySchema } from '../../schema/spec.js';
import type { RuleContext } from '../rule.js';

/** How an entry's recognised fields relate to the candidate schemas. */
export type EntryFit =
  /** The file uses its own labels: schema rules stay quiet and `entry-schema` reports once. */
  | { kind: 'foreign' }
  /** No recognised field and no schema chosen. */
  | { kind: 'empty' }
  /** Every recognised field belongs to `schema`. */
  | { kind: 'fits'; schema: EntrySchema }
  /** The fields mix schemas: none holds them all; `schema` is the closest. */
  | { kind: 'mixed'; schema: EntrySchema; unexpected: string[]; missing: string[] };

type SchemaContext = Pick<RuleContext<unknown>, 'document' | 'schemas' | 'schemaOf'>;

/**
 * Classify an entry against the candidate schemas. The matcher's choice (`schemaOf`) wins whenever it
 * holds all the fields; this only decides what to say when it does not, so that a mixed entry gets one
 * `entry-schema` diagnostic instead of a cascade of missing fields.
 */
export function fitEntry(context: SchemaContext, entry: Entry): EntryFit {
  if (context.document.schemaFit === 'foreign') return { kind: 'foreign' };
  const names = fieldNames(entry);
  const chosen = context.schemaOf(entry);
  if (chosen !== undefined && holdsAll(chosen, names)) return { kind: 'fits', schema: chosen };
  if (names.length === 0) return { kind: 'empty' };
  const holder = context.schemas.candidates.find((schema) => holdsAll(schema, names));
  if (holder !== undefined) return { kind: 'fits', schema: holder };
  const closest = chosen ?? closestSchema(context.schemas.candidates, names);
  if (closest === undefined) return { kind: 'empty' };
  const known = new Set(closest.fields.map((spec) => spec.name));
  const unexpected = names.filter((name) => !known.has(name));
  const missing = closest.fields.filter((spec) => spec.required && !names.includes(spec.name)).map((spec) => spec.name);
  return { kind: 'mixed', schema: closest, unexpected, missing };
}

/** The schema the entry's fields should be checked against, when its fields fit one. */
export function resolveEntrySchema(context: SchemaContext, entry: Entry): EntrySchema | undefined {
  const fit = fitEntry(context, entry);
  return fit.kind === 'fits' ? fit.schema : undefined;
}

function fieldNames(entry: Entry): string[] {
  const names: string[] = [];
  for (const field of entry.fields) {
    if (field.name !== undefined && !names.includes(field.name)) names.push(field.name);
  }
  return names;
}

function holdsAll(schema: EntrySchema, names: readonly string[]): boolean {
  const known = new Set(schema.fields.map((spec) => spec.name));
  return names.every((name) => known.has(name));
}

// Most shared fields wins; then fewest required fields left missing; then preference order.
function closestSchema(candidates: readonly EntrySchema[], names: readonly string[]): EntrySchema | undefined {
  let best: { schema: EntrySchema; shared: number; missing: number } | undefined;
  for (const schema of candidates) {
    const shared = schema.fields.filter((spec) => names.includes(spec.name)).length;
    const missing = schema.fields.filter((spec) => spec.required && !names.includes(spec.name)).length;
    if (best === undefined || shared > best.shared || (shared === best.shared && missing < best.missing)) {
      best = { schema, shared, missing };
    }
  }
  return best?.schema;
}
