import type { Entry, EntryDate } from '../../parse/model.js';

/**
 * Each distinct written date once, with the first entry that carries it. Entries below a date-only
 * group heading share the group's date: a problem with that date is reported once, not per entry.
 */
export function distinctDates(entries: readonly Entry[]): { entry: Entry; date: EntryDate }[] {
  const seen = new Set<number>();
  const result: { entry: Entry; date: EntryDate }[] = [];
  for (const entry of entries) {
    const date = entry.heading.date;
    if (date === undefined) continue;
    if (date.isInherited) {
      if (seen.has(date.range.start.offset)) continue;
      seen.add(date.range.start.offset);
    }
    result.push({ entry, date });
  }
  return result;
}

/** Today in UTC at the precision of `date` (`YYYY-MM-DD` or `YYYY-MM`). */
export function todayAt(now: Date, precision: EntryDate['precision']): string {
  const day = now.toISOString().slice(0, 10);
  return precision === 'month' ? day.slice(0, 7) : day;
}

/** Compare two ISO dates at the coarser of their precisions (`2026-02` equals `2026-02-14`). */
export function compareIso(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  const left = a.slice(0, length);
  const right = b.slice(0, length);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** The ISO spelling of a year-first date in another notation (`2026/2/14` -> `2026-02-14`), if any. */
export function isoSpelling(raw: string): string | undefined {
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*(?:[-/.月]\s*(\d{1,2})\s*日?)?$/u.exec(raw.trim());
  if (!match) return undefined;
  const [, year, month, day] = match;
  if (year === undefined || month === undefined) return undefined;
  const parts = [year, month.padStart(2, '0')];
  if (day !== undefined) parts.push(day.padStart(2, '0'));
  return parts.join('-');
}

/** Why an ISO-looking date is not a calendar date, for the message (`2026-02 has 28 days`). */
export function impossibility(raw: string): string {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/u.exec(raw);
  if (!match) return 'not a calendar date';
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12) return `month \`${match[2]}\` does not exist`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `\`${match[1]}-${match[2]}\` has ${days} days`;
}
