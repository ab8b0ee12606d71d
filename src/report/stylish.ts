import { Chalk } from 'chalk';
import type { ChalkInstance } from 'chalk';
import type { Diagnostic, LintResult } from '../lint/result.js';
import { displayPath, oneLine } from './display-path.js';
import { countProblems } from './filter.js';
import type { FormatOptions } from './formatter.js';
import { sortResults } from './sort.js';

/**
 * ESLint-style output: each file with problems underlined, then aligned
 * `line:col  severity  message  rule-id` rows, then a closing count. Empty when there are no problems.
 */
export function formatStylish(results: readonly LintResult[], options: FormatOptions): string {
  // An explicit level, never chalk's global detection: the CLI decides from flags, env and TTY.
  const chalk = new Chalk({ level: options.colorLevel ?? 0 });
  const sorted = sortResults(results).filter((result) => result.diagnostics.length > 0);
  if (sorted.length === 0) return '';
  // Blank lines before, between and after the groups, as ESLint prints them.
  let output = '\n';
  for (const result of sorted) {
    output += `${chalk.underline(displayPath(result.filePath, options.cwd))}\n`;
    output += `${formatRows(result.diagnostics, chalk)}\n`;
  }
  const { errorCount, warningCount } = countProblems(sorted);
  const total = errorCount + warningCount;
  const summary =
    `\u2716 ${total} ${plural('problem', total)} ` +
    `(${errorCount} ${plural('error', errorCount)}, ${warningCount} ${plural('warning', warningCount)})`;
  const summaryColor = errorCount > 0 ? chalk.red.bold : chalk.yellow.bold;
  return `${output}${summaryColor(summary)}\n`;
}

/** Rows padded on their plain text before colouring, so escape codes never break the alignment. */
function formatRows(diagnostics: readonly Diagnostic[], chalk: ChalkInstance): string {
  const lineWidth = maxLength(diagnostics.map((d) => String(d.line)));
  const columnWidth = maxLength(diagnostics.map((d) => String(d.column)));
  const severityWidth = maxLength(diagnostics.map((d) => d.severity));
  const messages = diagnostics.map((d) => oneLine(d.message));
  const messageWidth = maxLength(messages);
  return diagnostics
    .map((diagnostic, index) => {
      // Line right-aligned, column left-aligned: the colons line up like ESLint's.
      const position = `${String(diagnostic.line).padStart(lineWidth)}:${String(diagnostic.column).padEnd(columnWidth)}`;
      const severity = diagnostic.severity.padEnd(severityWidth);
      const coloredSeverity = diagnostic.severity === 'error' ? chalk.red(severity) : chalk.yellow(severity);
      const message = (messages[index] ?? '').padEnd(messageWidth);
      return `  ${chalk.dim(position)}  ${coloredSeverity}  ${message}  ${chalk.dim(diagnostic.ruleId)}\n`;
    })
    .join('');
}

function maxLength(values: readonly string[]): number {
  return values.reduce((width, value) => Math.max(width, value.length), 0);
}

function plural(word: string, count: number): string {
  return count === 1 ? word : `${word}s`;
}
