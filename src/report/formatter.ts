import type { LintResult } from '../lint/result.js';

/** Colour depth for terminal output: 0 none, 1 basic 16 colours, 2 256 colours, 3 true colour. */
export type ColorLevel = 0 | 1 | 2 | 3;

/** What every formatter is given besides the results. */
export interface FormatOptions {
  /** Directory that human-readable paths are shown relative to. */
  cwd: string;
  /** Colour depth; formatters that do not colour ignore it. Defaults to 0. */
  colorLevel?: ColorLevel;
  /** The lessons-lint version, for formats that name the tool that produced them (SARIF). */
  toolVersion?: string;
}

/** A pure function from lint results to the text to print (empty when there is nothing to say). */
export type Formatter = (results: readonly LintResult[], options: FormatOptions) => string;
