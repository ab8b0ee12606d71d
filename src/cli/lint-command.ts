import path from 'node:path';
import { InvalidArgumentError, Option } from 'commander';
import type { Command } from 'commander';
import type { LoadedConfig } from '../config/loaded-config.js';
import type { FixedFile, LintFilesOutcome } from '../lint/lint-files.js';
import type { LintResult } from '../lint/result.js';
import type { FileNotice, FileProblem } from '../files/problem.js';
import { isUnmatchedInput } from '../files/problem.js';
import { describeFsError } from '../files/fs-error.js';
import { displayPath, printable } from '../report/display-path.js';
import { countProblems, keepErrorsOnly } from '../report/filter.js';
import { formatterNames, getFormatter, isFormatterName, silentWhenClean } from '../report/index.js';
import { resolveColorLevel } from './color.js';
import { decideExitCode, ExitCode, hasTooManyWarnings } from './exit-code.js';
import { isEnvFlagSet } from './io.js';
import type { Io } from './io.js';
import { emitReport } from './emit-report.js';
import { loadCliConfig } from './load-cli-config.js';
import { readPackageVersion } from './version.js';

/** Options of `lessons lint`, as commander parses them. */
export interface LintCommandOptions {
  format: string;
  maxWarnings?: number;
  quiet?: boolean;
  color?: boolean;
  outputFile?: string;
  stdin?: boolean;
  stdinFilename?: string;
  /** False with `--no-error-on-unmatched-pattern`. */
  errorOnUnmatchedPattern?: boolean;
  /** A path with `--config`, false with `--no-config`. */
  config?: string | false;
  printConfig?: string;
  /** Write the fixes findings carry into the files. */
  fix?: boolean;
  /** Print the fixes as a unified diff instead of writing them. */
  fixDryRun?: boolean;
}

/** Add the `lint` command to `program` (inheriting its io settings); `onExitCode` receives the run's exit code. */
export function addLintCommand(program: Command, io: Io, onExitCode: (code: number) => void): Command {
  return program
    .command('lint')
    .description('lint lessons files, directories or globs (default: the usual lessons files below the current directory)')
    .argument('[paths...]', 'files, directories or glob patterns')
    .addOption(new Option('-f, --format <name>', 'output format').choices(formatterNames).default('stylish'))
    .option('-o, --output-file <path>', 'write the report to this file instead of stdout')
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings', parseMaxWarnings)
    .option('-q, --quiet', 'report errors only; warnings are neither shown nor counted')
    .option('--stdin', 'lint the text on standard input instead of files')
    .option('--stdin-filename <path>', 'the file name to report standard input under')
    .option('--no-error-on-unmatched-pattern', 'skip paths and globs that match no file instead of exiting 2')
    .option('-c, --config <path>', 'use this config file instead of looking for one')
    .option('--no-config', 'ignore config files: the presets and every rule at its default')
    .option('--print-config <file>', 'print the configuration the file would be linted with, and exit')
    .option('--fix', 'repair what is certain in the files (see the rules marked fixable), then report what remains')
    .option('--fix-dry-run', 'print the repairs --fix would make as a unified diff, and change nothing')
    .option('--color', 'force coloured output')
    .option('--no-color', 'disable coloured output')
    .action(async (paths: string[], options: LintCommandOptions, command: Command) => {
      const misuse = checkUsage(paths, options);
      // Through commander, so it reads like every other usage error and exits 2.
      if (misuse !== undefined) command.error(misuse, { exitCode: ExitCode.fatal, code: 'lessons.usage' });
      onExitCode(await runLint(paths, options, io));
    });
}

/** Lint the inputs, print or write the report, print the input problems, and return the exit code. */
export async function runLint(paths: readonly string[], options: LintCommandOptions, io: Io): Promise<number> {
  const loaded = await loadCliConfig(options, io);
  if ('exitCode' in loaded) return loaded.exitCode;
  if (options.printConfig !== undefined) {
    // Loaded on demand, like the linter itself: it pulls in every rule, and most runs lint.
    const { printFileConfig } = await import('./print-file-config.js');
    return printFileConfig(options.printConfig, loaded.config, io);
  }
  const outcome = await lintInputs(paths, options, io, loaded.config);
  if (options.fix) outcome.problems.push(...(await writeFixes(outcome.fixed)));
  const results = options.quiet ? keepErrorsOnly(outcome.results) : outcome.results;
  // A dry run's diff comes first, on its own, so that `git apply` takes the output as it is.
  if (options.fixDryRun && options.format !== 'json' && outcome.fixed.length > 0) {
    const { formatFixDiff } = await import('../report/fix-diff.js');
    io.stdout(formatFixDiff(outcome.fixed, io.cwd));
  }
  const output = await formatReport(results, options, io);
  const isWritten = await emitReport(output, { outputFile: options.outputFile, lintedFiles: lintedPaths(outcome) }, io);
  if (!options.quiet) for (const notice of outcome.notices) io.stderr(describe(notice, io.cwd));
  for (const problem of outcome.problems) reportProblem(problem, io);
  const tally = { ...countProblems(results), problemCount: outcome.problems.length, maxWarnings: options.maxWarnings };
  if (tally.errorCount === 0 && hasTooManyWarnings(tally)) {
    io.stderr(`lessons: too many warnings (${tally.warningCount}), maximum allowed is ${String(tally.maxWarnings)}\n`);
  }
  return isWritten ? decideExitCode(tally) : ExitCode.fatal;
}

/** Every file the run linted or refused to: a report must not replace a binary or oversized lessons file either. */
function lintedPaths(outcome: LintFilesOutcome): string[] {
  const refused = outcome.problems.filter((problem) => !isUnmatchedInput(problem) && path.isAbsolute(problem.filePath));
  return [...outcome.results.map((result) => result.filePath), ...refused.map((problem) => problem.filePath)];
}

/** The report's text in the chosen format. */
async function formatReport(results: readonly LintResult[], options: LintCommandOptions, io: Io): Promise<string> {
  // The usual pre-commit run finds nothing: it loads no formatter and never asks whether stdout
  // is a terminal (asking sets up stdout's stream, a cost of its own).
  const isClean = results.every((result) => result.diagnostics.length === 0);
  if (isClean && isFormatterName(options.format) && silentWhenClean.has(options.format)) return '';
  const formatter = await getFormatter(options.format);
  if (!formatter) throw new Error(`no formatter named ${options.format}`);
  // A report written to a file is read later, not on this terminal: colour only when forced.
  const isTTY = options.outputFile === undefined && io.isTTY;
  const colorLevel = resolveColorLevel({ flag: options.color, env: io.env, isTTY });
  return formatter(results, { cwd: io.cwd, colorLevel, toolVersion: readPackageVersion() });
}

/** Lint standard input or the paths; unmatched paths are dropped under `--no-error-on-unmatched-pattern`. */
async function lintInputs(paths: readonly string[], options: LintCommandOptions, io: Io, loadedConfig: LoadedConfig): Promise<LintFilesOutcome> {
  // Loaded here, not at the top: `--help` and `--version` must not pay for (or depend on) the linter.
  const { lintFiles } = await import('../lint/lint-files.js');
  if (options.stdin) {
    // Resolved like a path argument, so the report and the config treat the input as that file.
    const filePath = options.stdinFilename === undefined ? '<stdin>' : path.resolve(io.cwd, options.stdinFilename);
    const bytes = await readStdin(io);
    if (bytes instanceof Error) return { results: [], notices: [], problems: [unreadableStdin(filePath, bytes)], fixed: [] };
    return lintFiles([], { cwd: io.cwd, loadedConfig, stdin: { bytes, filePath }, fix: options.fixDryRun === true });
  }
  const outcome = await lintFiles(paths, { cwd: io.cwd, loadedConfig, fix: options.fix === true || options.fixDryRun === true });
  if (options.errorOnUnmatchedPattern !== false) return outcome;
  return { ...outcome, problems: outcome.problems.filter((problem) => !isUnmatchedInput(problem)) };
}

/** Standard input, or why it cannot be read (open for writing only, as a closed one can end up). */
async function readStdin(io: Io): Promise<Uint8Array | Error> {
  try {
    return await io.readStdin();
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

function unreadableStdin(filePath: string, error: Error): FileProblem {
  return { kind: 'unreadable', filePath, message: `cannot read standard input: ${describeFsError(error)}`, cause: error };
}

/**
 * Write each fixed file in place, atomically, its mode kept (writeTextFile); a file nothing was
 * fixed in is never touched. What could not be written is a problem of that file (exit 2).
 */
async function writeFixes(fixed: readonly FixedFile[]): Promise<FileProblem[]> {
  if (fixed.length === 0) return [];
  const [{ writeTextFile }, { describeWriteError }] = await Promise.all([import('../files/write-text-file.js'), import('../files/fs-error.js')]);
  const problems: FileProblem[] = [];
  for (const file of fixed) {
    try {
      await writeTextFile(file.filePath, file.after);
    } catch (error) {
      const reason = error instanceof Error ? describeWriteError(error) : String(error);
      problems.push({ kind: 'unreadable', filePath: file.filePath, message: `cannot write the fixed file: ${reason}`, cause: error });
    }
  }
  return problems;
}

/** Why the options do not fit together (stdin, fix), if they do not. */
function checkUsage(paths: readonly string[], options: LintCommandOptions): string | undefined {
  if (options.fix && options.fixDryRun) return '--fix writes the fixes and --fix-dry-run only shows them, expected one of them';
  if (options.fix && options.stdin) return '--fix writes files, and standard input is not one: use --fix-dry-run, which prints the fixes as a diff (or, with --format json, the fixed text as each result\'s output)';
  if (options.stdin && paths.length > 0) return `--stdin lints standard input only, unexpected paths: ${paths.map(printable).join(' ')}`;
  if (!options.stdin && options.stdinFilename !== undefined) return '--stdin-filename names standard input, expected --stdin as well';
  return undefined;
}

function reportProblem(problem: FileProblem, io: Io): void {
  io.stderr(describe(problem, io.cwd));
  if (problem.cause instanceof Error && isEnvFlagSet(io.env, 'LESSONS_DEBUG')) io.stderr(`${problem.cause.stack ?? ''}\n`);
}

/** `lessons: <path>: <message>`, on one line whatever the path holds; a glob pattern is shown as given. */
function describe(item: FileNotice | FileProblem, cwd: string): string {
  const shown = path.isAbsolute(item.filePath) ? displayPath(item.filePath, cwd) : printable(item.filePath);
  return `lessons: ${shown}: ${printable(item.message)}\n`;
}

function parseMaxWarnings(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('Expected a non-negative integer.');
  return Number(value);
}
