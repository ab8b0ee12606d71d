import { distance } from 'fastest-levenshtein';
import type { Code, Root } from 'mdast';
import { extractDocument } from '../parse/extract.js';
import { normalizeLabel } from '../parse/labels.js';
import { parseMarkdown } from '../parse/markdown.js';
import type { Entry, LessonsDocument } from '../parse/model.js';
import { isDatedFormat } from '../schema/dated-format.js';
import type { DateFieldSpec, FieldSpec } from '../schema/spec.js';
import { declaredValue } from '../schema/validate.js';
import { collectLabelCandidates, fenceMarker, preferredSpelling, type LabelCandidate } from './label-candidates.js';
import { findTemplateLabels } from './template.js';

/** A schema inferred from an existing lessons file, with what it was inferred from. */
export interface InferredSchema {
  fields: FieldSpec[];
  date?: DateFieldSpec;
  layout: 'auto' | 'list-items' | 'records' | 'topic-items';
  /** Entries seen in the file. */
  entryCount: number;
  /** `template` when a "Format:" template in a code block gave the fields' names and order. */
  basis: 'entries' | 'template';
  /** Heading depth of the entries, when they are headings. */
  entryDepth?: number;
  /** Where entries carry their date: `none` when no entry is dated at all. */
  dates: 'heading' | 'field' | 'none';
  /** True when (nearly) every entry is dated, so an undated one lacks its date (see `isDatedFormat`). */
  isDatedFormat: boolean;
  /** False when most dated entries have no title (`## 2026-09-14` over prose): the format has none. */
  isTitled: boolean;
  /** The order of the dates, when every dated entry follows one (three dated entries at least). */
  dateOrder?: 'oldest-first' | 'newest-first';
}

interface Observed {
  name: string;
  aliases: string[];
  entries: Entry[];
  /** Mean position of the field within its entries, for ordering. */
  order: number;
}

const ISO_DATE = /^\d{4}-\d{2}(?:-\d{2})?\b/u;

/** Options of `inferSchema`. */
export interface InferSchemaOptions {
  /** The file's tree, when the caller has parsed it already (blocks-only is enough). */
  tree?: Root;
}

/** Infer an entry schema from a lessons file: its entry layout, labels, value sets and date style. */
export function inferSchema(source: string, options: InferSchemaOptions = {}): InferredSchema {
  const tree = options.tree ?? parseMarkdown(source, { isBlocksOnly: true });
  const all = [...collectLabelCandidates(source).values()];
  // Labels written once are usually prose (`Note:`) or bold bullet titles; a file of one or two
  // entries has nothing but such labels, so they are tried when the repeated ones find nothing.
  const repeated = all.filter((candidate) => candidate.count >= 2);
  // A spelling used once (`Rules` among many `Rule`) is still read, to be merged as an alias.
  const variants = all.filter((candidate) => candidate.count === 1 && repeated.some((other) => isVariant(other.key, candidate.key)));
  let document = extractWith(tree, source, [...repeated, ...variants]);
  const hasBulletTitles = isBulletTitles(document.entries);
  let observed = hasBulletTitles ? [] : keepFrequent(mergeVariants(observeFields(document.entries)), document.entries.length);
  if (observed.length === 0 && !hasBulletTitles) {
    const retry = extractWith(tree, source, all.filter((candidate) => candidate.count >= 2 || candidate.isBold));
    // Bold leads of bullets, each written once, are the titles of topic bullets, not labels.
    const isListLeads = retry.entries.every((entry) => entry.fields.every((field) => field.labelStyle.startsWith('list')));
    const retried = isListLeads ? [] : keepFrequent(mergeVariants(observeFields(retry.entries)), retry.entries.length);
    if (retried.length > 0) [document, observed] = [retry, retried];
  }
  const template = findTemplateLabels(tree.children.filter((node): node is Code => node.type === 'code').map((node) => codeText(node, source)));
  const entryCount = document.entries.length;
  const date = dateField(document, observed);
  const regular = observed.filter((field) => field.name !== date?.field);
  const fromTemplate = template && agrees(template, regular) ? templateFields(template, regular, entryCount) : undefined;
  return {
    fields: fromTemplate ?? regular.map((field) => fieldSpec(field, entryCount)),
    ...(date ? { date } : {}),
    layout: layoutOf(document.entries),
    entryCount,
    basis: fromTemplate ? 'template' : 'entries',
    entryDepth: document.entryDepth,
    dates: date ? 'field' : document.entries.some((entry) => entry.heading.date) ? 'heading' : 'none',
    isDatedFormat: date !== undefined || isDatedFormat(document.entries),
    isTitled: isTitled(document.entries),
    ...(date ? {} : orderOf(document.entries)),
  };
}

function extractWith(tree: Root, source: string, candidates: LabelCandidate[]): LessonsDocument {
  const vocabulary = new Map(candidates.map((candidate) => [candidate.key, preferredSpelling(candidate)]));
  return extractDocument(tree, source, { path: '<init>', vocabulary });
}

// Bold bullet titles (`- **Keep fixtures small**: …`) look like labels; when the label-shaped lines
// the entries do not repeat outnumber the ones they do, they are titles, and the file has no fields.
// Entries with no repeated label at all are left to the retry with every bold label.
function isBulletTitles(entries: readonly Entry[]): boolean {
  const fields = entries.reduce((sum, entry) => sum + entry.fields.length, 0);
  const others = entries.reduce((sum, entry) => sum + entry.unknownLabels.length, 0);
  return fields > 0 && others > fields;
}

// Records carry no title line; among dated headings, the untitled ones must not be the majority.
function isTitled(entries: readonly Entry[]): boolean {
  const dated = entries.filter((entry) => entry.heading.date !== undefined && entry.layout !== 'record');
  const untitled = dated.filter((entry) => (entry.heading.title?.trim() ?? '') === '').length;
  return untitled === 0 || untitled * 2 < dated.length;
}

function observeFields(entries: Entry[]): Observed[] {
  const byName = new Map<string, Observed & { positions: number[]; repeatedIn: Set<Entry> }>();
  for (const entry of entries) {
    const seen = new Set<string>();
    entry.fields.forEach((field, position) => {
      const name = field.name ?? field.label;
      if (seen.has(name)) {
        byName.get(name)?.repeatedIn.add(entry);
        return;
      }
      seen.add(name);
      const observed = byName.get(name) ?? { name, aliases: [], entries: [], order: 0, positions: [], repeatedIn: new Set<Entry>() };
      observed.entries.push(entry);
      observed.positions.push(position);
      byName.set(name, observed);
    });
  }
  // A label written several times in most entries that have it (`- Action: …` items) is a list, not a field.
  return [...byName.values()]
    .filter((field) => field.repeatedIn.size * 2 <= field.entries.length)
    .map(({ positions, repeatedIn, ...field }) => ({ ...field, order: positions.reduce((sum, value) => sum + value, 0) / positions.length }))
    .sort((a, b) => a.order - b.order);
}

// A label on too few entries is a one-off remark, not a field of the format.
function keepFrequent(fields: Observed[], entryCount: number): Observed[] {
  const threshold = entryCount <= 2 ? 1 : Math.max(2, Math.ceil(entryCount * 0.25));
  return fields.filter((field) => field.entries.length >= threshold);
}

// `Rule` and `Rules`, `Root cause` and `Root Cause:`: one field written several ways.
function mergeVariants(fields: Observed[]): Observed[] {
  const merged: Observed[] = [];
  for (const field of [...fields].sort((a, b) => b.entries.length - a.entries.length)) {
    const home = merged.find((other) => isVariant(other.name, field.name));
    if (!home) merged.push({ ...field, aliases: [...field.aliases] });
    else {
      home.aliases.push(field.name);
      home.entries = [...new Set([...home.entries, ...field.entries])];
    }
  }
  return merged.sort((a, b) => a.order - b.order);
}

function isVariant(a: string, b: string): boolean {
  const left = normalizeLabel(a);
  const right = normalizeLabel(b);
  const shorter = Math.min(left.length, right.length);
  return shorter >= 4 && distance(left, right) <= Math.max(1, Math.floor(shorter / 6));
}

/**
 * How many entries may lack a field that is still the format's ("nearly every entry"): none below
 * six entries, then one in eight, at least one. A field that 7 of 8 entries carry is required, so
 * the eighth is the defect; one that 3 of 4 carry is not (too few to tell a format from a habit).
 */
function allowedGaps(entryCount: number): number {
  return entryCount < 6 ? 0 : Math.max(1, Math.floor(entryCount / 8));
}

function fieldSpec(field: Observed, entryCount: number): FieldSpec {
  const values = valueSet(field);
  return {
    name: field.name,
    aliases: field.aliases,
    required: field.entries.length >= entryCount - allowedGaps(entryCount),
    ...(values ? { values } : {}),
  };
}

// A Status-like field: a handful of one-word values, repeated across entries.
function valueSet(field: Observed): string[] | undefined {
  const values = field.entries.map((entry) => entry.fields.find((candidate) => (candidate.name ?? candidate.label) === field.name || field.aliases.includes(candidate.name ?? '')))
    .map((found) => (found ? found.value.replace(/[*_`]/gu, '').trim() : ''));
  if (values.length < 3 || values.some((value) => value === '' || /\s/u.test(value.replace(/[.!]$/u, '')) || value.length > 20)) return undefined;
  const distinct = new Map<string, string>();
  for (const value of values) {
    const word = declaredValue(value);
    if (!distinct.has(word.toLowerCase())) distinct.set(word.toLowerCase(), word);
  }
  return distinct.size <= 5 && distinct.size < values.length ? [...distinct.values()] : undefined;
}

// Entries dated in a field (`**Date:** 2026-04-19`) rather than in their headings.
function dateField(document: LessonsDocument, fields: Observed[]): DateFieldSpec | undefined {
  const undated = document.entries.filter((entry) => !entry.heading.date).length;
  if (document.entries.length === 0 || undated < document.entries.length / 2) return undefined;
  const dated = fields.find((field) => {
    const values = field.entries.map((entry) => entry.fields.find((candidate) => candidate.name === field.name)?.value ?? '');
    return values.filter((value) => ISO_DATE.test(value.replace(/[*_`]/gu, ''))).length >= values.length * 0.8;
  });
  return dated ? { field: dated.name, aliases: dated.aliases } : undefined;
}

// Entries in date order (ties allowed) in a file of at least three dated entries: keep them so.
function orderOf(entries: Entry[]): { dateOrder?: InferredSchema['dateOrder'] } {
  const dates = entries.map((entry) => entry.heading.date?.iso).filter((iso): iso is string => iso !== undefined);
  if (dates.length < 3 || dates[0] === dates[dates.length - 1]) return {};
  const pairs = dates.slice(1).map((date, index) => date.localeCompare(dates[index] as string));
  if (pairs.every((step) => step >= 0)) return { dateOrder: 'oldest-first' };
  if (pairs.every((step) => step <= 0)) return { dateOrder: 'newest-first' };
  return {};
}

// The template is taken when at least half of its labels are fields the entries really use.
function agrees(template: string[], fields: Observed[]): boolean {
  if (fields.length === 0) return true;
  const used = template.filter((label) => fields.some((field) => [field.name, ...field.aliases].some((name) => isSame(name, label))));
  return used.length * 2 >= template.length;
}

function templateFields(template: string[], fields: Observed[], entryCount: number): FieldSpec[] {
  const fromTemplate = template.map((label) => {
    const field = fields.find((candidate) => [candidate.name, ...candidate.aliases].some((name) => isSame(name, label)));
    if (!field) return { name: label, aliases: [], required: entryCount === 0 };
    const spec = fieldSpec(field, entryCount);
    return { ...spec, name: label, aliases: [field.name, ...field.aliases].filter((name) => normalizeLabel(name) !== normalizeLabel(label)) };
  });
  const extra = fields.filter((field) => !template.some((label) => [field.name, ...field.aliases].some((name) => isSame(name, label))));
  return [...fromTemplate, ...extra.map((field) => ({ ...fieldSpec(field, entryCount), required: false }))];
}

function isSame(a: string, b: string): boolean {
  return normalizeLabel(a) === normalizeLabel(b) || isVariant(a, b);
}

// A blocks-only tree keeps no code text (see blocks-only.ts): read it from the source, fences dropped.
function codeText(node: Code, source: string): string {
  if (node.value !== '' || node.position?.start.offset === undefined || node.position.end.offset === undefined) return node.value;
  const lines = source.slice(node.position.start.offset, node.position.end.offset).split(/\r\n?|\n/u);
  return (fenceMarker(lines[0] ?? '') !== undefined ? lines.slice(1, -1) : lines).join('\n');
}

function layoutOf(entries: readonly Entry[]): InferredSchema['layout'] {
  if (entries.some((entry) => entry.layout === 'list-item')) return 'list-items';
  if (entries.some((entry) => entry.layout === 'record')) return 'records';
  return entries.some((entry) => entry.layout === 'topic-item') ? 'topic-items' : 'auto';
}
