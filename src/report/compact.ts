import type { LintResult } from '../lint/result.js';
import { oneLine, printable, shownPosixPath } from './display-path.js';
import type { FormatOptions } from './formatter.js';
import { sortResults } from './sort.js';

/**
 * One line per finding, `path:line:col: severity message [rule-id]`, for editors' problem matchers
 * and grep. No header or summary, so every line parses alike; empty when there are no findings.
 */
export function formatCompact(results: readonly LintResult[], options: FormatOptions): string {
  const lines: string[] = [];
  for (const result of sortResults(results)) {
    // Escaped: a newline in a file name would split one finding into two lines.
    const shown = printable(shownPosixPath(result.filePath, options.cwd));
    for (const diagnostic of result.diagnostics) {
      lines.push(`${shown}:${diagnostic.line}:${diagnostic.column}: ${diagnostic.severity} ${oneLine(diagnostic.message)} [${diagnostic.ruleId}]`);
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
