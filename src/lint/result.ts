/** Severity of a reported diagnostic. */
export type Severity = 'error' | 'warning';

/** One finding, with 1-based positions (end exclusive, as ESLint). */
export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  messageId: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  related?: { message: string; line: number; column: number; endLine: number; endColumn: number }[];
  /** The repair, as ESLint gives it: replace the text between two offsets (of the text without its BOM). */
  fix?: { range: [number, number]; text: string };
}

/** The outcome of linting one file. */
export interface LintResult {
  filePath: string;
  diagnostics: Diagnostic[];
  errorCount: number;
  warningCount: number;
  /** Facts about the file for summaries: how many entries were found. */
  stats: { entries: number };
  /** With `--fix` / `--fix-dry-run`: the fixed text, when a fix changed it (as ESLint's `output`). */
  output?: string;
}
