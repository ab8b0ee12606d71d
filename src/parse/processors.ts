import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

/**
 * The inline constructs a blocks-only parse leaves out: emphasis, links, images and inline HTML.
 * Their closing and pairing (`resolveAll`) is most of micromark's inline work, and a blocks-only
 * tree would drop the nodes they make anyway; inline HTML also costs time that grows with the
 * square of the unclosed `<!--` in a paragraph (micromark reads each to the paragraph's end). Block
 * structure never depends on them; code spans, autolinks, escapes and character references still
 * parse. The comments a paragraph holds (suppression comments) are found in its text nodes instead
 * (`keepBlocks`). `*`, `_`, `[`, `]`, `!` and `<` stay plain text, which changes the text of headings
 * that use them: those are parsed again in full (`restoreHeadingInlines`). A comment can differ only
 * where it overlaps a code span or link syntax, or spans a hard line break: the full parse reads it
 * as HTML, this one as text (and a comment inside a code span is read by neither).
 */
export const SKIPPED_INLINE: readonly string[] = ['attention', 'labelStartImage', 'labelStartLink', 'labelEnd', 'htmlText'];

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
