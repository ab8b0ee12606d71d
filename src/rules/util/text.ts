import type { Entry } from '../../parse/model.js';

const MAX_QUOTE = 60;

/** Shorten text quoted in a message so a diagnostic stays on one readable line. */
export function truncate(text: string, max = MAX_QUOTE): string {
  const oneLine = text.replace(/\s+/gu, ' ').trim();
  if (oneLine.length <= max) return oneLine;
  // Cut at a word boundary when there is one in the second half, so no word is left half-quoted.
  const cut = oneLine.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space >= max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Remove inline Markdown markup (emphasis, code ticks, links) so text can be quoted inside backticks. */
export function stripInlineMarkdown(text: string): string {
  return text
    // Link text without brackets and a destination without parentheses: each scan stops at the next
    // `[` or `(`, so a run of them stays linear.
    .replace(/!?\[([^[\]]*)\]\([^()]*\)/gu, '$1')
    .replace(/[`*~]/gu, '')
    // `_` inside a word (`as_posix`) is text, not emphasis.
    .replace(/(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Title as compared for duplicates: markup stripped, whitespace collapsed, case folded. */
export function normalizeTitle(title: string): string {
  return stripInlineMarkdown(title).toLowerCase();
}

/** How an entry is named in messages: its title, else its heading text, quotable in backticks. */
export function entryName(entry: Entry): string {
  const title = entry.heading.title?.trim();
  return truncate(stripInlineMarkdown(title !== undefined && title !== '' ? title : entry.heading.text));
}

/** Render names as a backticked, comma-separated list: `A`, `B`, `C`. */
export function codeList(names: readonly string[]): string {
  return names.map((name) => `\`${name}\``).join(', ');
}

/** The ATX heading marker for a depth, with its trailing space (`## `). */
export function headingMarker(depth: number): string {
  return `${'#'.repeat(Math.min(Math.max(depth, 1), 6))} `;
}
