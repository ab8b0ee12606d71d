import { presets } from '../schema/presets.js';
import { matchesPatterns } from './file-patterns.js';
import { readFrontmatterSettings } from './frontmatter-settings.js';
import type { LoadedConfig } from './loaded-config.js';
import type { ResolvedConfig, RuleSetting } from './resolved.js';

/**
 * The configuration one file is linted with: the defaults, then the config's top-level settings,
 * then each override whose `files` match (in order), then the file's own front matter
 * (`lessons: { schema: ... }`). `filePath` is absolute or relative to the config's directory.
 * Front matter settings that are invalid are left out here; `readFrontmatterSettings` says why.
 */
export function resolveConfigForFile(loaded: LoadedConfig, filePath: string, frontmatterData?: unknown): ResolvedConfig {
  const resolved: ResolvedConfig = {
    rules: mergeRules({}, loaded.rules),
    schemas: { ...loaded.schemas },
    schema: loaded.schema ? [...loaded.schema] : defaultCandidates(loaded),
    entryLayout: loaded.entryLayout ?? 'auto',
    // Defining a schema chooses it as much as naming one does.
    isFormatInferred: loaded.schema === undefined && !hasCustomSchemas(loaded),
  };
  for (const override of loaded.overrides) {
    if (!matchesPatterns(override.files, loaded, filePath)) continue;
    mergeRules(resolved.rules, override.rules);
    if (override.schema) {
      resolved.schema = [...override.schema];
      resolved.isFormatInferred = false;
    }
    if (override.entryLayout) resolved.entryLayout = override.entryLayout;
  }
  if (frontmatterData !== undefined) {
    const own = readFrontmatterSettings(frontmatterData, Object.keys(loaded.schemas));
    if (own.settings?.schema) {
      resolved.schema = [...own.settings.schema];
      resolved.isFormatInferred = false;
    }
    if (own.settings?.entryLayout) resolved.entryLayout = own.settings.entryLayout;
  }
  return resolved;
}

/**
 * Candidates when the config names none: every schema it knows, custom ones (in the order written)
 * before the presets, so that defining a schema is enough for it to be used.
 */
function defaultCandidates(loaded: LoadedConfig): string[] {
  return Object.keys(loaded.schemas);
}

function hasCustomSchemas(loaded: LoadedConfig): boolean {
  return Object.keys(loaded.schemas).some((name) => !presets.has(name));
}

/**
 * Lay `source` over `target` (ESLint's way): a setting with options replaces the rule's setting;
 * a bare severity keeps the options set before it.
 */
function mergeRules(target: Record<string, RuleSetting>, source: Record<string, RuleSetting>): Record<string, RuleSetting> {
  for (const [id, setting] of Object.entries(source)) {
    const previous = target[id];
    target[id] =
      setting.options === undefined && previous?.options !== undefined
        ? { severity: setting.severity, options: previous.options }
        : { ...setting };
  }
  return target;
}
