import type { Paragraph, RootContent } from 'mdast';
import { matchHeadingDate, toEntryDate } from './dates.js';
import { extractFields, hasKnownLabel } from './fields.js';
import { DATE_STAMP } from './labels.js';
import type { Locator } from './location.js';
import type { Entry, EntryDate } from './model.js';
import { offsets } from './positions.js';

/** What record extraction needs to know about the file. */
export interface RecordScope {
  source: string;
  vocabulary: ReadonlyMap<string, string>;
  locator: Locator;
}

// A file keeps its entries as records when it has two at least; one is a note.
const MIN_RECORDS = 2;
const ISO_DAY = /\d{4}-\d{2}-\d{2}/u;

/**
 * Entries kept without headings, in the two shapes such files use: a paragraph opened by a date
 * stamp with its fields on the lines below (`[BUG-001] [2026-03-28]` then `Root cause: …`, or
 * `[2026-06-24] Context: …` then `Rule: …`), or blocks of fields between `---` rules
 * (`**Date:** 2026-03-20` / `**Context:** …`). A record's first line stands for its heading.
 */
export function extractRecordEntries(blocks: RootContent[], scope: RecordScope): Entry[] {
  const stamped = recordsOf(stampedGroups(blocks, scope), scope);
  if (stamped.length >= MIN_RECORDS) return stamped;
  const separated = recordsOf(separatedGroups(blocks), scope).filter((entry) => entry.fields.length >= 2);
  return separated.length >= MIN_RECORDS ? separated : [];
}

// From each paragraph that opens with a date stamp and holds fields, to the next such paragraph,
// heading or `---`.
function stampedGroups(blocks: RootContent[], scope: RecordScope): RootContent[][] {
  const groups: RootContent[][] = [];
  let current: RootContent[] | undefined;
  blocks.forEach((block, index) => {
    if (block.type === 'heading' || block.type === 'thematicBreak' || block.type === 'yaml') current = undefined;
    else if (block.type === 'paragraph' && isStampedRecord(block, blocks[index + 1], scope)) groups.push((current = [block]));
    else current?.push(block);
  });
  return groups;
}

// A stamp alone (`[BUG-001] [2026-03-28]`) or before a label (`[2026-06-24] Context: …`), with
// fields below it in the paragraph or in the next block. A stamp before a title
// (`[2026-06-24] Title`) over fields is a heading that lost its `#` (see pseudo-headings.ts).
function isStampedRecord(paragraph: Paragraph, next: RootContent | undefined, scope: RecordScope): boolean {
  const { start, end } = offsets(paragraph);
  const line = stripBold(firstLine(scope.source.slice(start, end)));
  const stamp = DATE_STAMP.exec(line)?.[0];
  if (stamp === undefined) return false;
  const fields = extractFields([paragraph], end, scope.source, scope.vocabulary, scope.locator).fields;
  const isLabelLine = fields[0] !== undefined && fields[0].labelRange.start.offset < start + firstLine(scope.source.slice(start, end)).length;
  if (line.slice(stamp.length).trim() !== '' && !isLabelLine) return false;
  return fields.length > 0 || (next !== undefined && next.type !== 'heading' && hasKnownLabel([next], scope.source, scope.vocabulary));
}

// The blocks between `---` rules (or a heading), when a rule separates them from the next ones.
function separatedGroups(blocks: RootContent[]): RootContent[][] {
  const groups: RootContent[][] = [];
  let current: RootContent[] = [];
  let isAfterRule = false;
  for (const block of blocks) {
    if (block.type === 'thematicBreak' || block.type === 'heading' || block.type === 'yaml') {
      if (current.length > 0 && (isAfterRule || block.type === 'thematicBreak')) groups.push(current);
      current = [];
      isAfterRule = block.type === 'thematicBreak';
    } else if (block.type !== 'html') current.push(block);
  }
  if (current.length > 0 && isAfterRule) groups.push(current);
  return groups;
}

function recordsOf(groups: RootContent[][], scope: RecordScope): Entry[] {
  return groups.flatMap((group) => {
    const entry = recordEntry(group, scope);
    return entry ? [entry] : [];
  });
}

function recordEntry(group: RootContent[], scope: RecordScope): Entry | undefined {
  const [first] = group;
  const last = group[group.length - 1];
  if (!first || !last) return undefined;
  const start = offsets(first).start;
  const end = offsets(last).end;
  const body = extractFields(group, end, scope.source, scope.vocabulary, scope.locator);
  if (body.fields.length === 0) return undefined;
  const line = firstLine(scope.source.slice(start, end));
  const lineEnd = start + line.length;
  const text = stripBold(line).trim();
  const stamp = DATE_STAMP.exec(text)?.[0];
  const date = stamp === undefined ? undefined : stampDate(stamp, line, start, scope.locator);
  const rest = stamp === undefined ? '' : text.slice(stamp.length).trim();
  // The record's own first line is its heading: a field that starts on a later line of the same
  // paragraph runs into it.
  const [firstField] = body.fields;
  if (first.type === 'paragraph' && firstField && firstField.labelRange.start.offset >= lineEnd && firstField.labelRange.start.offset < offsets(first).end) {
    body.fields[0] = { ...firstField, sharesParagraphWithPrevious: true };
  }
  const isLabelLine = firstField !== undefined && firstField.labelRange.start.offset < lineEnd;
  const title = stamp === undefined || isLabelLine ? undefined : titleOf(stamp, rest);
  return {
    layout: 'record',
    heading: { depth: 0, text, date, title, range: scope.locator.range(start, lineEnd) },
    fields: body.fields,
    unknownLabels: body.unknownLabels,
    preamble: body.preamble.filter((block) => block.range.start.offset >= lineEnd),
    range: scope.locator.range(start, end),
  };
}

// `[BUG-001] [2026-03-28]` is titled `BUG-001`; `[2026-03-28] Title` by its text.
function titleOf(stamp: string, rest: string): string | undefined {
  const tags = stamp.replace(/\[\d{4}-\d{2}-\d{2}\]/u, '').replace(/[[\]]/gu, ' ').replace(/\s+/gu, ' ').trim();
  const title = [tags, rest].filter((part) => part !== '').join(' ');
  return title === '' ? undefined : title;
}

function stampDate(stamp: string, line: string, lineStart: number, locator: Locator): EntryDate | undefined {
  const raw = ISO_DAY.exec(stamp)?.[0];
  const match = raw === undefined ? undefined : matchHeadingDate(raw);
  if (!raw || !match) return undefined;
  const at = lineStart + Math.max(0, line.indexOf(raw));
  return toEntryDate(match, locator.range(at, at + raw.length));
}

function firstLine(text: string): string {
  const end = text.search(/[\r\n]/u);
  return end === -1 ? text : text.slice(0, end);
}

function stripBold(text: string): string {
  return text.replace(/\*\*|__/gu, '');
}
