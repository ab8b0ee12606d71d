import type { Diagnostic, LintResult } from '../lint/result.js';
import { shownPosixPath } from './display-path.js';
import type { FormatOptions } from './formatter.js';
import { sortResults } from './sort.js';
import { formatStylish } from './stylish.js';

/**
 * GitHub Actions workflow commands, one `::error` or `::warning` per finding, which the runner turns
 * into annotations on the pull request diff; then the stylish report without colour, for people
 * reading the raw log. Empty when there are no findings.
 */
export function formatGithub(results: readonly LintResult[], options: FormatOptions): string {
  let commands = '';
  for (const result of sortResults(results)) {
    // Raw: the runner maps the name onto the repository; escapeProperty keeps it on one line.
    const file = shownPosixPath(result.filePath, options.cwd);
    for (const diagnostic of result.diagnostics) commands += `${workflowCommand(file, diagnostic)}\n`;
  }
  if (commands === '') return '';
  return commands + formatStylish(results, { cwd: options.cwd, colorLevel: 0 });
}

function workflowCommand(file: string, diagnostic: Diagnostic): string {
  const properties: [string, string | number][] = [
    ['file', file],
    ['line', diagnostic.line],
    ['endLine', diagnostic.endLine],
  ];
  // The runner keeps columns only on a one-line range (it drops them otherwise, with a log warning).
  if (diagnostic.endLine === diagnostic.line) properties.push(['col', diagnostic.column], ['endColumn', diagnostic.endColumn]);
  properties.push(['title', diagnostic.ruleId]);
  const list = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  return `::${diagnostic.severity} ${list}::${escapeData(diagnostic.message)}`;
}

/** Escape a command's message as the runner decodes it (actions/toolkit `escapeData`). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escape a property value: as data, plus `:` and `,`, which delimit the properties (`escapeProperty`). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
