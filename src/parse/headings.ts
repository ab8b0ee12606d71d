import type { Heading, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { matchHeadingDate, type HeadingDateMatch } from './dates.js';
import { hasKnownLabel } from './fields.js';
import { normalizeLabel } from './labels.js';
import { withLfBreaks } from './line-breaks.js';
import type { Locator } from './location.js';

/** A top-level heading with what extraction needs to know about it. */
export interface HeadingInfo {
  node: Heading;
  /** Index of the heading among the root's children. */
  index: number;
  text: string;
  date?: HeadingDateMatch;
  /** Index of the first block after this heading's section (next heading of the same or higher rank). */
  sectionEnd: number;
  isGroup: boolean;
}

/** Describe every top-level heading: its date, its section, whether it groups entries below it. */
export function describeHeadings(blocks: RootContent[], source: string, vocabulary: ReadonlyMap<string, string>, locator: Locator): HeadingInfo[] {
  const found = blocks.flatMap((node, index) => (node.type === 'heading' ? [{ node, index }] : []));
  const sectionEnds = sectionEndsOf(found, blocks.length);
  return found.map(({ node, index }, position) => {
    // A setext heading's lines keep their breaks as written: read as in the LF file.
    const text = withLfBreaks(toString(node)).trim();
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
 * list items) unless fields or, with nothing below it, prose follow it directly. With a title, it groups only when its sub-headings
 * are entries themselves: dated, or followed by fields.
 */
function isDateGroup(found: { node: Heading; index: number }[], position: number, sectionEnd: number, scope: Scope, isDateOnly: boolean): boolean {
  const heading = found[position] as { node: Heading; index: number };
  const next = found[position + 1];
  const hasLabelHeading = next !== undefined && next.node.depth > heading.node.depth && isLabelHeading(next.node, scope.vocabulary);
  const directEnd = hasLabelHeading ? next.index + 1 : (next?.index ?? scope.blocks.length);
  if (hasFields(scope.blocks.slice(heading.index + 1, directEnd), scope.source, scope.vocabulary)) return false;
  // A date-only heading over prose and nothing below it (`### [2026-04-02]` then a paragraph) is an
  // entry without a title; its bullets are that entry's, not entries dated by it.
  if (isDateOnly) return !(scope.blocks[heading.index + 1]?.type === 'paragraph' && (next === undefined || next.index >= sectionEnd));
  let last = position + 1;
  while (last < found.length && (found[last] as { index: number }).index < sectionEnd) last += 1;
  const subheadings = found.slice(position + 1, last);
  return subheadings.some((sub, offset) => {
    if (isLabelHeading(sub.node, scope.vocabulary)) return false;
    if (matchHeadingDate(toString(sub.node)) !== undefined) return true;
    const subEnd = subheadings[offset + 1]?.index ?? sectionEnd;
    return hasFields(scope.blocks.slice(sub.index + 1, subEnd), scope.source, scope.vocabulary);
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
/** The heading depth of the file's entries. */
export function inferEntryDepth(headings: HeadingInfo[], blocks: RootContent[], source: string, vocabulary: ReadonlyMap<string, string>): number | undefined {
  const dated = headings.filter((heading) => heading.date && !heading.isGroup);
  // Looking for fields under every heading is the costly part: only when no heading is dated.
  return (
    mostCommonDepth(dated) ??
    mostCommonDepth(
      headings.filter(
        (heading) => heading.node.depth > 1 && !heading.isGroup && hasFields(blocks.slice(heading.index + 1, heading.sectionEnd), source, vocabulary),
      ),
    )
  );
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

/** True when the blocks hold at least one vocabulary field. */
export function hasFields(blocks: RootContent[], source: string, vocabulary: ReadonlyMap<string, string>): boolean {
  // Asked of every heading's section, once or twice: finding one label is enough, building the fields is not needed.
  return hasKnownLabel(blocks, source, vocabulary);
}

/** True when a heading is a field label (`### Bug`). */
export function isLabelHeading(heading: Heading, vocabulary: ReadonlyMap<string, string>): boolean {
  return vocabulary.has(normalizeLabel(toString(heading).replace(/[:：]\s*$/u, '')));
}

