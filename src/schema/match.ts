import type { Entry, LessonsDocument } from '../parse/model.js';
import type { SchemaSet } from '../rules/rule.js';
import type { EntrySchema } from './spec.js';

/** How well an entry's fields fit one schema. */
export interface SchemaFit {
  schema: EntrySchema;
  /** Field names of the entry that the schema has. */
  shared: string[];
  /** Field names of the entry that the schema does not have. */
  extra: string[];
  /** Required fields of the schema the entry lacks. */
  missing: string[];
}

/** Fits of an entry against every candidate, best first: fewest foreign fields, most shared, fewest missing, then preference order. */
export function rankSchemas(entry: Entry, schemas: SchemaSet): SchemaFit[] {
  // Asked several times per entry (choice, strong fit, classification): ranked once per schema set.
  const cached = ranked.get(entry);
  if (cached?.schemas === schemas) return cached.fits;
  const fits = rank(entry, schemas);
  ranked.set(entry, { schemas, fits });
  return fits;
}

const ranked = new WeakMap<Entry, { schemas: SchemaSet; fits: SchemaFit[] }>();

function rank(entry: Entry, schemas: SchemaSet): SchemaFit[] {
  const names = [...new Set(entry.fields.map((field) => field.name).filter((name): name is string => name !== undefined))];
  const fits = schemas.candidates.map((schema, order) => {
    const own = new Set(schema.fields.map((field) => field.name));
    const fit: SchemaFit = {
      schema,
      shared: names.filter((name) => own.has(name)),
      extra: names.filter((name) => !own.has(name)),
      missing: schema.fields.filter((field) => field.required && !names.includes(field.name)).map((field) => field.name),
    };
    return { fit, order };
  });
  fits.sort(
    (a, b) =>
      a.fit.extra.length - b.fit.extra.length ||
      b.fit.shared.length - a.fit.shared.length ||
      a.fit.missing.length - b.fit.missing.length ||
      a.order - b.order,
  );
  return fits.map(({ fit }) => fit);
}

/** The schema an entry fits: all its fields belong to it. */
export function chooseSchema(entry: Entry, schemas: SchemaSet): EntrySchema | undefined {
  const [best] = rankSchemas(entry, schemas);
  if (!best || best.extra.length > 0) return undefined;
  return best.shared.length > 0 || best.schema.fields.length === 0 ? best.schema : undefined;
}

// An entry shows a file follows a schema when it carries at least two of its fields (or all, if
// fewer) and none from outside it.
function isStrongFit(entry: Entry, schemas: SchemaSet): boolean {
  const [best] = rankSchemas(entry, schemas);
  return best !== undefined && best.extra.length === 0 && best.shared.length >= Math.min(2, best.schema.fields.length);
}

/**
 * Give each entry its schema and decide whether the file follows the candidate schemas at all.
 * A file none of whose entries strongly fits a schema uses a format of its own: it is `foreign`,
 * and its entries get no schema.
 */
export function assignSchemas(document: LessonsDocument, schemas: SchemaSet): void {
  if (document.entries.length === 0) return;
  if (!document.entries.some((entry) => isStrongFit(entry, schemas))) {
    document.schemaFit = 'foreign';
    return;
  }
  document.schemaFit = 'conforming';
  for (const entry of document.entries) entry.schema = chooseSchema(entry, schemas)?.name;
}

/** How an entry's recognised fields relate to the candidate schemas. */
export type EntryFit =
  /** The file uses its own labels: schema rules stay quiet and `unknown-format` reports once. */
  | { kind: 'foreign' }
  /** No recognised field and no schema chosen. */
  | { kind: 'empty' }
  /** Every recognised field belongs to `schema`. */
  | { kind: 'fits'; schema: EntrySchema }
  /** The fields mix schemas: none holds them all; `schema` is the closest. */
  | { kind: 'mixed'; schema: EntrySchema; unexpected: string[]; missing: string[] };

const fits = new WeakMap<Entry, EntryFit>();

/**
 * Classify an entry against the candidate schemas, once per entry (several rules ask): the schema
 * `assignSchemas` chose when one holds all its fields, else the closest one and the difference.
 */
export function fitEntry(entry: Entry, schemas: SchemaSet, schemaFit: LessonsDocument['schemaFit']): EntryFit {
  let fit = fits.get(entry);
  if (!fit) {
    fit = classify(entry, schemas, schemaFit);
    fits.set(entry, fit);
  }
  return fit;
}

function classify(entry: Entry, schemas: SchemaSet, schemaFit: LessonsDocument['schemaFit']): EntryFit {
  if (schemaFit === 'foreign') return { kind: 'foreign' };
  const chosen = entry.schema === undefined ? undefined : schemas.byName(entry.schema);
  if (chosen) return { kind: 'fits', schema: chosen };
  const [closest] = rankSchemas(entry, schemas);
  if (!closest || closest.shared.length + closest.extra.length === 0) return { kind: 'empty' };
  return { kind: 'mixed', schema: closest.schema, unexpected: closest.extra, missing: closest.missing };
}
