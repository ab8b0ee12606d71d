import { presets } from '../schema/presets.js';
import type { EntrySchema } from '../schema/spec.js';
import type { EntryLayout, RuleSetting } from './resolved.js';

/** Settings for the files matching `files`, applied after the top-level settings. */
export interface ConfigOverride {
  /** Glob patterns relative to `baseDirectory`. */
  files: string[];
  schema?: string[];
  entryLayout?: EntryLayout;
  rules: Record<string, RuleSetting>;
}

/** A validated config, before it is resolved for a particular file. */
export interface LoadedConfig {
  /** Absolute directory the patterns of `files`, `ignores` and `overrides` are relative to. */
  baseDirectory: string;
  /** Patterns of the files to lint when none are named; empty means the usual lessons file names. */
  files: string[];
  /** Patterns of files never linted. */
  ignores: string[];
  /** Every schema available by name: the custom schemas (in the order written), then the presets. */
  schemas: Record<string, EntrySchema>;
  /** The top-level schema choice; absent means every preset is a candidate. */
  schema?: string[];
  entryLayout?: EntryLayout;
  /** Top-level rule settings (severity always set, options only when the config gives them). */
  rules: Record<string, RuleSetting>;
  overrides: ConfigOverride[];
}

/** The config in effect when there is no config file: defaults, patterns relative to `baseDirectory`. */
export function emptyLoadedConfig(baseDirectory: string): LoadedConfig {
  return { baseDirectory, files: [], ignores: [], schemas: Object.fromEntries(presets), rules: {}, overrides: [] };
}
