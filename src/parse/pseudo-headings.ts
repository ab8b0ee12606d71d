import type { RootContent } from 'mdast';
import { hasKnownLabel } from './fields.js';
import { offsets } from './positions.js';
import { findLabels } from './labels.js';
import type { Locator } from './location.js';
import type { PseudoHeading } from './model.js';

// `2026-05-02 - Title`, `**2026-05-02: Title**`, `##2026-05-02 Title` (no space: not a heading).
const DATED_LINE = /^(?:#{1,6}(?=[\d[]))?(?:\*\*|__)?\[?(\d{4}-\d{2}-\d{2})\]?(?:[ \t]*[—–\-:·|][ \t]*|[ \t]+)(\S.{0,150}?)(?:\*\*|__)?[ \t]*$/u;

/**
 * Find paragraph lines that read like an entry heading but are not Markdown headings (lost `## `
 * markup, as in text copied from a rendered page). A line counts only when labelled fields follow
 * it, so a dated one-line note is not mistaken for one.
 */
export function findPseudoHeadings(blocks: RootContent[], source: string, vocabulary: ReadonlyMap<string, string>, locator: Locator): PseudoHeading[] {
  const found: PseudoHeading[] = [];
  blocks.forEach((block, index) => {
    if (block.type !== 'paragraph') return;
    const { start, end } = offsets(block);
    const text = source.slice(start, end);
    const lineEnd = text.search(/[\r\n]/u);
    const firstLine = lineEnd === -1 ? text : text.slice(0, lineEnd);
    const match = DATED_LINE.exec(firstLine.trim());
    if (!match?.[1] || !match[2] || isRecordStamp(match[2], vocabulary)) return;
    const isFollowedByFields = lineEnd === -1 ? startsWithField(blocks[index + 1], source, vocabulary) : hasFieldAt(text.slice(lineEnd), start + lineEnd, vocabulary);
    if (!isFollowedByFields) return;
    found.push({ text: firstLine.trim(), date: match[1], title: match[2].trim(), range: locator.range(start, start + firstLine.length) });
  });
  return found;
}

function startsWithField(block: RootContent | undefined, source: string, vocabulary: ReadonlyMap<string, string>): boolean {
  if (!block || (block.type !== 'paragraph' && block.type !== 'list' && block.type !== 'heading')) return false;
  return hasKnownLabel([block], source, vocabulary);
}

function hasFieldAt(rest: string, restStart: number, vocabulary: ReadonlyMap<string, string>): boolean {
  return findLabels(rest, restStart, vocabulary).some((hit) => hit.name !== undefined && hit.isLineStart);
}

// After the date, bracketed tags only (`[2026-04-02] [ERR-7]`) or a field label (`[2026-06-24]
// Context: …`): a record's stamp line, not a heading that lost its `#`.
function isRecordStamp(rest: string, vocabulary: ReadonlyMap<string, string>): boolean {
  if (/^(?:\[[^\]\r\n]{1,40}\][ \t]*)+$/u.test(rest)) return true;
  return findLabels(rest, 0, vocabulary).some((hit) => hit.name !== undefined && hit.isLineStart);
}
