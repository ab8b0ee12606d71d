import path from 'node:path';
import type { Diagnostic, LintResult } from '../lint/result.js';
import { isPseudoPath } from './display-path.js';
import type { FormatOptions } from './formatter.js';
import { sortResults } from './sort.js';

/** One message in ESLint's JSON shape. */
export interface JsonMessage {
  ruleId: string;
  messageId: string;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The repair `--fix` would apply: replace the text between two offsets (ESLint's shape). */
  fix?: { range: [number, number]; text: string };
}

/** One file in ESLint's JSON shape, so tools that read `eslint --format json` can read ours. */
export interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  suppressedMessages: never[];
  errorCount: number;
  fatalErrorCount: 0;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  usedDeprecatedRules: never[];
  /** With `--fix-dry-run` (or `--fix`): the fixed text of a file a fix changed, as ESLint gives it. */
  output?: string;
}

/** ESLint-compatible JSON: one array of file results with absolute paths, on one line. */
export function formatJson(results: readonly LintResult[], options: FormatOptions): string {
  return JSON.stringify(sortResults(results).map((result) => toJsonResult(result, options.cwd)));
}

function toJsonResult(result: LintResult, cwd: string): JsonResult {
  const messages = result.diagnostics.map(toJsonMessage);
  return {
    // `<stdin>` has no place on disk; resolving it would invent a file (ESLint prints `<text>` too).
    filePath: isPseudoPath(result.filePath) ? result.filePath : path.resolve(cwd, result.filePath),
    messages,
    suppressedMessages: [],
    errorCount: messages.filter((message) => message.severity === 2).length,
    fatalErrorCount: 0,
    warningCount: messages.filter((message) => message.severity === 1).length,
    fixableErrorCount: messages.filter((message) => message.severity === 2 && message.fix !== undefined).length,
    fixableWarningCount: messages.filter((message) => message.severity === 1 && message.fix !== undefined).length,
    usedDeprecatedRules: [],
    ...(result.output === undefined ? {} : { output: result.output }),
  };
}

function toJsonMessage(diagnostic: Diagnostic): JsonMessage {
  return {
    ruleId: diagnostic.ruleId,
    messageId: diagnostic.messageId,
    severity: diagnostic.severity === 'error' ? 2 : 1,
    message: diagnostic.message,
    line: diagnostic.line,
    column: diagnostic.column,
    endLine: diagnostic.endLine,
    endColumn: diagnostic.endColumn,
    ...(diagnostic.fix === undefined ? {} : { fix: diagnostic.fix }),
  };
}
