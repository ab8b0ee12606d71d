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
