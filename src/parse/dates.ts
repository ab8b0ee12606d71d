import type { EntryDate, HeadingSeparator, Range } from './model.js';
import { trimEndOf } from './scan.js';

/** A date found in a heading's text, before positions are attached. */
export interface HeadingDateMatch {
  raw: string;
  /** Index of `raw` in the heading text. */
  index: number;
  iso?: string;
  precision: 'day' | 'month';
  notation: 'iso' | 'other';
  isValid: boolean;
  placement: 'prefix' | 'suffix';
  separator?: HeadingSeparator;
  /** The rest of the heading: the title, trimmed; empty when the heading is only a date. */
  title: string;
}

const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

// A date token in any notation people use in headings; ISO first so it wins.
const DATE_TOKEN = new RegExp(
  [
    String.raw`\d{4}-\d{1,2}-\d{1,2}`,
    String.raw`\d{4}\/\d{1,2}\/\d{1,2}`,
    String.raw`\d{4}\.\d{1,2}\.\d{1,2}`,
    String.raw`\d{1,2}[./]\d{1,2}[./]\d{4}`,
    String.raw`\d{4}年\d{1,2}月\d{1,2}日`,
    String.raw`(?:${MONTHS})\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}`,
    String.raw`\d{1,2} (?:${MONTHS})\.? \d{4}`,
    String.raw`\d{4}-\d{2}(?![\d-])`,
  ].join('|'),
  'iu',
);

const PREFIX = new RegExp(String.raw`^(?:[\[(（]\s*)?(${DATE_TOKEN.source})(?:\s*[\])）])?`, 'iu');
// `(2026-02-14)`, or with other notes in the brackets: `(2026-07-26, X5)`, `(X5; 2026-07-26)`.
const SUFFIX = new RegExp(String.raw`[\[(（]([^\])）\r\n]{0,40}?[,;，]\s*)?\s*(${DATE_TOKEN.source})\s*([,;，][^\])）\r\n]{0,40})?[\])）]\s*$`, 'iu');
// A date closing the heading after a separator: `Session: 2026-03-22`, `Fix the build — 2026-03-22`.
const TRAILING = new RegExp(String.raw`(?:[ \t]*[:：—–|·][ \t]*|[ \t]+-[ \t]+)(${DATE_TOKEN.source})[ \t]*$`, 'iu');
const SUFFIX_REACH = 160;
// Weekday names that may follow a date in a date-only heading (`2026-03-23 (Mon)`).
const WEEKDAY_ONLY = /^[\s(（[]*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?[\s)）\]]*$/iu;

/** Find the entry date in a heading's text: a prefix (`2026-02-14: Title`), a bracketed suffix (`Title (2026-02-14)`) or one after a separator (`Title: 2026-02-14`). */
export function matchHeadingDate(text: string): HeadingDateMatch | undefined {
  const prefix = PREFIX.exec(text);
  if (prefix?.[1]) {
    const raw = prefix[1];
    const rest = text.slice(prefix[0].length);
    const { separator, title } = splitSeparator(rest);
    return dateMatch(raw, text.indexOf(raw), 'prefix', title, separator);
  }
  // A suffix sits in the last characters: matching only there keeps a long line linear.
  const from = Math.max(0, text.length - SUFFIX_REACH);
  const tail = text.slice(from);
  const suffix = SUFFIX.exec(tail);
  if (suffix) suffix.index += from;
  if (suffix?.[2]) {
    const raw = suffix[2];
    const notes = [suffix[1], suffix[3]].map((note) => note?.replace(/^[\s,;，]+|[\s,;，]+$/gu, '')).filter((note) => note !== undefined && note !== '');
    const before = trimEndOf(text.slice(0, suffix.index), /[\s:—–-]/u).trim();
    // The notes beside the date stay in the title: `Title (2026-07-26, X5)` is titled `Title (X5)`.
    const title = notes.length === 0 ? before : `${before} (${notes.join(', ')})`.trim();
    return dateMatch(raw, suffix.index + suffix[0].indexOf(raw), 'suffix', title, undefined);
  }
  const trailing = TRAILING.exec(tail);
  if (trailing) trailing.index += from;
  if (trailing?.[1] && trailing.index > 0) {
    const raw = trailing[1];
    return dateMatch(raw, trailing.index + trailing[0].indexOf(raw), 'suffix', text.slice(0, trailing.index).trim(), undefined);
  }
  return undefined;
}

// Every match has the same properties in the same order: spreading `describeDate` into a literal
// made objects of a slow shape, ten times the cost of the regular expressions on a huge file.
function dateMatch(raw: string, index: number, placement: HeadingDateMatch['placement'], title: string, separator: HeadingSeparator | undefined): HeadingDateMatch {
  const { iso, precision, notation, isValid } = describeDate(raw);
  return { raw, index, iso, precision, notation, isValid, placement, separator, title };
}

function splitSeparator(rest: string): { separator?: HeadingSeparator; title: string } {
  if (rest.trim() === '' || WEEKDAY_ONLY.test(rest)) return { title: '' };
  const written = /^\s*([—–·|:-])\s*/u.exec(rest);
  if (written?.[1]) {
    const separator = (written[1] === ':' ? ': ' : ` ${written[1]} `) as HeadingSeparator;
    return { separator, title: rest.slice(written[0].length).trim() };
  }
  if (/^\s/u.test(rest)) return { separator: ' ', title: rest.trim() };
  // `2026-02-14Title`: no separator at all; the rest still reads as the title.
  return { title: rest.trim() };
}

function describeDate(raw: string): Pick<HeadingDateMatch, 'iso' | 'precision' | 'notation' | 'isValid'> {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(raw);
  if (day) {
    const [, y, m, d] = day as unknown as [string, string, string, string];
    const isValid = isCalendarDate(Number(y), Number(m), Number(d));
    return { iso: isValid ? raw : undefined, precision: 'day', notation: 'iso', isValid };
  }
  const month = /^(\d{4})-(\d{2})$/u.exec(raw);
  if (month) {
    const isValid = Number(month[2]) >= 1 && Number(month[2]) <= 12;
    return { iso: isValid ? raw : undefined, precision: 'month', notation: 'iso', isValid };
  }
  return { iso: undefined, precision: 'day', notation: 'other', isValid: true };
}

/** True when year-month-day names a day of the Gregorian calendar. */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The model's date for a match written at `range` (`isInherited` when taken from a group heading). */
export function toEntryDate(match: HeadingDateMatch, range: Range, isInherited = false): EntryDate {
  const { raw, iso, precision, notation, isValid } = match;
  return { raw, iso, precision, notation, isValid, range, isInherited };
}
