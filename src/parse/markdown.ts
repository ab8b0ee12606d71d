import type { Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { splitSections } from './split-sections.js';

let processor: ReturnType<typeof createProcessor> | undefined;
let bodyProcessor: ReturnType<typeof createBodyProcessor> | undefined;

function createProcessor() {
  return unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
}

function createBodyProcessor() {
  return unified().use(remarkParse);
}

/** Options of `parseMarkdown`. */
export interface ParseMarkdownOptions {
  /**
   * Keep what extraction reads and nothing else: paragraphs lose their inline nodes but inline
   * HTML (suppression comments), code blocks their text, and positions carry offsets only (no line
   * or column). Extraction reads paragraphs from the source by their offsets, and on a huge file
   * the rest is most of the tree's memory.
   */
  isBlocksOnly?: boolean;
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
export function parseMarkdown(source: string, options: ParseMarkdownOptions = {}): Root {
  const sections = splitSections(source);
  if (sections.length === 1) {
    const tree = parseWholeMarkdown(source);
    if (options.isBlocksOnly) for (const child of tree.children) keepBlocks(child, 0);
    return tree;
  }
  const children: RootContent[] = [];
  for (const [index, section] of sections.entries()) {
    // Front matter can only open the document: every later section starts with a heading, so
    // the plain parser gives the same tree for less work per section.
    const tree = index === 0 ? parseWholeMarkdown(section.text) : (bodyProcessor ??= createBodyProcessor()).parse(section.text);
    for (const child of tree.children) {
      if (options.isBlocksOnly) keepBlocks(child, section.offset);
      else shiftPositions(child, section.line, section.offset);
      children.push(child);
    }
  }
  const whole = parseWholeMarkdown('');
  whole.children = children;
  whole.position = { start: { line: 1, column: 1, offset: 0 }, end: endPoint(source) };
  return whole;
}

interface Positioned {
  type: string;
  position?: { start: { line?: number; offset?: number }; end: { line?: number; offset?: number } };
  children?: Positioned[];
}

// Paragraphs without inline HTML, the vast majority, share one empty list of children.
const NO_CHILDREN: Positioned[] = [];

/**
 * A position reduced to its offsets, the only part extraction reads (`offsets` in fields.ts): one
 * object per node instead of three. On a huge file the garbage collector walks the retained trees
 * again and again while the parser allocates, so fewer objects is less time as well as less memory.
 */
class OffsetPosition {
  constructor(
    private readonly from: number,
    private readonly to: number,
  ) {}

  get start(): { offset: number } {
    return { offset: this.from };
  }

  get end(): { offset: number } {
    return { offset: this.to };
  }
}

// Keeps what extraction reads, with positions as offsets shifted by `shift` (the section's offset).
function keepBlocks(node: Positioned, shift: number): void {
  compactPosition(node, shift);
  if (node.type === 'paragraph') {
    const html = inlineHtml(node.children ?? [], []);
    for (const child of html) compactPosition(child, shift);
    node.children = html.length > 0 ? html : NO_CHILDREN;
  } else if (node.type === 'heading') {
    // Heading text is read with toString, which needs the inline nodes but not their positions;
    // HTML keeps its own, for suppression comments.
    for (const child of node.children ?? []) dropInlinePositions(child, shift);
  } else if (node.type === 'code') {
    // Nothing reads the text of a code block, and on a huge file it adds up.
    (node as Positioned & { value: string }).value = '';
  } else if (node.children) {
    for (const child of node.children) keepBlocks(child, shift);
  }
}

function compactPosition(node: Positioned, shift: number): void {
  const { position } = node;
  if (position?.start.offset === undefined || position.end.offset === undefined) return;
  node.position = new OffsetPosition(position.start.offset + shift, position.end.offset + shift);
}

function dropInlinePositions(node: Positioned, shift: number): void {
  if (node.type === 'html') {
    compactPosition(node, shift);
    return;
  }
  // Assigned, not deleted: a deleted property would turn the node into a slower, larger dictionary object.
  node.position = undefined;
  if (node.children) for (const child of node.children) dropInlinePositions(child, shift);
}

function inlineHtml(nodes: Positioned[], found: Positioned[]): Positioned[] {
  for (const node of nodes) {
    if (node.type === 'html') found.push(node);
    else if (node.children) inlineHtml(node.children, found);
  }
  return found;
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
