import type { Heading, RootContent } from 'mdast';
import { dropInlinePositions } from './blocks-only.js';
import { offsets } from './fields.js';
import { parserFor } from './processors.js';

// The characters that open or close the constructs an inline-reduced parse skips: a heading
// without any reads the same either way.
const SKIPPED_MARKUP = /[*_[\]]/u;

const fullParser = () => parserFor({ hasFrontmatter: false, isInlineReduced: false });

/**
 * Give the top-level headings of an inline-reduced, blocks-only tree the inline nodes a full parse
 * of the whole document gives them, for headings are read by their text (`**Bug**` is `Bug`). Only
 * headings that use the skipped markup are parsed again, all in one document, followed by the
 * document's link reference definitions, so that `## [Title][ref]` reads as a whole-document parse
 * reads it, even when its definition sits in another section.
 */
export function restoreHeadingInlines(blocks: RootContent[], source: string): void {
  const headings: { node: Heading; text: string; start: number }[] = [];
  for (const block of blocks) {
    if (block.type !== 'heading') continue;
    const { start, end } = offsets(block);
    const text = source.slice(start, end);
    if (SKIPPED_MARKUP.test(text)) headings.push({ node: block, text, start });
  }
  if (headings.length === 0) return;
  const definitions = headings.some((heading) => heading.text.includes('[')) ? definitionLines(blocks) : '';
  let batch = '';
  const batchStarts: number[] = [];
  for (const heading of headings) {
    batchStarts.push(batch.length);
    batch += `${heading.text}\n\n`;
  }
  const parsed = headingsOf(batch + definitions);
  for (const [index, heading] of headings.entries()) {
    // One heading's text always parses to one heading, so the batch lines up; should it not, the
    // heading is parsed alone.
    const lined = parsed.length === headings.length ? parsed[index] : undefined;
    const full = lined ?? headingsOf(heading.text + '\n\n' + definitions)[0];
    if (!full) continue;
    const shift = heading.start - (lined ? (batchStarts[index] as number) : 0);
    for (const child of full.children) dropInlinePositions(child, shift);
    heading.node.children = full.children;
  }
}

function headingsOf(text: string): Heading[] {
  return fullParser()
    .parse(text)
    .children.filter((node): node is Heading => node.type === 'heading');
}

// Every definition in the document, wherever it sits (definitions inside lists and block quotes
// count too), as `[label]: x` lines: to read a reference only its label matters.
function definitionLines(nodes: readonly RootContent[]): string {
  let lines = '';
  for (const node of nodes) {
    if (node.type === 'definition') lines += `[${node.identifier}]: x\n`;
    else if ('children' in node && node.type !== 'paragraph' && node.type !== 'heading') lines += definitionLines(node.children as RootContent[]);
  }
  return lines;
}
