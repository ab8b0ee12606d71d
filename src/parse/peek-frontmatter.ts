import { toLf } from './line-breaks.js';
import { readYaml } from './load-yaml.js';

// Any line break ends a fence line (`\r\n`, `\r`, `\n`), as for the parser.
const FRONTMATTER = /^(?:\uFEFF)?---[ \t]*(?:\r\n?|\n)([\s\S]*?)(?:\r\n?|\n)---[ \t]*(?:\r\n?|\n|$)/u;

/**
 * The data of a file's YAML front matter, read before the file is parsed: the front matter may
 * choose the file's schema, and the schema decides which labels the parser looks for. Undefined
 * when there is none or it is invalid (the `frontmatter` rule reports that).
 */
export function peekFrontmatterData(text: string): unknown {
  const match = FRONTMATTER.exec(text);
  if (!match) return undefined;
  const read = readYaml(toLf(match[1] ?? '').text);
  return 'value' in read ? read.value : undefined;
}
