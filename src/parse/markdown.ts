import type { Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { splitSections } from './split-sections.js';

let processor: ReturnType<typeof createProcessor> | undefined;

function createProcessor() {
  return unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
}

/** Parse Markdown into mdast as one document (CommonMark + YAML front matter); never throws on text. */
export function parseWholeMarkdown(source: string): Root {
  processor ??= createProcessor();
  return processor.parse(source);
}

/**
 * Parse Markdown into mdast section by section (cut at top-level headings) and shift each
 * section's positions back: the same tree as a whole-document parse, in time and memory linear in
 * the file's size (the parser's cost grows faster than linearly on one huge document).
 */
export function parseMarkdown(source: string): Root {
  const sections = splitSections(source);
  if (sections.length === 1) return parseWholeMarkdown(source);
  const children: RootContent[] = [];
  for (const section of sections) {
    const tree = parseWholeMarkdown(section.text);
    for (const child of tree.children) {
      shiftPositions(child, section.line, section.offset);
      children.push(child);
    }
  }
  const whole = parseWholeMarkdown('');
  whole.children = children;
  whole.position = { start: { line: 1, column: 1, offset: 0 }, end: endPoint(source) };
  return whole;
}

interface Positioned {
  position?: { start: { line: number; offset?: number }; end: { line: number; offset?: number } };
  children?: Positioned[];
}

function shiftPositions(node: Positioned, lines: number, offset: number): void {
  if (node.position) {
    node.position.start.line += lines;
    node.position.end.line += lines;
    if (node.position.start.offset !== undefined) node.position.start.offset += offset;
    if (node.position.end.offset !== undefined) node.position.end.offset += offset;
  }
  if (node.children) for (const child of node.children) shiftPositions(child, lines, offset);
}

function endPoint(source: string): { line: number; column: number; offset: number } {
  const lines = source.split(/\r\n|\r|\n/u);
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1, offset: source.length };
}
