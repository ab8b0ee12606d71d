import type { Root, RootContent } from 'mdast';
import { keepBlocks } from './blocks-only.js';
import { restoreHeadingInlines } from './heading-inline.js';
import type { Positioned } from './positions.js';
import { parserFor } from './processors.js';
import { splitSections } from './split-sections.js';

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

/** Parse Markdown into mdast as one document (CommonMark + YAML front matter); never throws on text. */
export function parseWholeMarkdown(source: string): Root {
  return parserFor({ hasFrontmatter: true, isInlineReduced: false }).parse(source);
}

/**
 * Parse Markdown into mdast section by section (cut at top-level headings) and shift each
 * section's positions back: the same tree as a whole-document parse (or, with `isBlocksOnly`, the
 * part of it that extraction reads), in time and memory linear in the file's size (the parser's
 * cost grows faster than linearly on one huge document).
 */
export function parseMarkdown(source: string, options: ParseMarkdownOptions = {}): Root {
  const isBlocksOnly = options.isBlocksOnly === true;
  const sections = splitSections(source);
  if (sections.length === 1 && !isBlocksOnly) return parseWholeMarkdown(source);
  const children: RootContent[] = [];
  for (const [index, section] of sections.entries()) {
    // Front matter can only open the document: every later section starts with a heading, so
    // the plain parser gives the same tree for less work per section.
    const tree = parserFor({ hasFrontmatter: index === 0, isInlineReduced: isBlocksOnly }).parse(section.text);
    for (const child of tree.children) {
      if (isBlocksOnly) keepBlocks(child, section.offset);
      else shiftPositions(child, section.line, section.offset);
      children.push(child);
    }
  }
  if (isBlocksOnly) restoreHeadingInlines(children, source);
  return {
    type: 'root',
    children,
    position: { start: { line: 1, column: 1, offset: 0 }, end: endPoint(source) },
  };
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
