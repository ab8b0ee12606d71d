import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

/**
 * The inline constructs a blocks-only parse leaves out: emphasis, links and images. Their closing
 * and pairing (`resolveAll`) is most of micromark's inline work, and a blocks-only tree would drop
 * the nodes they make anyway. Block structure never depends on them, and code spans, inline HTML,
 * autolinks, escapes and character references still parse, so paragraphs keep the HTML they hold.
 * `*`, `_`, `[`, `]` and `!` stay plain text, which changes the text of headings that use them:
 * those are parsed again in full (`restoreHeadingInlines`). Inline HTML can differ only where a
 * link's destination, title or reference label, or an image's alt text, holds a comment or a
 * backtick: unread as such here, a comment there becomes HTML (and could be read as a suppression
 * comment), and a backtick can open a code span that swallows a comment after it.
 */
export const SKIPPED_INLINE: readonly string[] = ['attention', 'labelStartImage', 'labelStartLink', 'labelEnd'];

/** How a parser reads its input. */
export interface ParserKind {
  /** Read YAML front matter at the start (only the first section of a document can have any). */
  hasFrontmatter: boolean;
  /** Leave out emphasis, links and images (`SKIPPED_INLINE`). */
  isInlineReduced: boolean;
}

/** Something that parses Markdown text into mdast. */
export interface MarkdownParser {
  parse(text: string): Root;
}

const parsers = new Map<string, MarkdownParser>();

/** The parser of a kind, built once per process. */
export function parserFor(kind: ParserKind): MarkdownParser {
  const key = `${kind.hasFrontmatter}/${kind.isInlineReduced}`;
  let parser = parsers.get(key);
  if (!parser) {
    const processor = unified().use(remarkParse);
    if (kind.hasFrontmatter) processor.use(remarkFrontmatter, ['yaml']);
    if (kind.isInlineReduced) processor.use(skipInline);
    parser = processor;
    parsers.set(key, parser);
  }
  return parser;
}

// A unified plugin: remark-parse hands the processor's micromark extensions to micromark.
function skipInline(this: Processor): void {
  const data = this.data();
  data.micromarkExtensions = [...(data.micromarkExtensions ?? []), { disable: { null: [...SKIPPED_INLINE] } }];
}
