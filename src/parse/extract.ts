import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { matchHeadingDate, type HeadingDateMatch } from './dates.js';
import { findDirectives } from './directives.js';
import { extractFields, offsets } from './fields.js';
import { readFrontmatter } from './frontmatter.js';
import { normalizeLabel } from './labels.js';
import { createLocator, type Locator } from './location.js';
import { extractListEntries } from './list-entries.js';
import type { Entry, EntryDate, EntryLayout, LessonsDocument, OffDepthHeading, Section } from './model.js';
import { findPseudoHeadings } from './pseudo-headings.js';

/** Options of `extractDocument`. */
export interface ExtractOptions {
  path: string;
  /** Lower-cased field name or alias -> canonical field name. */
  vocabulary: ReadonlyMap<string, string>;
  /** Where entries are: headings, list items, or `auto` (list items when the file has no heading entries). */
  layout?: 'auto' | EntryLayout;
}

interface HeadingInfo {
  node: Heading;
  /** Index of the heading among the root's children. */
  index: number;
  text: string;
  date?: HeadingDateMatch;
  /** Index of the first block after this heading's section (next heading of the same or higher rank). */
  sectionEnd: number;
  isGroup: boolean;
}

/** Build the lessons model of one parsed file: entries, fields, sections and the oddities rules report. */
export function extractDocument(tree: Root, source: string, options: ExtractOptions): LessonsDocument {
  const locator = createLocator(source);
  const blocks = tree.children;
  const headings = describeHeadings(blocks, source, options.vocabulary, locator);
  const entryDepth = inferEntryDepth(headings, blocks, source, options.vocabulary, locator);
  const document: LessonsDocument = {
    path: options.path,
    source,
    title: headings.find((heading) => heading.node.depth === 1)?.text,
    entryDepth,
    entries: [],
    sections: [],
    pseudoHeadings: findPseudoHeadings(blocks, source, options.vocabulary, locator),
    offDepthHeadings: [],
    foreignLabels: [],
    directives: findDirectives(tree, source, locator),
  };
  const first = blocks[0];
  if (first?.type === 'yaml') document.frontmatter = readFrontmatter(first, source, locator);
  collectEntries(document, headings, blocks, options.vocabulary, locator);
  const layout = options.layout ?? 'auto';
  if (layout === 'list-item' || (layout === 'auto' && document.entries.length === 0)) {
    const groupDates = groupDatesByBlock(headings, blocks.length, source, locator);
    document.entries = extractListEntries(blocks, { source, vocabulary: options.vocabulary, locator, groupDateAt: (index) => groupDates[index] });
    if (document.entries.length > 0) document.entryDepth = undefined;
  }
  document.foreignLabels = foreignLabelsOf(document.entries);
  return document;
}

function describeHeadings(blocks: RootContent[], source: string, vocabulary: ReadonlyMap<string, string>, locator: Locator): HeadingInfo[] {
  const found = blocks.flatMap((node, index) => (node.type === 'heading' ? [{ node, index }] : []));
  const sectionEnds = sectionEndsOf(found, blocks.length);
  return found.map(({ node, index }, position) => {
    const text = toString(node).trim();
    const date = matchHeadingDate(text);
    const sectionEnd = sectionEnds[position] ?? blocks.length;
    const isGroup = date !== undefined && isDateGroup(found, position, sectionEnd, { blocks, source, vocabulary, locator }, date.title === '');
    return { node, index, text, date, sectionEnd, isGroup };
  });
}

interface Scope {
  blocks: RootContent[];
  source: string;
  vocabulary: ReadonlyMap<string, string>;
  locator: Locator;
}

/**
 * A dated heading groups the entries below it (`## 2026-03-23` over `### Title` entries, or over
 * list items) unless fields follow it directly. With a title, it groups only when its sub-headings
 * are entries themselves: dated, or followed by fields.
 */
function isDateGroup(found: { node: Heading; index: number }[], position: number, sectionEnd: number, scope: Scope, isDateOnly: boolean): boolean {
  const heading = found[position] as { node: Heading; index: number };
  const next = found[position + 1];
  const hasLabelHeading = next !== undefined && next.node.depth > heading.node.depth && isLabelHeading(next.node, scope.vocabulary);
  const directEnd = hasLabelHeading ? next.index + 1 : (next?.index ?? scope.blocks.length);
  if (hasFields(scope.blocks.slice(heading.index + 1, directEnd), scope.source, scope.vocabulary, scope.locator)) return false;
  if (isDateOnly) return true;
  let last = position + 1;
  while (last < found.length && (found[last] as { index: number }).index < sectionEnd) last += 1;
  const subheadings = found.slice(position + 1, last);
  return subheadings.some((sub, offset) => {
    if (isLabelHeading(sub.node, scope.vocabulary)) return false;
    if (matchHeadingDate(toString(sub.node)) !== undefined) return true;
    const subEnd = subheadings[offset + 1]?.index ?? sectionEnd;
    return hasFields(scope.blocks.slice(sub.index + 1, subEnd), scope.source, scope.vocabulary, scope.locator);
  });
}

// For each heading, the block index of the next heading of the same or higher rank (one pass, with a stack).
function sectionEndsOf(found: { node: Heading; index: number }[], blockCount: number): number[] {
  const ends = new Array<number>(found.length).fill(blockCount);
  const open: number[] = [];
  found.forEach(({ node, index }, position) => {
    while (open.length > 0 && (found[open[open.length - 1] as number] as { node: Heading }).node.depth >= node.depth) {
      ends[open.pop() as number] = index;
    }
    open.push(position);
  });
  return ends;
}

// The depth most dated headings use; else the depth of headings followed by fields.
function inferEntryDepth(headings: HeadingInfo[], blocks: RootContent[], source: string, vocabulary: ReadonlyMap<string, string>, locator: Locator): number | undefined {
  const dated = headings.filter((heading) => heading.date && !heading.isGroup);
  const withFields = headings.filter(
    (heading) => heading.node.depth > 1 && !heading.isGroup && hasFields(blocks.slice(heading.index + 1, heading.sectionEnd), source, vocabulary, locator),
  );
  return mostCommonDepth(dated) ?? mostCommonDepth(withFields);
}

function mostCommonDepth(headings: HeadingInfo[]): number | undefined {
  const below = headings.filter((heading) => heading.node.depth > 1);
  const pool = below.length > 0 ? below : headings;
  const counts = new Map<number, number>();
  for (const heading of pool) counts.set(heading.node.depth, (counts.get(heading.node.depth) ?? 0) + 1);
  let best: number | undefined;
  for (const [depth, count] of counts) {
    const bestCount = best === undefined ? 0 : (counts.get(best) ?? 0);
    if (count > bestCount || (count === bestCount && best !== undefined && depth < best)) best = depth;
  }
  return best;
}

function collectEntries(document: LessonsDocument, headings: HeadingInfo[], blocks: RootContent[], vocabulary: ReadonlyMap<string, string>, locator: Locator): void {
  const depth = document.entryDepth;
  const boundaries = depth === undefined ? [] : boundariesAt(headings, depth, blocks.length);
  let groupDate: EntryDate | undefined;
  for (const [position, heading] of headings.entries()) {
    const range = rangeOf(heading.node, locator);
    if (depth === undefined || heading.node.depth !== depth || heading.isGroup) {
      if (depth !== undefined && heading.node.depth < depth) groupDate = heading.isGroup ? dateOf(heading, document.source, locator, false) : undefined;
      if (heading.isGroup && depth !== undefined && heading.node.depth >= depth) document.sections.push(sectionOf(heading, range));
      else if (heading.date && !heading.isGroup && depth !== undefined && isOffDepth(heading, headings)) document.offDepthHeadings.push(offDepthOf(heading, range));
      continue;
    }
    const end = boundaries[position] ?? blocks.length;
    const body = blocks.slice(heading.index + 1, end);
    const bodyEnd = body.length > 0 ? offsets(body[body.length - 1] as RootContent).end : offsets(heading.node).end;
    const fields = extractFields(body, bodyEnd, document.source, vocabulary, locator);
    if (!heading.date && fields.fields.length === 0) {
      document.sections.push(sectionOf(heading, range));
      continue;
    }
    document.entries.push(buildEntry(heading, groupDate, fields, document.source, locator, bodyEnd));
  }
}

// For each heading, the block index of the next heading at the entry depth or above: where an entry's body ends.
function boundariesAt(headings: HeadingInfo[], depth: number, blockCount: number): number[] {
  const ends = new Array<number>(headings.length).fill(blockCount);
  let next = blockCount;
  for (let position = headings.length - 1; position >= 0; position -= 1) {
    ends[position] = next;
    const heading = headings[position] as HeadingInfo;
    if (heading.node.depth <= depth) next = heading.index;
  }
  return ends;
}

function isOffDepth(heading: HeadingInfo, headings: HeadingInfo[]): boolean {
  // The document's title (`# Lessons 2026-03`) is not an entry heading at the wrong depth.
  return !(heading.node.depth === 1 && headings[0] === heading);
}

function buildEntry(heading: HeadingInfo, groupDate: EntryDate | undefined, body: ReturnType<typeof extractFields>, source: string, locator: Locator, bodyEnd: number): Entry {
  const start = offsets(heading.node).start;
  const date = heading.date ? dateOf(heading, source, locator, false) : groupDate && { ...groupDate, isInherited: true };
  const title = heading.date ? heading.date.title : heading.text;
  return {
    layout: 'heading',
    heading: {
      depth: heading.node.depth,
      text: heading.text,
      date,
      title: title === '' ? undefined : title,
      separator: heading.date?.separator,
      datePlacement: heading.date?.placement,
      range: rangeOf(heading.node, locator),
    },
    fields: body.fields,
    unknownLabels: body.unknownLabels,
    preamble: body.preamble,
    range: locator.range(start, Math.max(bodyEnd, offsets(heading.node).end)),
  };
}

function dateOf(heading: HeadingInfo, source: string, locator: Locator, isInherited: boolean): EntryDate | undefined {
  const match = heading.date;
  if (!match) return undefined;
  const { start, end } = offsets(heading.node);
  const found = source.indexOf(match.raw, start);
  const at = found >= 0 && found < end ? found : start;
  return {
    raw: match.raw,
    iso: match.iso,
    precision: match.precision,
    notation: match.notation,
    isValid: match.isValid,
    range: locator.range(at, found >= 0 && found < end ? at + match.raw.length : end),
    isInherited,
  };
}

function hasFields(blocks: RootContent[], source: string, vocabulary: ReadonlyMap<string, string>, locator: Locator): boolean {
  if (blocks.length === 0) return false;
  const end = offsets(blocks[blocks.length - 1] as RootContent).end;
  return extractFields(blocks, end, source, vocabulary, locator).fields.length > 0;
}

// The date of the date-group heading each top-level block sits under.
function groupDatesByBlock(headings: HeadingInfo[], blockCount: number, source: string, locator: Locator): (EntryDate | undefined)[] {
  const dates = new Array<EntryDate | undefined>(blockCount).fill(undefined);
  let group: { date: EntryDate | undefined; depth: number } | undefined;
  let position = 0;
  for (let index = 0; index < blockCount; index += 1) {
    const heading = headings[position];
    if (heading?.index === index) {
      position += 1;
      if (heading.isGroup) group = { date: dateOf(heading, source, locator, false), depth: heading.node.depth };
      else if (group && heading.node.depth <= group.depth) group = undefined;
    }
    dates[index] = group?.date;
  }
  return dates;
}

function isLabelHeading(heading: Heading, vocabulary: ReadonlyMap<string, string>): boolean {
  return vocabulary.has(normalizeLabel(toString(heading).replace(/[:：]\s*$/u, '')));
}

function foreignLabelsOf(entries: Entry[]): string[] {
  const seen = new Map<string, string>();
  for (const entry of entries) {
    for (const label of entry.unknownLabels) {
      const key = normalizeLabel(label.label);
      if (!seen.has(key)) seen.set(key, label.label);
    }
  }
  return [...seen.values()];
}

function rangeOf(node: Heading, locator: Locator) {
  const { start, end } = offsets(node);
  return locator.range(start, end);
}

function sectionOf(heading: HeadingInfo, range: ReturnType<typeof rangeOf>): Section {
  return { text: heading.text, depth: heading.node.depth, range };
}

function offDepthOf(heading: HeadingInfo, range: ReturnType<typeof rangeOf>): OffDepthHeading {
  return { depth: heading.node.depth, text: heading.text, range };
}
