import type { Entry, Range } from '../parse/model.js';

/**
 * The text of an entry that similarity compares: its title and everything under it, with the
 * heading line (date, separator, marks) and the field labels cut out, so entries in different
 * formats or on different days can still match on what they say.
 */
export function entrySimilarityText(entry: Entry, source: string): string {
  const cuts: Range[] = [entry.heading.range, ...entry.fields.map((field) => field.labelRange), ...entry.unknownLabels.map((field) => field.labelRange)];
  cuts.sort((left, right) => left.start.offset - right.start.offset);
  const parts: string[] = [entry.heading.title ?? ''];
  let at = entry.range.start.offset;
  for (const cut of cuts) {
    if (cut.end.offset <= at) continue;
    if (cut.start.offset > at) parts.push(source.slice(at, cut.start.offset));
    at = Math.max(at, cut.end.offset);
  }
  if (entry.range.end.offset > at) parts.push(source.slice(at, entry.range.end.offset));
  return parts.join('\n');
}
