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

/** Fits of an entry against every candidate, best first: fewest foreign fields, most shared, then preference order. */
export function rankSchemas(entry: Entry, schemas: SchemaSet): SchemaFit[] {
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
  fits.sort((a, b) => a.fit.extra.length - b.fit.extra.length || b.fit.shared.length - a.fit.shared.length || a.order - b.order);
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
