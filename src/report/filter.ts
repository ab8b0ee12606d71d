import type { LintResult } from '../lint/result.js';

/** The results with warnings removed and counts adjusted, for `--quiet`. */
export function keepErrorsOnly(results: readonly LintResult[]): LintResult[] {
  return results.map((result) => ({
    ...result,
    diagnostics: result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error'),
    warningCount: 0,
  }));
}

/** Total errors and warnings over all results, counted from the diagnostics themselves. */
export function countProblems(results: readonly LintResult[]): { errorCount: number; warningCount: number } {
  let errorCount = 0;
  let warningCount = 0;
  for (const result of results) {
    for (const diagnostic of result.diagnostics) {
      if (diagnostic.severity === 'error') errorCount += 1;
      else warningCount += 1;
    }
  }
  return { errorCount, warningCount };
}
