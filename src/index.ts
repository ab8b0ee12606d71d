/** The public library API of lessons-lint: lint text or files, and format the results. */
export { lintText } from './lint/lint-text.js';
export type { LintTextOptions } from './lint/lint-text.js';
export type { Diagnostic, LintResult, Severity } from './lint/result.js';
export { lintFiles } from './files/lint-files.js';
export type { LintFilesOptions, LintFilesOutcome } from './files/lint-files.js';
export { resolvePaths, findLessonsFiles } from './files/resolve-paths.js';
export type { ResolvedPaths, ResolvePathsOptions } from './files/resolve-paths.js';
export { lessonsFileNames } from './files/lessons-file-names.js';
export type { FileNotice, FileProblem, FileProblemKind } from './files/problem.js';
export { defaultConfig } from './config/resolved.js';
export type { ResolvedConfig } from './config/resolved.js';
export { formatterNames, getFormatter, isFormatterName } from './report/index.js';
export type { FormatterName } from './report/index.js';
export type { ColorLevel, FormatOptions, Formatter } from './report/formatter.js';
export { formatStylish } from './report/stylish.js';
export { formatJson } from './report/json.js';
export type { JsonMessage, JsonResult } from './report/json.js';
export { sortDiagnostics, sortResults } from './report/sort.js';
