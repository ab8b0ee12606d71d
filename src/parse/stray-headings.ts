import type { Entry, Section, StrayHeading } from './model.js';
import type { Locator } from './location.js';

// `… follows. ## Summary`: heading marks after a sentence end, inside a line, before a capital.
const GLUED_HEADING = /(?<=[.!?:)])[ \t]+(#{1,6}[ \t]+\p{Lu}[^\n#`]{0,60}?)(?=[ \t]*(?:\r?\n|\r|$)|[ \t]+\p{Lu}|[ \t]*[.:])/gu;

/**
 * The headings that belong to no entry where they sit: an undated, fieldless heading at the entry
 * depth with entries on both sides in a log of dated entries (the text under it falls outside
 * both), and heading marks written
 * inside a field's line (`… follows. ## Summary`), which render as text.
 */
export function findStrayHeadings(entries: readonly Entry[], undatedAtDepth: readonly Section[], source: string, locator: Locator): StrayHeading[] {
  const found: StrayHeading[] = [];
  const first = entries[0]?.range.start.offset;
  const last = entries[entries.length - 1]?.range.start.offset;
  // Only where every entry is a dated heading: in a file of undated or partly dated entries, an
  // undated heading is as likely an entry the tool could not read as a stray one.
  const isDatedLog = entries.length >= 3 && entries.every((entry) => entry.heading.date !== undefined && entry.heading.date.isInherited !== true);
  if (isDatedLog && first !== undefined && last !== undefined) {
    for (const section of undatedAtDepth) {
      const at = section.range.start.offset;
      if (at > first && at < last && isSectionName(section.text)) found.push({ kind: 'between-entries', text: `${'#'.repeat(section.depth)} ${section.text}`, range: section.range });
    }
  }
  for (const entry of entries) {
    for (const field of entry.fields) {
      if (!field.value.includes('#')) continue;
      const start = field.valueRange.start.offset;
      for (const match of field.value.matchAll(GLUED_HEADING)) {
        const heading = match[1] as string;
        const offset = (match.index ?? 0) + match[0].indexOf(heading);
        if (isInCodeSpan(field.value, offset)) continue;
        found.push({ kind: 'inside-line', text: heading.trim(), range: locator.range(start + offset, start + offset + heading.trimEnd().length) });
      }
    }
  }
  return found.sort((a, b) => a.range.start.offset - b.range.start.offset);
}

// An odd number of backticks before the offset on its line: inside inline code.
function isInCodeSpan(text: string, offset: number): boolean {
  const lineStart = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
  let ticks = 0;
  for (let index = lineStart; index < offset; index += 1) if (text[index] === '`') ticks += 1;
  return ticks % 2 === 1;
}

// `Notes`, `Open questions`: a name of a part, not the title of a lesson whose date is missing
// (`Light/dark theme mismatch` is an entry the date-less heading hides, not a stray heading).
function isSectionName(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  return words.length <= 2 && !/\d/u.test(text);
}
