import type { Entry } from '../parse/model.js';

// A format is a dated one when this many entries, and this share of them, carry a date.
const MIN_DATED = 3;
const DATED_SHARE = 0.8;

/**
 * Whether a file dates its entries: at least three of them carry a date, and 80% or more. Otherwise
 * an undated entry heading is the file's way, or a section, not a lost date.
 */
export function isDatedFormat(entries: readonly Entry[]): boolean {
  const dated = entries.filter((entry) => entry.heading.date !== undefined).length;
  return dated >= MIN_DATED && dated >= entries.length * DATED_SHARE;
}
