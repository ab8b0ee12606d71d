import type { Yaml } from 'mdast';
import { afterLineBreak, lineBreakAt, toLf } from './line-breaks.js';
import { readYaml } from './load-yaml.js';
import type { Locator } from './location.js';
import type { Frontmatter, Range } from './model.js';

/** Parse a YAML front matter node; invalid YAML becomes an `error` with its source range, never a throw. */
export function readFrontmatter(node: Yaml, source: string, locator: Locator): Frontmatter {
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  const range: Range = locator.range(start, end);
  // The YAML text starts on the line after the opening `---` (a `\r\n`, `\r` or `\n` ends it).
  const fenceEnd = lineBreakAt(source, start);
  const contentStart = fenceEnd === -1 ? start : afterLineBreak(source, fenceEnd);
  // Read with LF line breaks, as the YAML of the LF file: the parser does not take a lone `\r` for
  // a line break, and its offsets are mapped back to the text as written.
  const yaml = toLf(node.value);
  const at = (offset: number) => contentStart + yaml.toOriginal(offset);
  const read = readYaml(yaml.text);
  if ('value' in read) {
    const settings = settingsSpan(read.document.contents);
    const settingsRange = settings && locator.range(at(settings[0]), at(settings[1]));
    return { data: read.value, range, ...(settingsRange ? { settingsRange } : {}) };
  }
  const { message, start: from, end: to } = read.problem;
  return { error: { message, range: locator.range(at(from), at(to)) }, range };
}

interface YamlNode {
  items?: { key?: { value?: unknown; range?: number[] }; value?: { range?: number[] } | null }[];
}

// Offsets of the `lessons:` entry in the YAML text (key start to value end), as the YAML parser gives them.
function settingsSpan(contents: unknown): [number, number] | undefined {
  const pair = (contents as YamlNode | null)?.items?.find((item) => item.key?.value === 'lessons');
  const start = pair?.key?.range?.[0];
  const end = pair?.value?.range?.[1] ?? pair?.key?.range?.[1];
  return start === undefined || end === undefined ? undefined : [start, end];
}
