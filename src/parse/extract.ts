import type { Heading, Root, RootContent } from 'mdast';
import { toEntryDate } from './dates.js';
import { findDirectives } from './directives.js';
import { extractFields } from './fields.js';
import { offsets } from './positions.js';
import { readFrontmatter } from './frontmatter.js';
import { normalizeLabel } from './labels.js';
import { describeHeadings, inferEntryDepth, type HeadingInfo } from './headings.js';
import { createLocator, type Locator } from './location.js';
import { extractListEntries } from './list-entries.js';
import type { Entry, EntryDate, EntryLayout, LessonsDocument, OffDepthHeading, Section } from './model.js';
import { findPseudoHeadings } from './pseudo-headings.js';
import { extractRecordEntries } from './record-entries.js';
import { extractTopicEntries, extractTopicItems } from './topic-items.js';
import { findStrayHeadings } from './stray-headings.js';
import { liftUnderlinedFields } from './underlined-fields.js';

/** Options of `extractDocument`. */
export interface ExtractOptions {
  path: string;
  /** Lower-cased field name or alias -> canonical field name. */
  vocabulary: ReadonlyMap<string, string>;
  /** Where entries are: headings, list items, topic items, or `auto` (the first of these the file has). */
  layout?: 'auto' | EntryLayout;
}

/** Build the lessons model of one parsed file: entries, fields, sections and the oddities rules report. */
export function extractDocument(tree: Root, source: string, options: ExtractOptions): LessonsDocument {
  const locator = createLocator(source);
  const { blocks, underlinedFields } = liftUnderlinedFields(tree.children, source, options.vocabulary, locator);
  const headings = describeHeadings(blocks, source, options.vocabulary, locator);
  const entryDepth = inferEntryDepth(headings, blocks, source, options.vocabulary);
  const document: LessonsDocument = {
    path: options.path,
    source,
    title: headings.find((heading) => heading.node.depth === 1)?.text,
    entryDepth,
    entries: [],
    sections: [],
    pseudoHeadings: findPseudoHeadings(blocks, source, options.vocabulary, locator),
    offDepthHeadings: [],
    emptyHeadings: headings.filter((heading) => !/[\p{L}\p{N}]/u.test(heading.text)).map((heading) => offDepthOf(heading, rangeOf(heading.node, locator))),
    strayHeadings: [],
    underlinedFields,
    deepNesting: (tree.data?.nestingCuts ?? []).map((cut) => ({ range: locator.range(cut.start, cut.end), depth: cut.depth })),
    foreignLabels: [],
    directives: findDirectives(tree, source, locator),
  };
  const first = blocks[0];
  if (first?.type === 'yaml') document.frontmatter = readFrontmatter(first, source, locator);
  const undatedAtDepth = collectEntries(document, headings, blocks, options.vocabulary, locator);
  const layout = options.layout ?? 'auto';
  if (layout === 'list-item' || (layout === 'auto' && document.entries.length === 0)) {
    const groupDates = groupDatesByBlock(headings, blocks.length, source, locator);
    document.entries = extractListEntries(blocks, { source, vocabulary: options.vocabulary, locator, groupDateAt: (index) => groupDates[index] });
    if (document.entries.length > 0) document.entryDepth = undefined;
  }
  // Records without headings, then undated bullets under topic headings: the layouts of a file with
  // no entries of the other kinds.
  if (layout === 'record' || (layout === 'auto' && document.entries.length === 0)) {
    document.entries = extractRecordEntries(blocks, { source, vocabulary: options.vocabulary, locator });
    if (document.entries.length > 0) document.entryDepth = undefined;
  }
  if (layout === 'topic-item') {
    document.entries = extractTopicItems(blocks, { source, locator });
    document.entryDepth = undefined;
  } else if (layout === 'auto' && document.entries.length === 0) {
    const topics = extractTopicEntries(blocks, { source, locator });
    document.entries = topics.entries;
    document.entryDepth = topics.entryDepth;
  }
  document.foreignLabels = foreignLabelsOf(document.entries);
  const isHeadingLayout = document.entries.every((entry) => entry.layout === 'heading');
  document.strayHeadings = findStrayHeadings(document.entries, isHeadingLayout ? undatedAtDepth : [], source, locator);
  return document;
}

// The entries at headings; returns the undated headings at the entry depth that hold no fields.
function collectEntries(document: LessonsDocument, headings: HeadingInfo[], blocks: RootContent[], vocabulary: ReadonlyMap<string, string>, locator: Locator): Section[] {
  const depth = document.entryDepth;
  const boundaries = depth === undefined ? [] : boundariesAt(headings, depth, blocks.length);
  const stops = interruptions(document, headings, blocks);
  let groupDate: EntryDate | undefined;
  const undatedAtDepth: Section[] = [];
  for (const [position, heading] of headings.entries()) {
    const range = rangeOf(heading.node, locator);
    if (depth === undefined || heading.node.depth !== depth || heading.isGroup) {
      if (depth !== undefined && heading.node.depth < depth) groupDate = heading.isGroup ? dateOf(heading, document.source, locator, false) : undefined;
      if (heading.isGroup && depth !== undefined && heading.node.depth >= depth) document.sections.push(sectionOf(heading, range));
      else if (heading.date && !heading.isGroup && depth !== undefined && isOffDepth(heading, headings, depth)) document.offDepthHeadings.push(offDepthOf(heading, range));
      continue;
    }
    const end = boundaries[position] ?? blocks.length;
    const body = untilInterruption(blocks.slice(heading.index + 1, end), stops);
    const bodyEnd = body.length > 0 ? offsets(body[body.length - 1] as RootContent).end : offsets(heading.node).end;
    const fields = extractFields(body, bodyEnd, document.source, vocabulary, locator);
    if (!heading.date && fields.fields.length === 0) {
      document.sections.push(sectionOf(heading, range));
      undatedAtDepth.push(sectionOf(heading, range));
      continue;
    }
    document.entries.push(buildEntry(heading, groupDate, fields, document.source, locator, bodyEnd));
  }
  return undatedAtDepth;
}

// Blocks that end the entry before them although they are not entry headings: a dated heading at
// the wrong depth and a flattened heading each start an entry of their own in the writer's mind.
function interruptions(document: LessonsDocument, headings: HeadingInfo[], blocks: RootContent[]): Set<RootContent> {
  const depth = document.entryDepth;
  const stops = new Set<RootContent>();
  for (const heading of headings) if (heading.date && !heading.isGroup && depth !== undefined && heading.node.depth > depth) stops.add(heading.node);
  const pseudoStarts = new Set(document.pseudoHeadings.map((pseudo) => pseudo.range.start.offset));
  if (pseudoStarts.size > 0) for (const block of blocks) if (block.type === 'paragraph' && pseudoStarts.has(offsets(block).start)) stops.add(block);
  return stops;
}

function untilInterruption(body: RootContent[], stops: Set<RootContent>): RootContent[] {
  if (stops.size === 0) return body;
  const stop = body.findIndex((block) => stops.has(block));
  return stop === -1 ? body : body.slice(0, stop);
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

function isOffDepth(heading: HeadingInfo, headings: HeadingInfo[], depth: number): boolean {
  // The document's title (`# Lessons 2026-03`) is not an entry heading at the wrong depth.
  if (heading.node.depth === 1 && headings[0] === heading) return false;
  // Nor is a dated heading over headings at the entry depth (`## 2026-03-29 — Session 1` over `### Topic`): it groups them.
  if (heading.node.depth > depth) return true;
  return !headings.some((other) => other.index > heading.index && other.index < heading.sectionEnd && other.node.depth === depth);
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
  const isInside = found >= 0 && found < end;
  return toEntryDate(match, isInside ? locator.range(found, found + match.raw.length) : locator.range(start, end), isInherited);
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
