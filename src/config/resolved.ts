import { presets } from '../schema/presets.js';
import type { EntrySchema } from '../schema/spec.js';
import type { SeveritySetting } from '../rules/rule.js';

/** A rule's configured severity and options (options already validated by the rule's schema). */
export interface RuleSetting {
  severity: SeveritySetting;
  options?: unknown;
}

/** How a file keeps its entries: under headings, as list items, or whichever the file uses (`auto`). */
export type EntryLayout = 'auto' | 'headings' | 'list-items' | 'records' | 'topic-items';

/** The configuration one file is linted with, after defaults and overrides are applied. */
export interface ResolvedConfig {
  /** Per-rule settings; rules not listed run with their defaults. */
  rules: Record<string, RuleSetting>;
  /** All schemas available by name (presets and custom ones). */
  schemas: Record<string, EntrySchema>;
  /** Names of the candidate schemas for this file, in preference order. */
  schema: string[];
  /** How entries are laid out; absent means `auto`. */
  entryLayout?: EntryLayout;
  /**
   * True when nothing (config file, override, front matter) names the file's schema: the file is
   * then judged by its own format, inferred from its entries (see lint/own-format.ts).
   */
  isFormatInferred?: boolean;
}

/** The configuration used when no config file is present: the presets, and each file judged by its own format. */
export function defaultConfig(): ResolvedConfig {
  return {
    rules: {},
    schemas: Object.fromEntries(presets),
    schema: [...presets.keys()],
    entryLayout: 'auto',
    isFormatInferred: true,
  };
}
