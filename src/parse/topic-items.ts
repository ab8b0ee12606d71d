import type { Heading, List, ListItem, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Locator } from './location.js';
import type { Entry } from './model.js';
import { offsets } from './positions.js';

// `**Lead**: …`, `**Lead:** …`, `**Lead** — …` or a bold lead alone at the start of the item.
const BOLD_LEAD = /^(?:\*\*|__)(.+?)(?:\*\*|__)/u;
// The first sentence: up to a full stop, colon or dash that is followed by a space.
const FIRST_SENTENCE = /^(.+?)(?:[.!?:：。](?=\s|$)|\s[—–-]\s)/u;
const TITLE_LENGTH = 80;
const MIN_TITLE_LIST = 2;

/** What topic-item extraction needs to know about the file. */
export interface TopicScope {
  source: string;
  locator: Locator;
}

/** Undated entries of a file that has no dated or labelled ones: topic bullets or topic headings. */
export interface TopicEntries {
  entries: Entry[];
  /** The heading depth of the entries when they are headings. */
  entryDepth?: number;
}

/**
 * The entries of a file without dated or labelled ones, in the two layouts such files keep: bullets
 * grouped under topic headings (`## Testing` then `- **Never mock the clock**: …`, the most common
 * layout of all), or one heading per lesson with prose below it (`## Stripe webhook raw body`).
 * Headings are the entries when most of their bodies are more than a list.
 */
export function extractTopicEntries(blocks: RootContent[], scope: TopicScope): TopicEntries {
  const sections = topicSections(blocks);
  const depth = commonDepth(sections);
  const atDepth = sections.filter((section) => section.heading.depth === depth);
  const listOnly = atDepth.filter((section) => section.body.every((block) => block.type === 'list')).length;
  if (depth !== undefined && atDepth.length >= 2 && listOnly * 2 < atDepth.length) {
    return { entries: topicHeadings(blocks, depth, scope), entryDepth: depth };
  }
  return { entries: extractTopicItems(blocks, scope) };
}

/**
 * Topic-grouped bullets: each item of a top-level list below a topic heading (or a list of two
 * items or more right under the title) is an entry, titled by its
 * bold lead or its first sentence. Such entries have no date and no fields; the rules that mean
 * something for them (duplicates, empty entries) still apply.
 */
export function extractTopicItems(blocks: RootContent[], scope: TopicScope): Entry[] {
  const entries: Entry[] = [];
  let under: number | undefined;
  for (const block of blocks) {
    if (block.type === 'heading') under = block.depth;
    if (block.type !== 'list' || under === undefined) continue;
    // Under the title itself, one bullet is a note; a list is the file's lessons.
    if (under === 1 && block.children.length < MIN_TITLE_LIST) continue;
    for (const item of (block as List).children) {
      const entry = topicEntry(item, scope);
      if (entry) entries.push(entry);
    }
  }
  return entries;
}

function topicEntry(item: ListItem, scope: TopicScope): Entry | undefined {
  const first = item.children[0];
  if (first?.type !== 'paragraph') return undefined;
  const start = offsets(first).start;
  const paragraph = scope.source.slice(start, offsets(first).end);
  const lineEnd = paragraph.search(/[\r\n]/u);
  const end = lineEnd === -1 ? offsets(first).end : start + lineEnd;
  const text = paragraph.replace(/\s+/gu, ' ').trim();
  if (text === '') return undefined;
  const itemEnd = offsets(item).end;
  return {
    layout: 'topic-item',
    heading: { depth: 0, text, title: titleOf(text), range: scope.locator.range(start, end) },
    fields: [],
    unknownLabels: [],
    preamble: [],
    range: scope.locator.range(offsets(item).start, itemEnd),
  };
}

interface TopicSection {
  heading: Heading;
  /** The blocks that are not headings, up to the next heading at the same depth or above. */
  body: RootContent[];
}

function topicSections(blocks: RootContent[]): TopicSection[] {
  const sections: TopicSection[] = [];
  blocks.forEach((block, index) => {
    if (block.type !== 'heading' || block.depth < 2) return;
    const body: RootContent[] = [];
    for (let next = index + 1; next < blocks.length && !isHeadingAtOrAbove(blocks[next], block.depth); next += 1) {
      const child = blocks[next] as RootContent;
      if (child.type !== 'heading') body.push(child);
    }
    if (body.length > 0) sections.push({ heading: block, body });
  });
  return sections;
}

// The shallowest depth at which two headings or more have text below them: `## Patterns` over
// `### Lesson` headings is one section, not the entries.
function commonDepth(sections: readonly TopicSection[]): number | undefined {
  const counts = new Map<number, number>();
  for (const section of sections) counts.set(section.heading.depth, (counts.get(section.heading.depth) ?? 0) + 1);
  const depths = [...counts.keys()].sort((a, b) => a - b);
  return depths.find((depth) => (counts.get(depth) ?? 0) >= 2);
}

// Each heading at `depth` with text below it, up to the next heading at that depth or above.
function topicHeadings(blocks: RootContent[], depth: number, scope: TopicScope): Entry[] {
  const entries: Entry[] = [];
  blocks.forEach((block, index) => {
    if (block.type !== 'heading' || block.depth !== depth) return;
    let end = index + 1;
    while (end < blocks.length && !isHeadingAtOrAbove(blocks[end], depth)) end += 1;
    const last = blocks[end - 1];
    if (end === index + 1 || last === undefined) return;
    const text = toString(block).trim();
    const heading = offsets(block);
    entries.push({
      layout: 'heading',
      heading: { depth, text, title: text === '' ? undefined : text, range: scope.locator.range(heading.start, heading.end) },
      fields: [],
      unknownLabels: [],
      preamble: [],
      range: scope.locator.range(heading.start, offsets(last).end),
    });
  });
  return entries;
}

function isHeadingAtOrAbove(block: RootContent | undefined, depth: number): boolean {
  return block?.type === 'heading' && block.depth <= depth;
}

/** The bold lead of an item, else its first sentence, cut at a word. */
function titleOf(text: string): string {
  const lead = BOLD_LEAD.exec(text)?.[1]?.replace(/[:：]$/u, '').trim();
  const title = lead !== undefined && lead !== '' ? lead : (FIRST_SENTENCE.exec(text)?.[1] ?? text);
  if (title.length <= TITLE_LENGTH) return title;
  const cut = title.slice(0, TITLE_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${space > TITLE_LENGTH / 2 ? cut.slice(0, space) : cut}…`;
}
