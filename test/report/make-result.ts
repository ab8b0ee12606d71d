import type { Diagnostic, LintResult } from '../../src/lint/result.js';

/** A diagnostic with defaults, for formatter tests. */
export function diagnostic(overrides: Partial<Diagnostic> & Pick<Diagnostic, 'line' | 'column'>): Diagnostic {
  return {
    ruleId: 'required-field',
    severity: 'error',
    messageId: 'missing',
    message: 'Missing field `Fix`',
    endLine: overrides.line,
    endColumn: overrides.column + 1,
    ...overrides,
  };
}

/** A lint result whose counts agree with its diagnostics. */
export function result(filePath: string, diagnostics: Diagnostic[]): LintResult {
  return {
    filePath,
    diagnostics,
    errorCount: diagnostics.filter((d) => d.severity === 'error').length,
    warningCount: diagnostics.filter((d) => d.severity === 'warning').length,
    stats: { entries: 1 },
  };
}
