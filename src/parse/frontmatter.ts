import type { Yaml } from 'mdast';
import { loadYaml } from './load-yaml.js';
import type { Locator } from './location.js';
import type { Frontmatter, Range } from './model.js';

/** Parse a YAML front matter node; invalid YAML becomes an `error` with its source range, never a throw. */
export function readFrontmatter(node: Yaml, source: string, locator: Locator): Frontmatter {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  const range: Range = locator.range(start, end);
  // The YAML text starts on the line after the opening `---`.
  const contentStart = source.indexOf('\n', start) + 1;
  const document = loadYaml().parseDocument(node.value, { prettyErrors: false });
  const [error] = document.errors;
  if (!error) return { data: document.toJS() as unknown, range };
  const [from, to] = error.pos;
  const message = error.message.split('\n')[0] ?? 'invalid YAML';
  return { error: { message, range: locator.range(contentStart + from, contentStart + Math.max(from, to)) }, range };
}
