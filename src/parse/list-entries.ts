import type { List, ListItem, RootContent } from 'mdast';
import { matchHeadingDate, toEntryDate, type HeadingDateMatch } from './dates.js';
import { extractFields } from './fields.js';
import { offsets } from './positions.js';
import type { Locator } from './location.js';
import type { Entry, EntryDate } from './model.js';

/** What list-item extraction needs to know about the file. */
export interface ListScope {
  source: string;
  vocabulary: ReadonlyMap<string, string>;
  locator: Locator;
  /** The date of the date-group heading a top-level block sits under, if any. */
  groupDateAt(blockIndex: number): EntryDate | undefined;
}

/**
 * Entries kept as list items: `- 2026-06-24: text` one-liners, `- **[2026-06-04] Title**` with
 * nested `- Label : text` fields, or any item under a date-only heading (it inherits the date).
 * Undated items elsewhere are ordinary lists, not entries.
 */
export function extractListEntries(blocks: RootContent[], scope: ListScope): Entry[] {
  const entries: Entry[] = [];
  blocks.forEach((block, index) => {
    if (block.type !== 'list') return;
    for (const item of (block as List).children) {
      const entry = listItemEntry(item, scope.groupDateAt(index), scope);
      if (entry) entries.push(entry);
    }
  });
  return entries;
}

function listItemEntry(item: ListItem, groupDate: EntryDate | undefined, scope: ListScope): Entry | undefined {
  const first = item.children[0];
  if (first?.type !== 'paragraph') return undefined;
  const start = offsets(first).start;
  const lineEnd = scope.source.slice(start, offsets(first).end).search(/[\r\n]/u);
  const end = lineEnd === -1 ? offsets(first).end : start + lineEnd;
  const line = scope.source.slice(start, end);
  const text = line.replace(/\*\*|__/gu, '').trim();
  const match = matchHeadingDate(text);
  const date = match?.placement === 'prefix' ? dateIn(match, line, start, scope) : groupDate && { ...groupDate, isInherited: true };
  if (!date) return undefined;
  const title = match?.placement === 'prefix' ? match.title : text;
  const itemEnd = offsets(item).end;
  const body = extractFields(item.children, itemEnd, scope.source, scope.vocabulary, scope.locator);
  return {
    layout: 'list-item',
    heading: {
      depth: 0,
      text,
      date,
      title: title === '' ? undefined : title,
      separator: match?.placement === 'prefix' ? match.separator : undefined,
      datePlacement: match?.placement === 'prefix' ? 'prefix' : undefined,
      range: scope.locator.range(start, end),
    },
    fields: body.fields,
    unknownLabels: body.unknownLabels,
    // The item's own first line is its heading; text after it and before a field is preamble.
    preamble: body.preamble.filter((block) => block.range.start.offset > end),
    range: scope.locator.range(offsets(item).start, itemEnd),
  };
}

function dateIn(match: HeadingDateMatch, line: string, lineStart: number, scope: ListScope): EntryDate {
  const at = lineStart + Math.max(0, line.indexOf(match.raw));
  return toEntryDate(match, scope.locator.range(at, at + match.raw.length));
}
