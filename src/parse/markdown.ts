import type { Root, RootContent } from 'mdast';
import { keepBlocks } from './blocks-only.js';
import { restoreHeadingInlines } from './heading-inline.js';
import { afterLineBreak, countLineBreaks } from './line-breaks.js';
import { findDeepNesting, type NestingCut } from './nesting.js';
import type { Positioned } from './positions.js';
import { parserFor } from './processors.js';
import { splitSections, type SourceSection } from './split-sections.js';

/** Options of `parseMarkdown`. */
export interface ParseMarkdownOptions {
  /**
   * Keep what extraction reads and nothing else. Paragraphs lose their inline nodes but inline HTML
   * (suppression comments), code blocks their text, and positions carry offsets only (no line or
   * column): extraction reads paragraphs from the source by their offsets, and on a huge file the
   * rest is most of the tree's memory. Emphasis, links and images are not even parsed, except in
   * headings, whose text is read.
   */
  isBlocksOnly?: boolean;
}

declare module 'mdast' {
  interface RootData {
    /** Lines nested too deep to be read, left out of the parse (`findDeepNesting`). */
    nestingCuts?: NestingCut[];
  }
}

/**
 * Parse Markdown into mdast as one document (CommonMark + YAML front matter); never throws on text.
 * Lines nested past `MAX_NESTING` are left out, and listed in the root's `data.nestingCuts`.
 */
export function parseWholeMarkdown(source: string): Root {
  const cuts = findDeepNesting(source);
  if (cuts.length === 0) return parserFor({ hasFrontmatter: true, isInlineReduced: false }).parse(source);
  return parseSections(source, withoutCuts([{ text: source, offset: 0, line: 0 }], source, cuts), false, cuts);
}

/**
 * Parse Markdown into mdast section by section (cut at top-level headings) and shift each
 * section's positions back: the same tree as a whole-document parse (or, with `isBlocksOnly`, the
 * part of it that extraction reads), in time and memory linear in the file's size (the parser's
 * cost grows faster than linearly on one huge document). Lines nested past `MAX_NESTING` are left
 * out, as by `parseWholeMarkdown`.
 */
export function parseMarkdown(source: string, options: ParseMarkdownOptions = {}): Root {
  const isBlocksOnly = options.isBlocksOnly === true;
  const cuts = findDeepNesting(source);
  const sections = splitSections(source);
  if (sections.length === 1 && cuts.length === 0 && !isBlocksOnly) return parseWholeMarkdown(source);
  return parseSections(source, withoutCuts(sections, source, cuts), isBlocksOnly, cuts);
}

function parseSections(source: string, sections: readonly SourceSection[], isBlocksOnly: boolean, cuts: NestingCut[]): Root {
  const children: RootContent[] = [];
  for (const section of sections) {
    // Front matter can only open the document: every later section starts with a heading, so
    // the plain parser gives the same tree for less work per section.
    const tree = parserFor({ hasFrontmatter: section.offset === 0, isInlineReduced: isBlocksOnly }).parse(section.text);
    for (const child of tree.children) {
      if (isBlocksOnly) keepBlocks(child, section.offset, section.text);
      else shiftPositions(child, section.line, section.offset);
      children.push(child);
    }
  }
  if (isBlocksOnly) restoreHeadingInlines(children, source);
  const root: Root = {
    type: 'root',
    children,
    position: { start: { line: 1, column: 1, offset: 0 }, end: endPoint(source) },
  };
  if (cuts.length > 0) root.data = { nestingCuts: cuts };
  return root;
}

// The sections with the deep runs taken out: the text around a run parses as two sections, so the
// parser never sees the run (a blank line in its place would still be read through every open
// container, at a cost that grows with the nesting).
function withoutCuts(sections: readonly SourceSection[], source: string, cuts: readonly NestingCut[]): SourceSection[] {
  if (cuts.length === 0) return [...sections];
  const pieces: SourceSection[] = [];
  let cutIndex = 0;
  for (const section of sections) {
    const sectionEnd = section.offset + section.text.length;
    let from = section.offset;
    let line = section.line;
    while (cutIndex < cuts.length && (cuts[cutIndex] as NestingCut).start < sectionEnd) {
      const cut = cuts[cutIndex] as NestingCut;
      if (cut.start > from) pieces.push({ text: source.slice(from, cut.start), offset: from, line });
      const resume = cut.end >= source.length ? source.length : afterLineBreak(source, cut.end);
      line += countLineBreaks(source, from, resume);
      from = resume;
      cutIndex += 1;
    }
    if (from < sectionEnd) pieces.push({ text: source.slice(from, sectionEnd), offset: from, line });
  }
  return pieces;
}

function shiftPositions(node: Positioned, lines: number, offset: number): void {
  if (node.position) {
    const { start, end } = node.position;
    if (start.line !== undefined) start.line += lines;
    if (end.line !== undefined) end.line += lines;
    if (start.offset !== undefined) start.offset += offset;
    if (end.offset !== undefined) end.offset += offset;
  }
  if (node.children) for (const child of node.children) shiftPositions(child, lines, offset);
}

function endPoint(source: string): { line: number; column: number; offset: number } {
  // Counted in place: splitting a huge file into lines would allocate a string per line.
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < source.length; index += 1) {
    const code = source.charCodeAt(index);
    if (code !== 10 && code !== 13) continue;
    if (code === 13 && source.charCodeAt(index + 1) === 10) index += 1;
    line += 1;
    lineStart = index + 1;
  }
  return { line, column: source.length - lineStart + 1, offset: source.length };
}
