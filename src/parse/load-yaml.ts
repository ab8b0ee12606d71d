import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

let yaml: typeof Yaml | undefined;

/**
 * The `yaml` package, loaded on first use. Most lessons files have no front matter and most
 * projects no YAML config, so start-up should not pay for it; linting is synchronous, hence a
 * require rather than `import()`. It stays outside the CLI bundle and loads from node_modules.
 */
export function loadYaml(): typeof Yaml {
  yaml ??= createRequire(import.meta.url)('yaml') as typeof Yaml;
  return yaml;
}

/** A YAML problem: the parser's message (first line) and where, as offsets in the YAML text. */
export interface YamlProblem {
  message: string;
  start: number;
  end: number;
}

/** YAML text read into data, or the first problem with it. */
export type YamlResult = { value: unknown; document: Yaml.Document.Parsed } | { problem: YamlProblem };

// Aliases past this count are a "billion laughs" document, not settings.
const MAX_ALIAS_COUNT = 100;

/**
 * Read YAML text, never throwing and never writing to stderr: a syntax error, an alias to no anchor
 * (`b: *a`) and an alias bomb are problems with a position; unknown tags (`!custom`) are read as
 * plain values, without the process warning the library would print.
 */
export function readYaml(text: string): YamlResult {
  const library = loadYaml();
  const document = library.parseDocument(text, { prettyErrors: false, logLevel: 'error' });
  const [error] = document.errors;
  if (error) return { problem: { message: firstLine(error.message), start: error.pos[0], end: Math.max(error.pos[0], error.pos[1]) } };
  try {
    return { value: document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown, document };
  } catch (thrown) {
    const [start, end] = firstAliasRange(library, document);
    return { problem: { message: firstLine(thrown instanceof Error ? thrown.message : String(thrown)), start, end } };
  }
}

// The alias that failed: the first that resolves to nothing, else (too many aliases) the first one.
function firstAliasRange(library: typeof Yaml, document: Yaml.Document.Parsed): [number, number] {
  let first: [number, number] | undefined;
  let unresolved: [number, number] | undefined;
  library.visit(document, {
    Alias(_key, node) {
      const range: [number, number] = [node.range?.[0] ?? 0, node.range?.[1] ?? 0];
      first ??= range;
      if (node.resolve(document) === undefined) {
        unresolved = range;
        return library.visit.BREAK;
      }
      return undefined;
    },
  });
  return unresolved ?? first ?? [0, 0];
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/u, '').trim() || 'invalid YAML';
}
