import type { LoadedConfig } from '../config/loaded-config.js';
import { resolveConfigForFile } from '../config/resolve-for-file.js';
import type { ResolvedConfig } from '../config/resolved.js';
import { peekFrontmatterData } from '../parse/peek-frontmatter.js';

/** The config a file's text is linted with: its config file's settings for its path, then its own front matter. */
export function configForFile(loaded: LoadedConfig, filePath: string, text: string): ResolvedConfig {
  // Only a file that starts with front matter pays for reading YAML.
  const data = text.startsWith('---') || text.startsWith('\uFEFF---') ? peekFrontmatterData(text) : undefined;
  return resolveConfigForFile(loaded, filePath, data);
}
