import { matchHeadingDate, toEntryDate } from '../parse/dates.js';
import { normalizeLabel } from '../parse/labels.js';
import type { EntryDate, Field, LessonsDocument } from '../parse/model.js';
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
  const start = field.valueRange.start;
  const at = Math.max(0, field.value.indexOf(raw));
  // The value is on one line: the date's columns follow from the value's start.
  const range = { start: { ...start, column: start.column + at, offset: start.offset + at }, end: { ...start, column: start.column + at + raw.length, offset: start.offset + at + raw.length } };
  if (match?.placement !== 'prefix') return { raw, precision: 'day', notation: 'other', isValid: true, range, isInherited: false };
  return toEntryDate(match, range);
}
