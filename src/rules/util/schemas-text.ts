import type { EntrySchema } from '../../schema/spec.js';
import { codeList } from './text.js';

/** `` `incident` (`Bug`, `Impact`, `Fix`, `Rule`) ``: a schema as messages name it. */
export function describeSchema(schema: EntrySchema): string {
  return `\`${schema.name}\` (${codeList(schema.fields.map((spec) => spec.name))})`;
}

/** The candidate schemas as messages name them: `a (…), b (…) or c (…)`. */
export function describeSchemas(candidates: readonly EntrySchema[]): string {
  const described = candidates.map(describeSchema);
  if (described.length <= 1) return described.join('');
  return `${described.slice(0, -1).join(', ')} or ${described.at(-1) ?? ''}`;
}
