import type { Heading, RootContent } from 'mdast';
import { dropInlinePositions } from './blocks-only.js';
import { offsets } from './fields.js';
import { parserFor } from './processors.js';

// The characters that open or close the constructs an inline-reduced parse skips: a heading
// without any reads the same either way.
const SKIPPED_MARKUP = /[*_[\]]/u;

// Headings are parsed again in batches of about this many characters: one parse per heading would
// cost a parser set-up each, and one parse of every heading of a huge file would hold the parser's
// events for all of them at once.
const BATCH_SIZE = 32_000;

// A bracketed span that may be a reference label (labels hold no unescaped brackets).
const BRACKETED = /\[((?:\\.|[^\\[\]])*)\]/gu;

interface Target {
  node: Heading;
  text: string;
  start: number;
}

/**
 * Give the top-level headings of an inline-reduced, blocks-only tree the inline nodes a full parse
 * of the whole document gives them, for headings are read by their text (`**Bug**` is `Bug`). Only
 * headings that use the skipped markup are parsed again, in batches, each followed by the link
 * reference definitions it names, so that `## [Title][ref]` reads as a whole-document parse reads
 * it, even when its definition sits in another section.
 */
export function restoreHeadingInlines(blocks: RootContent[], source: string): void {
  const targets: Target[] = [];
  for (const block of blocks) {
    if (block.type !== 'heading') continue;
    const { start, end } = offsets(block);
    const text = source.slice(start, end);
    if (SKIPPED_MARKUP.test(text)) targets.push({ node: block, text, start });
  }
  if (targets.length === 0) return;
  let definitions: Map<string, string> | undefined;
  const definitionsOf = (text: string) => (text.includes('[') ? definitionsNamed(text, (definitions ??= collectDefinitions(blocks))) : '');
  let batch: Target[] = [];
  let size = 0;
  for (const target of targets) {
    batch.push(target);
    size += target.text.length;
    if (size < BATCH_SIZE) continue;
    reparse(batch, definitionsOf);
    batch = [];
    size = 0;
  }
  if (batch.length > 0) reparse(batch, definitionsOf);
}

function reparse(targets: Target[], definitionsOf: (text: string) => string): void {
  let text = '';
  const starts: number[] = [];
  for (const target of targets) {
    starts.push(text.length);
    text += `${target.text}\n\n`;
  }
  const parsed = headingsOf(text + definitionsOf(text));
  for (const [index, target] of targets.entries()) {
    // One heading's text always parses to one heading, so the batch lines up; should it not, the
    // heading is parsed alone.
    const lined = parsed.length === targets.length ? parsed[index] : undefined;
    const full = lined ?? headingsOf(`${target.text}\n\n${definitionsOf(target.text)}`)[0];
    if (!full) continue;
    const shift = target.start - (lined ? (starts[index] as number) : 0);
    for (const child of full.children) dropInlinePositions(child, shift);
    target.node.children = full.children;
  }
}

function headingsOf(text: string): Heading[] {
  return parserFor({ hasFrontmatter: false, isInlineReduced: false })
    .parse(text)
    .children.filter((node): node is Heading => node.type === 'heading');
}

// Matching is loose (case and white space folded the simple way): a definition too many changes nothing.
const labelKey = (label: string) => label.replace(/\s+/gu, ' ').trim().toLowerCase();

// The definitions that the bracketed spans of `text` may refer to, as `[label]: x` lines: to read a
// reference only its label matters.
function definitionsNamed(text: string, definitions: Map<string, string>): string {
  let lines = '';
  const seen = new Set<string>();
  for (const match of text.matchAll(BRACKETED)) {
    const key = labelKey(match[1] ?? '');
    const line = definitions.get(key);
    if (line === undefined || seen.has(key)) continue;
    seen.add(key);
    lines += line;
  }
  return lines;
}

// Every definition in the document, wherever it sits (definitions inside lists and block quotes count too).
function collectDefinitions(nodes: readonly RootContent[], found = new Map<string, string>()): Map<string, string> {
  for (const node of nodes) {
    if (node.type === 'definition') found.set(labelKey(node.identifier), `[${node.identifier}]: x\n`);
    else if ('children' in node && node.type !== 'paragraph' && node.type !== 'heading') collectDefinitions(node.children as RootContent[], found);
  }
  return found;
}
