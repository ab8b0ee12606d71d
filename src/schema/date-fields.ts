import { matchHeadingDate, toEntryDate } from '../parse/dates.js';
import { normalizeLabel } from '../parse/labels.js';
import { LINE_BREAK } from '../parse/line-breaks.js';
import type { EntryDate, Field, LessonsDocument, Point } from '../parse/model.js';
import type { SchemaSet } from '../rules/rule.js';

/**
 * Entries of a schema that dates them in a field (`**Date:** 2026-04-19`) take that field as their
 * date, so the date rules apply to it; the field itself is then not one of the entry's fields.
 */
export function applyDateFields(document: LessonsDocument, schemas: SchemaSet): void {
  const labels = new Set(
    schemas.candidates.flatMap((schema) => (schema.date ? [schema.date.field, ...schema.date.aliases].map(normalizeLabel) : [])),
  );
  if (labels.size === 0) return;
  for (const entry of document.entries) {
    const field = entry.fields.find((candidate) => labels.has(normalizeLabel(candidate.name ?? candidate.label)));
    if (!field) continue;
    entry.fields = entry.fields.filter((candidate) => candidate !== field);
    if (!entry.heading.date && field.value !== '') entry.heading.date = dateOfField(field);
  }
}

function dateOfField(field: Field): EntryDate {
  const text = field.value.replace(/[*_`]/gu, '').trim();
  const match = matchHeadingDate(text);
  const raw = match?.placement === 'prefix' ? match.raw : (text.split(/\s/u)[0] ?? text);
  const at = field.value.indexOf(raw);
  // Not written as read (markup inside the date, `2026-**02**-14`): the whole value stands for it.
  const range = at === -1 ? field.valueRange : { start: pointIn(field, at), end: pointIn(field, at + raw.length) };
  if (match?.placement !== 'prefix') return { raw, precision: 'day', notation: 'other', isValid: true, range, isInherited: false };
  return toEntryDate(match, range);
}

// The point at an offset in the value. The value is a slice of the source, so a line of it after
// the first starts at column 1 (the date is read from the first word, which may be on a later line
// when the first holds only markup, such as a code fence).
function pointIn(field: Field, at: number): Point {
  const start = field.valueRange.start;
  const before = field.value.slice(0, at);
  const lines = before.split(LINE_BREAK);
  const last = lines[lines.length - 1] as string;
  if (lines.length === 1) return { line: start.line, column: start.column + at, offset: start.offset + at };
  return { line: start.line + lines.length - 1, column: last.length + 1, offset: start.offset + at };
}
