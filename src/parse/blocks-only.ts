import type { Node } from 'mdast';
import type { Positioned } from './positions.js';

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

/**
 * Reduce a parsed block to what extraction reads, with positions as offsets shifted by `shift`
 * (the offset of the section it was parsed in): paragraphs keep only their inline HTML
 * (suppression comments), headings their inline nodes without positions, code blocks no text.
 */
export function keepBlocks(node: Positioned | Node, shift: number): void {
  const block = node as Positioned;
  compactPosition(block, shift);
  if (block.type === 'paragraph') {
    const html = inlineHtml(block.children ?? [], []);
    for (const child of html) compactPosition(child, shift);
    block.children = html.length > 0 ? html : NO_CHILDREN;
  } else if (block.type === 'heading') {
    // Heading text is read with toString, which needs the inline nodes but not their positions;
    // HTML keeps its own, for suppression comments.
    for (const child of block.children ?? []) dropInlinePositions(child, shift);
  } else if (block.type === 'code') {
    // Nothing reads the text of a code block, and on a huge file it adds up.
    (block as Positioned & { value: string }).value = '';
  } else if (block.children) {
    for (const child of block.children) keepBlocks(child, shift);
  }
}

/** Drop the positions of an inline node and its descendants, but keep (as offsets shifted by `shift`) those of HTML. */
export function dropInlinePositions(node: Positioned | Node, shift: number): void {
  const inline = node as Positioned;
  if (inline.type === 'html') {
    compactPosition(inline, shift);
    return;
  }
  // Assigned, not deleted: a deleted property would turn the node into a slower, larger dictionary object.
  inline.position = undefined;
  if (inline.children) for (const child of inline.children) dropInlinePositions(child, shift);
}

function compactPosition(node: Positioned, shift: number): void {
  const { position } = node;
  if (position?.start.offset === undefined || position.end.offset === undefined) return;
  node.position = new OffsetPosition(position.start.offset + shift, position.end.offset + shift);
}

function inlineHtml(nodes: Positioned[], found: Positioned[]): Positioned[] {
  for (const node of nodes) {
    if (node.type === 'html') found.push(node);
    else if (node.children) inlineHtml(node.children, found);
  }
  return found;
}
