import type { Diagnostic, LintResult } from '../lint/result.js';

/** Results sorted by file path, each with its diagnostics sorted: the same input always prints the same output. */
export function sortResults(results: readonly LintResult[]): LintResult[] {
  return [...results]
    .sort((a, b) => compareText(a.filePath, b.filePath))
    .map((result) => ({ ...result, diagnostics: sortDiagnostics(result.diagnostics) }));
}

/** Diagnostics sorted by line, column, rule id, then end position and message as tie-breakers. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      a.line - b.line ||
      a.column - b.column ||
      compareText(a.ruleId, b.ruleId) ||
      a.endLine - b.endLine ||
      a.endColumn - b.endColumn ||
      compareText(a.message, b.message),
  );
}

/** Code-unit order, independent of the machine's locale (file paths, rule ids). */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
