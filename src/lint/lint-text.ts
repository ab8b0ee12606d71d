import path from 'node:path';
import { defaultConfig, type ResolvedConfig } from '../config/resolved.js';
import { rules } from '../rules/index.js';
import type { Rule } from '../rules/rule.js';
import { parseMarkdown } from '../parse/markdown.js';
import { buildDocument, withoutBom } from './build-document.js';
import { withOwnFormat } from './own-format.js';
import { withFrontmatterSettings } from './frontmatter-config.js';
import { createSchemaSet } from '../schema/schema-set.js';
import type { InvalidRange } from './check-range.js';
import type { Diagnostic, LintResult } from './result.js';
import { runRules } from './run-rules.js';
import { applySuppressions } from './suppress.js';

/** Options of `lintText`. */
export interface LintTextOptions {
  /** The path reported for this text and used to match config overrides. */
  filePath?: string;
  config?: ResolvedConfig;
  /** The current time, for `future-date`; defaults to the real clock. */
  now?: Date;
  /** The directory the lint runs from: remedies name the file relative to it (`lessons init --from tasks/lessons.md`). */
  cwd?: string;
  /** Told of each place a rule reported outside the text (a bug in the rule), which is made to fit; for tests. */
  onInvalidRange?: (invalid: InvalidRange) => void;
}

/** Lint one lessons file given as text. Never throws on any input text. */
export function lintText(text: string, options: LintTextOptions = {}): LintResult {
  const source = withoutBom(text);
  const tree = parseMarkdown(source, { isBlocksOnly: true });
  const config = withOwnFormat(withFrontmatterSettings(options.config ?? defaultConfig(), source), source, tree);
  const schemas = createSchemaSet(config);
  const document = buildDocument(source, schemas, { filePath: options.filePath, entryLayout: config.entryLayout, tree });
  const reported = runRules(document, {
    rules: rules as readonly Rule<unknown>[],
    settings: config.rules,
    schemas,
    now: options.now ?? new Date(),
    fileName: fileNameForRemedies(options.filePath, options.cwd),
    onInvalidRange: options.onInvalidRange,
  });
  const diagnostics = applySuppressions(reported, document.directives).sort(compareDiagnostics);
  const errorCount = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  return {
    filePath: options.filePath ?? '<text>',
    diagnostics,
    errorCount,
    warningCount: diagnostics.length - errorCount,
    stats: { entries: document.entries.length },
  };
}

/** Order of diagnostics in every output: line, column, rule id. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}

// As the user would type it in the directory the lint ran from; an absolute path works from anywhere.
function fileNameForRemedies(filePath: string | undefined, cwd: string | undefined): string {
  if (filePath === undefined || filePath === '<text>') return 'FILE';
  const name = cwd !== undefined && path.isAbsolute(filePath) ? path.relative(cwd, filePath) || filePath : filePath;
  return /^[\w./@+-]+$/u.test(name) ? name : `'${name.replace(/'/gu, "'\\''")}'`;
}
