import { afterLineBreak, lineBreakAt } from './line-breaks.js';

/** A field label found in a run of source text. */
export interface LabelHit {
  /** The label as written, without markup and colon. */
  label: string;
  /** The canonical vocabulary name, when the label is in the vocabulary. */
  name?: string;
  style: 'bold' | 'bold-colon-inside' | 'plain';
  /** Source offsets of the label, colon included. */
  start: number;
  end: number;
  /** 0-based line within the scanned text. */
  lineIndex: number;
  isLineStart: boolean;
}

/** Lower-cased, whitespace-collapsed form used to look labels up in the vocabulary. */
export function normalizeLabel(label: string): string {
  return label.replace(/\s+/gu, ' ').trim().toLowerCase();
}

const BOLD_COLON_INSIDE = /^(\*\*|__)([^*_\r\n]{1,60}?)\s*[:：]\s*\1/u;
const BOLD_COLON_OUTSIDE = /^(\*\*|__)([^*_:：\r\n]{1,60}?)\1[ \t]*[:：]/u;
// A plain `Label:` at line start; only counted when the label is in the vocabulary.
const PLAIN = /^([^\s*_`#>|:：[\]!<-][^:：\r\n*`[\]]{0,48}?)[ \t]*[:：](?=\s|$)/u;
/** A bracketed date stamp before a line's label (`[2026-06-24] Context: …`), with any bracketed tags around it. */
export const DATE_STAMP = /^(?:\[[^\]\r\n]{1,40}\][ \t]*)*\[\d{4}-\d{2}-\d{2}\](?:[ \t]*\[[^\]\r\n]{1,40}\])*[ \t]*/u;
const BOLD_ANYWHERE = /(?<=\s)(?:(\*\*|__)([^*_\r\n]{1,60}?)\s*[:：]\s*\1|(\*\*|__)([^*_:：\r\n]{1,60}?)\3[ \t]*[:：])/gu;

const midLinePlainCache = new WeakMap<ReadonlyMap<string, string>, RegExp | null>();

/**
 * Find field labels in a paragraph's source text: every label at a line start, plus vocabulary
 * labels later in a line (`… done. **Rule:** …`, `… done. Rule: …`), which make a run-on line.
 */
export function findLabels(text: string, baseOffset: number, vocabulary: ReadonlyMap<string, string>, options: { isListItem?: boolean } = {}): LabelHit[] {
  const hits: LabelHit[] = [];
  let lineStart = 0;
  let lineIndex = 0;
  // A plain `fix: …` on a wrapped line is prose, unless the paragraph is a run of plain labels or,
  // outside list items, the line before it ended a sentence (`… error.` then `Fix: …`).
  let isPlainRun = true;
  let endsSentence = true;
  let isStampLine = false;
  // Walked line by line, not split: paragraphs of a huge file add up to the whole file.
  while (lineStart < text.length) {
    const newline = lineBreakAt(text, lineStart);
    const lineEnd = newline === -1 ? text.length : afterLineBreak(text, newline);
    const body = text.slice(lineStart, newline === -1 ? text.length : newline);
    const indent = stampedIndent(body);
    const first = matchLineStart(body.slice(indent), vocabulary, { allowPlain: isPlainRun || (endsSentence && !options.isListItem) });
    // A record's stamp line (`[BUG-001] [2026-03-28]`) opens the run; the line after it tells.
    if (lineIndex === 0 || isStampLine) isPlainRun = first?.style === 'plain';
    isStampLine = lineIndex === 0 && indent === body.length && indent > 0;
    if (first) hits.push(place(first, baseOffset + lineStart + indent, lineIndex, true));
    const from = first ? indent + first.length : indent;
    // In a list item, `Owner: … Due: …` after the item's label is the item's own detail, not more fields.
    for (const later of matchMidLine(body, from, vocabulary, first?.name !== undefined && !options.isListItem)) {
      hits.push(place(later, baseOffset + lineStart + later.index, lineIndex, false));
    }
    endsSentence = /[.!?。:：)\]]\s*$/u.test(body);
    lineStart = lineEnd;
    lineIndex += 1;
  }
  return hits;
}

// Where a line's label may start: after its indent and a date stamp, if any.
function stampedIndent(line: string): number {
  const indent = line.length - line.trimStart().length;
  if (line[indent] !== '[') return indent;
  return indent + (DATE_STAMP.exec(line.slice(indent))?.[0].length ?? 0);
}

interface RawHit {
  label: string;
  name?: string;
  style: LabelHit['style'];
  index: number;
  length: number;
}

function place(hit: RawHit, start: number, lineIndex: number, isLineStart: boolean): LabelHit {
  return { label: hit.label, name: hit.name, style: hit.style, start, end: start + hit.length, lineIndex, isLineStart };
}

function matchLineStart(text: string, vocabulary: ReadonlyMap<string, string>, options: { allowPlain: boolean }): RawHit | undefined {
  const inside = BOLD_COLON_INSIDE.exec(text);
  if (inside?.[2]) return bold(inside[2], 'bold-colon-inside', 0, inside[0].length, vocabulary);
  const outside = BOLD_COLON_OUTSIDE.exec(text);
  if (outside?.[2]) return bold(outside[2], 'bold', 0, outside[0].length, vocabulary);
  if (!options.allowPlain) return undefined;
  const plain = PLAIN.exec(text);
  const name = plain?.[1] ? vocabulary.get(normalizeLabel(plain[1])) : undefined;
  if (plain?.[1] && name) return { label: plain[1].trim(), name, style: 'plain', index: 0, length: plain[0].length };
  return undefined;
}

function bold(label: string, style: RawHit['style'], index: number, length: number, vocabulary: ReadonlyMap<string, string>): RawHit | undefined {
  const trimmed = label.trim();
  if (trimmed === '') return undefined;
  return { label: trimmed, name: vocabulary.get(normalizeLabel(trimmed)), style, index, length };
}

// Bold vocabulary labels count anywhere in a line; plain ones only on a line that opens with a
// label (`Mistake: … Correction: …`), where they are plainly a run-on of fields, not prose.
function matchMidLine(line: string, from: number, vocabulary: ReadonlyMap<string, string>, isLabelLine: boolean): RawHit[] {
  const hits: RawHit[] = [];
  const rest = line.slice(from);
  // Every mid-line label has a colon, and a bold one `**` or `__`: most lines have neither, and the
  // patterns below, with their lookbehinds, cost far more than these scans.
  if (!rest.includes(':') && !rest.includes('：')) return hits;
  const mayBeBold = rest.includes('**') || rest.includes('__');
  for (const match of mayBeBold ? rest.matchAll(BOLD_ANYWHERE) : []) {
    const label = (match[2] ?? match[4] ?? '').trim();
    const name = vocabulary.get(normalizeLabel(label));
    if (name) hits.push({ label, name, style: match[2] ? 'bold-colon-inside' : 'bold', index: from + (match.index ?? 0), length: match[0].length });
  }
  const plain = isLabelLine ? midLinePlainPattern(vocabulary) : null;
  if (plain) {
    for (const match of rest.matchAll(plain)) {
      const label = match[2] ?? '';
      const name = vocabulary.get(normalizeLabel(label));
      const lead = (match[1] ?? '').length;
      if (name) hits.push({ label, name, style: 'plain', index: from + (match.index ?? 0) + lead, length: match[0].length - lead });
    }
  }
  return hits.sort((a, b) => a.index - b.index);
}

// `… sentence. Rule: …` — a vocabulary name after a sentence end reads as a run-on label.
function midLinePlainPattern(vocabulary: ReadonlyMap<string, string>): RegExp | null {
  let pattern = midLinePlainCache.get(vocabulary);
  if (pattern === undefined) {
    const names = [...vocabulary.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
    // The sentence end and the space after it are matched, not looked behind at: a lookbehind
    // over `\s+` rescans a long run of spaces from every position in it.
    pattern = names.length === 0 ? null : new RegExp(String.raw`([.!?。)"'”\u0060]\s+)(${names.join('|')})[ \t]*[:：](?=\s)`, 'giu');
    midLinePlainCache.set(vocabulary, pattern);
  }
  return pattern;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
