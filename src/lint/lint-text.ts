import type { ResolvedConfig } from '../config/resolved.js';
import type { LintResult } from './result.js';

/** Options of `lintText`. */
export interface LintTextOptions {
  /** The path reported for this text and used to match config overrides. */
  filePath?: string;
  config?: ResolvedConfig;
  /** The current time, for `future-date`; defaults to the real clock. */
  now?: Date;
}

/** Lint one lessons file given as text. Never throws on any input text. */
export function lintText(text: string, options: LintTextOptions = {}): LintResult {
  // Placeholder until the pipeline lands (parse -> extract -> schemas -> rules).
  void text;
  return { filePath: options.filePath ?? '<text>', diagnostics: [], errorCount: 0, warningCount: 0, stats: { entries: 0 } };
}
