import type { Heading, RootContent } from 'mdast';
import { normalizeIdentifier } from 'micromark-util-normalize-identifier';
import { dropInlinePositions } from './blocks-only.js';
import { offsets } from './positions.js';
import { parserFor } from './processors.js';

// The characters that open or close the constructs an inline-reduced parse skips: a heading
// without any reads the same either way.
const SKIPPED_MARKUP = /[*_[\]<]/u;

// A heading with more of that markup than this keeps its text as written: pairing emphasis costs
// the parser time that grows with the square of the delimiters (10,000 `*_` pairs took minutes),
// and no real title holds a tenth of this many.
const MAX_HEADING_MARKUP = 500;

// Headings are parsed again in batches of about this many characters: one parse per heading would
// cost a parser set-up each, and one parse of every heading of a huge file would hold the parser's
// events for all of them at once.
const BATCH_SIZE = 32_000;

// A bracketed span that may be a reference label (labels hold no unescaped brackets).
const BRACKETED = /\[((?:\\[^]|[^\\[\]])*)\]/gu;

interface Target {
  node: Heading;
  /** The heading's source, container prefixes of its later lines blanked out. */
  text: string;
  start: number;
}

/**
 * Give the headings of an inline-reduced, blocks-only tree the inline nodes a full parse of the
 * whole document gives them, for headings are read by their text (`**Bug**` is `Bug`): top-level
 * ones, and those inside lists and block quotes, where list-item entries hold their fields. Only
 * headings that use the skipped markup are parsed again, in batches, each batch followed by the
 * link reference definitions it names, so that `## [Title][ref]` reads as it does in the whole
 * document, even when its definition sits in another section.
 */
export function restoreHeadingInlines(blocks: RootContent[], source: string): void {
  const targets = collectTargets(blocks, source, true, []);
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

function collectTargets(nodes: readonly RootContent[], source: string, isTopLevel: boolean, targets: Target[]): Target[] {
  for (const node of nodes) {
    if (node.type === 'heading') {
      const { start, end } = offsets(node);
      const text = source.slice(start, end);
      if (SKIPPED_MARKUP.test(text) && countMarkup(text) <= MAX_HEADING_MARKUP) targets.push({ node, text: isTopLevel ? text : withoutContainerPrefixes(text, source, start), start });
    } else if (node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote') {
      collectTargets(node.children, source, false, targets);
    }
  }
  return targets;
}

function countMarkup(text: string): number {
  let count = 0;
  for (const char of text) if (char === '*' || char === '_' || char === '[' || char === ']' || char === '<') count += 1;
  return count;
}

// A setext heading inside a list item or block quote spans lines that start with the container's
// indentation or `>`: blanked to spaces (offsets stay put), and the underline unindented, the
// heading parses on its own.
function withoutContainerPrefixes(text: string, source: string, start: number): string {
  if (!/[\r\n]/u.test(text)) return text;
  const width = start - (Math.max(source.lastIndexOf('\n', start - 1), source.lastIndexOf('\r', start - 1)) + 1);
  const lines = text.split(/(\r\n|\r|\n)/u);
  for (let index = 2; index < lines.length; index += 2) {
    const line = lines[index] as string;
    const prefix = line.slice(0, width);
    if (/^[ \t>]*$/u.test(prefix)) lines[index] = ' '.repeat(prefix.length) + line.slice(prefix.length);
  }
  lines[lines.length - 1] = (lines[lines.length - 1] as string).trimStart();
  return lines.join('');
}

function reparse(targets: Target[], definitionsOf: (text: string) => string): void {
  let text = '';
  const starts: number[] = [];
  for (const target of targets) {
    starts.push(text.length);
    text += `${target.text}\n\n`;
  }
  const parsed = new Map<number, Heading>();
  for (const node of parserFor({ hasFrontmatter: false, isInlineReduced: false }).parse(text + definitionsOf(text)).children) {
    if (node.type === 'heading') parsed.set(offsets(node).start, node);
  }
  for (const [index, target] of targets.entries()) {
    const start = starts[index] as number;
    // Each heading's text parses back to a heading where it was put; one that would not keeps what it has.
    const full = parsed.get(start);
    if (full?.depth !== target.node.depth) continue;
    for (const child of full.children) dropInlinePositions(child, target.start - start);
    target.node.children = full.children;
  }
}

// The definitions that the bracketed spans of `text` may refer to, as `[label]: x` lines: to read a
// reference only its label matters. Labels match as micromark matches them (`normalizeIdentifier`).
function definitionsNamed(text: string, definitions: Map<string, string>): string {
  let lines = '';
  const seen = new Set<string>();
  for (const match of text.matchAll(BRACKETED)) {
    const key = normalizeIdentifier(match[1] ?? '');
    const line = definitions.get(key);
    if (line === undefined || seen.has(key)) continue;
    seen.add(key);
    lines += line;
  }
  return lines;
}

// Every definition in the document, wherever it sits (definitions inside lists and block quotes
// count too), by its normalized label: definitions with the same one are the same to micromark.
function collectDefinitions(nodes: readonly RootContent[], found = new Map<string, string>()): Map<string, string> {
  for (const node of nodes) {
    if (node.type === 'definition') found.set(normalizeIdentifier(node.identifier), `[${node.identifier}]: x\n`);
    else if ('children' in node && node.type !== 'paragraph' && node.type !== 'heading') collectDefinitions(node.children as RootContent[], found);
  }
  return found;
}
