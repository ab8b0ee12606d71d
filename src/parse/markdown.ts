import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

let processor: ReturnType<typeof createProcessor> | undefined;

function createProcessor() {
  return unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
}

/** Parse Markdown into mdast (CommonMark + YAML front matter); never throws on text. */
export function parseMarkdown(source: string): Root {
  processor ??= createProcessor();
  return processor.parse(source);
}
