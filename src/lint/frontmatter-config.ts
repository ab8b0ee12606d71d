import { readFrontmatterSettings } from '../config/frontmatter-settings.js';
import type { ResolvedConfig } from '../config/resolved.js';
import { peekFrontmatterData } from '../parse/peek-frontmatter.js';

/**
 * The config with the file's own choice laid over it: `lessons: { schema, entryLayout }` in its
 * front matter. Read before parsing, since the schema decides which labels are fields. Settings
 * that name unknown schemas are left out here; the `frontmatter` rule reports them.
 */
export function withFrontmatterSettings(config: ResolvedConfig, text: string): ResolvedConfig {
  // Only a file that starts with front matter pays for reading YAML.
  if (!text.startsWith('---') && !text.startsWith('\uFEFF---')) return config;
  const data = peekFrontmatterData(text);
  if (data === undefined) return config;
  const { settings } = readFrontmatterSettings(data, Object.keys(config.schemas));
  if (!settings?.schema && !settings?.entryLayout) return config;
  return {
    ...config,
    schema: settings.schema ?? config.schema,
    entryLayout: settings.entryLayout ?? config.entryLayout,
    isFormatInferred: settings.schema ? false : config.isFormatInferred,
  };
}
