import type { Heading, List, Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { findLabels, normalizeLabel, type LabelHit } from './labels.js';
import type { Locator } from './location.js';
import type { Block, Field, LabelStyle } from './model.js';
import { offsets } from './positions.js';

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

/** Blocks that end a field's value without being part of it (`---` between entries, comments). */
const TRAILING_NOISE = /(?:\s*(?:(?:-{3,}|\*{3,}|_{3,})|<!--[\s\S]*?-->))+\s*$/u;

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
  const label = toString(heading).replace(/[:：]\s*$/u, '').trim();
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

// Both patterns can only match when the text ends, before white space, in one of their closing
// characters; checking that first spares scanning every field value with them (unanchored on the
// left, they are tried at each position).
function trimTrailingNoise(raw: string): string {
  const withoutNoise = /[-*_>]$/u.test(raw.trimEnd()) ? raw.replace(TRAILING_NOISE, '') : raw;
  return /[-*+.)]$/u.test(withoutNoise.trimEnd()) ? withoutNoise.replace(/\s*(?:^|\n)\s*(?:[-*+]|\d+[.)])\s*$/u, '') : withoutNoise;
}

function isContent(block: RootContent): boolean {
  return block.type !== 'thematicBreak' && !(block.type === 'html' && /^<!--/u.test(block.value.trim()));
}
