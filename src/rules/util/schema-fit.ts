import type { Entry } from '../../parse/model.js';
import { fitEntry as fitOf, type EntryFit } from '../../schema/match.js';
import type { EntrySchema } from '../../schema/spec.js';
import type { RuleContext } from '../rule.js';

export type { EntryFit };

type SchemaContext = Pick<RuleContext<unknown>, 'document' | 'schemas'>;

/** How an entry fits the candidate schemas (computed once per entry by the schema matcher). */
export function fitEntry(context: SchemaContext, entry: Entry): EntryFit {
  return fitOf(entry, context.schemas, context.document.schemaFit);
}

/** The schema the entry's fields should be checked against, when its fields fit one. */
export function resolveEntrySchema(context: SchemaContext, entry: Entry): EntrySchema | undefined {
  const fit = fitEntry(context, entry);
  return fit.kind === 'fits' ? fit.schema : undefined;
}
