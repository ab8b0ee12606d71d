import type { Heading, List, Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { findLabels, normalizeLabel, type LabelHit } from './labels.js';
import { hasLineBreak, withLfBreaks } from './line-breaks.js';
import type { Locator } from './location.js';
import type { Block, Field, LabelStyle } from './model.js';
import { offsets } from './positions.js';
import { endBeforeRun } from './scan.js';

/** The fields, unknown labels and preamble found in one entry's body. */
export interface EntryBody {
  fields: Field[];
  unknownLabels: Field[];
  preamble: Block[];
}

interface Label {
  hit: Pick<LabelHit, 'label' | 'name' | 'start' | 'end'>;
  style: LabelStyle;
  /** The paragraph (or heading) the label sits in, to tell labels sharing a paragraph. */
  container: number;
  isLineStart: boolean;
}

/**
 * Split an entry's body blocks into labelled fields. A label is recognised by its name against the
 * vocabulary; unlabelled blocks after a field belong to that field; blocks before the first field
 * are the preamble.
 */
export function extractFields(blocks: RootContent[], bodyEnd: number, source: string, vocabulary: ReadonlyMap<string, string>, locator: Locator): EntryBody {
  const labels = blocks.flatMap((block, index) => labelsInBlock(block, index, source, vocabulary));
  const known = labels.filter((label) => label.hit.name !== undefined);
  const fields = known.map((label, index) => {
    const next = known[index + 1];
    const previous = known[index - 1];
    return buildField(label, next ? next.hit.start : bodyEnd, previous, source, locator);
  });
  // An unknown label shares a paragraph with the label line before it, known or not: a run of
  // `What happened:` / `Rule going forward:` lines is run-on whatever the vocabulary.
  const unknownLabels: Field[] = [];
  let lineStart: Label | undefined;
  for (const label of labels) {
    if (!label.isLineStart) continue;
    if (label.hit.name === undefined) unknownLabels.push(buildField(label, label.hit.end, lineStart, source, locator));
    lineStart = label;
  }
  const firstStart = known[0]?.hit.start;
  const preamble =
    firstStart === undefined
      ? []
      : blocks
          .filter((block) => offsets(block).end <= firstStart && isContent(block))
          .map((block) => ({ type: block.type, range: locator.range(offsets(block).start, offsets(block).end) }));
  return { fields, unknownLabels, preamble };
}

/** True when the blocks hold a vocabulary label, that is when `extractFields` would find a field; stops at the first. */
export function hasKnownLabel(blocks: readonly RootContent[], source: string, vocabulary: ReadonlyMap<string, string>): boolean {
  return blocks.some((block, index) => labelsInBlock(block, index, source, vocabulary).some((label) => label.hit.name !== undefined));
}

function labelsInBlock(block: RootContent, container: number, source: string, vocabulary: ReadonlyMap<string, string>): Label[] {
  if (block.type === 'paragraph') return labelsInParagraph(block, container * 1000, source, vocabulary, false);
  if (block.type === 'heading') return labelInHeading(block, container * 1000, vocabulary);
  if (block.type === 'list') return labelsInList(block, container * 1000, source, vocabulary);
  return [];
}

function labelsInParagraph(paragraph: Paragraph, container: number, source: string, vocabulary: ReadonlyMap<string, string>, isListItem: boolean): Label[] {
  const { start, end } = offsets(paragraph);
  return findLabels(source.slice(start, end), start, vocabulary, { isListItem })
    .filter((hit) => !isListItem || hit.lineIndex === 0 || hit.name !== undefined)
    .map((hit) => ({ hit, style: styleOf(hit.style, isListItem && hit.isLineStart && hit.lineIndex === 0), container, isLineStart: hit.isLineStart }));
}

function labelInHeading(heading: Heading, container: number, vocabulary: ReadonlyMap<string, string>): Label[] {
  const label = withLfBreaks(toString(heading)).replace(/[:：]\s*$/u, '').trim();
  const name = vocabulary.get(normalizeLabel(label));
  if (!name) return [];
  const { start, end } = offsets(heading);
  return [{ hit: { label, name, start, end }, style: 'heading', container, isLineStart: true }];
}

// `- **Bug**: …` items: only the first paragraph of each item can carry the item's label.
function labelsInList(list: List, container: number, source: string, vocabulary: ReadonlyMap<string, string>): Label[] {
  return list.children.flatMap((item, index) => {
    const first = item.children[0];
    if (first?.type !== 'paragraph') return [];
    return labelsInParagraph(first, container + index, source, vocabulary, true);
  });
}

function styleOf(style: LabelHit['style'], isListItem: boolean): LabelStyle {
  if (!isListItem) return style;
  return style === 'plain' ? 'list-plain' : style === 'bold' ? 'list-bold' : 'list-bold-colon-inside';
}

function buildField(label: Label, end: number, previous: Label | undefined, source: string, locator: Locator): Field {
  const raw = source.slice(label.hit.end, Math.max(label.hit.end, end));
  const cleaned = trimTrailingNoise(raw).trimEnd();
  const value = cleaned.trimStart();
  const valueStart = label.hit.end + (cleaned.length - value.length);
  const valueEnd = valueStart + value.length;
  return {
    label: label.hit.label,
    name: label.hit.name,
    value,
    labelStyle: label.style,
    range: locator.range(label.hit.start, Math.max(label.hit.end, valueEnd)),
    labelRange: locator.range(label.hit.start, label.hit.end),
    valueRange: locator.range(valueStart, valueEnd),
    sharesParagraphWithPrevious: previous !== undefined && previous.container === label.container,
  };
}

/**
 * The value without what ends it and is not part of it: `---`, `***` or `___` runs and HTML comments
 * at its end (with the white space around them), then a list marker alone on the last line (an empty
 * list item). Scanned backwards from the end, so that it is linear on any value: the regular
 * expressions this replaces backtracked on long runs of spaces or `*` (101 s on a 100 KB line).
 */
function trimTrailingNoise(raw: string): string {
  const withoutNoise = raw.slice(0, noiseStart(raw));
  return withoutNoise.slice(0, emptyListItemStart(withoutNoise));
}

// Where the trailing run of rules and comments starts (the text's length when there is none).
function noiseStart(text: string): number {
  let end = text.length;
  for (;;) {
    const last = skipSpaceBack(text, end);
    if (text.endsWith('-->', last)) {
      const open = text.lastIndexOf('<!--', last - 7);
      if (open < 0) break;
      end = open;
      continue;
    }
    const mark = text[last - 1];
    if (mark !== '-' && mark !== '*' && mark !== '_') break;
    let start = last - 1;
    while (start > 0 && text[start - 1] === mark) start -= 1;
    if (last - start < 3) break;
    end = start;
  }
  return end === text.length ? end : skipSpaceBack(text, end);
}

// Where a list marker alone on the text's last line starts, with the white space before it.
function emptyListItemStart(text: string): number {
  const last = skipSpaceBack(text, text.length);
  let marker = last - 1;
  const char = text[marker];
  if (char === '.' || char === ')') {
    while (marker > 0 && isAsciiDigit(text[marker - 1])) marker -= 1;
    if (marker === last - 1) return text.length;
  } else if (char !== '-' && char !== '*' && char !== '+') {
    return text.length;
  }
  const before = skipSpaceBack(text, marker);
  return before === 0 || hasLineBreak(text.slice(before, marker)) ? before : text.length;
}

function skipSpaceBack(text: string, end: number): number {
  return endBeforeRun(text, /\s/u, end);
}

function isAsciiDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}

function isContent(block: RootContent): boolean {
  return block.type !== 'thematicBreak' && !(block.type === 'html' && /^<!--/u.test(block.value.trim()));
}
