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
 * (the offset of the section it was parsed in, whose text is `text`): paragraphs keep only the
 * HTML comments in their text (suppression comments), headings their inline nodes without
 * positions, code blocks no text.
 */
export function keepBlocks(node: Positioned | Node, shift: number, text: string): void {
  const block = node as Positioned;
  if (block.type === 'paragraph') {
    const comments = commentsIn(block.children ?? [], text, shift);
    compactPosition(block, shift);
    block.children = comments.length > 0 ? comments : NO_CHILDREN;
    return;
  }
  compactPosition(block, shift);
  if (block.type === 'heading') {
    // Heading text is read with toString, which needs the inline nodes but not their positions;
    // HTML keeps its own, for suppression comments.
    for (const child of block.children ?? []) dropInlinePositions(child, shift);
  } else if (block.type === 'code') {
    // Nothing reads the text of a code block, and on a huge file it adds up.
    (block as Positioned & { value: string }).value = '';
  } else if (block.children) {
    for (const child of block.children) keepBlocks(child, shift, text);
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

/**
 * The HTML comments (`<!-- … -->`) in a paragraph's text nodes, as the `html` nodes a parse with
 * inline HTML gives. The inline-reduced parser leaves inline HTML out (SKIPPED_INLINE): micromark
 * reads each `<!--` that never closes to the end of the paragraph, so thousands of them cost
 * minutes. Here each text node is searched once, and a comment that does not close in it ends the
 * search: linear. Code spans are not text nodes, so a comment inside one is not read.
 */
function commentsIn(children: readonly Positioned[], text: string, shift: number): Positioned[] {
  const found: Positioned[] = [];
  for (const child of children) {
    const start = child.position?.start.offset;
    const end = child.position?.end.offset;
    if (child.type !== 'text' || start === undefined || end === undefined) continue;
    const slice = text.slice(start, end);
    let from = 0;
    for (;;) {
      const open = slice.indexOf('<!--', from);
      if (open < 0) break;
      if (isEscaped(slice, open)) {
        from = open + 1;
        continue;
      }
      // `<!-->` and `<!--->` are comments too (CommonMark 0.31).
      const close = slice.indexOf('-->', open + 2);
      if (close < 0) break;
      const comment = { type: 'html', value: slice.slice(open, close + 3) } as Positioned;
      comment.position = new OffsetPosition(start + open + shift, start + close + 3 + shift) as unknown as Positioned['position'];
      found.push(comment);
      from = close + 3;
    }
  }
  return found;
}

// An odd run of backslashes before `index` escapes the character there.
function isEscaped(text: string, index: number): boolean {
  let backslashes = 0;
  while (index - backslashes - 1 >= 0 && text[index - backslashes - 1] === '\\') backslashes += 1;
  return backslashes % 2 === 1;
}
