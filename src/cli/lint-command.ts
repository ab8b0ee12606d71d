import path from 'node:path';
import { InvalidArgumentError, Option } from 'commander';
import type { Command } from 'commander';
import type { FileNotice, FileProblem } from '../files/problem.js';
import { countProblems, keepErrorsOnly } from '../report/filter.js';
import { formatterNames, getFormatter } from '../report/index.js';
import { resolveColorLevel } from './color.js';
import { decideExitCode, hasTooManyWarnings } from './exit-code.js';
import { isEnvFlagSet } from './io.js';
import type { Io } from './io.js';

/** Options of `lessons lint`, as commander parses them. */
export interface LintCommandOptions {
  format: string;
  maxWarnings?: number;
  quiet?: boolean;
  color?: boolean;
}

/** Add the `lint` command to `program` (inheriting its io settings); `onExitCode` receives the run's exit code. */
export function addLintCommand(program: Command, io: Io, onExitCode: (code: number) => void): Command {
  return program
    .command('lint')
    .description('lint lessons files, directories or globs (default: the usual lessons files below the current directory)')
    .argument('[paths...]', 'files, directories or glob patterns')
    .addOption(new Option('-f, --format <name>', 'output format').choices(formatterNames).default('stylish'))
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings', parseMaxWarnings)
    .option('-q, --quiet', 'report errors only; warnings are neither shown nor counted')
    .option('--color', 'force coloured output')
    .option('--no-color', 'disable coloured output')
    .action(async (paths: string[], options: LintCommandOptions) => {
      onExitCode(await runLint(paths, options, io));
    });
}

/** Lint the inputs, print the report and the input problems, and return the exit code. */
export async function runLint(paths: readonly string[], options: LintCommandOptions, io: Io): Promise<number> {
  const formatter = await getFormatter(options.format);
  if (!formatter) throw new Error(`no formatter named ${options.format}`);
  // Loaded here, not at the top: `--help` and `--version` must not pay for (or depend on) the linter.
  const { lintFiles } = await import('../files/lint-files.js');
  const outcome = await lintFiles(paths, { cwd: io.cwd });
  const results = options.quiet ? keepErrorsOnly(outcome.results) : outcome.results;
  const colorLevel = resolveColorLevel({ flag: options.color, env: io.env, isTTY: io.isTTY });
  const output = formatter(results, { cwd: io.cwd, colorLevel });
  // JSON consumers always get a document, even `[]`; stylish says nothing when all is well.
  if (output !== '') io.stdout(output.endsWith('\n') ? output : `${output}\n`);
  if (!options.quiet) for (const notice of outcome.notices) io.stderr(describe(notice, io.cwd));
  for (const problem of outcome.problems) reportProblem(problem, io);
  const tally = { ...countProblems(results), problemCount: outcome.problems.length, maxWarnings: options.maxWarnings };
  if (tally.errorCount === 0 && hasTooManyWarnings(tally)) {
    io.stderr(`lessons: too many warnings (${tally.warningCount}), maximum allowed is ${String(tally.maxWarnings)}\n`);
  }
  return decideExitCode(tally);
}

function reportProblem(problem: FileProblem, io: Io): void {
  io.stderr(describe(problem, io.cwd));
  if (problem.cause instanceof Error && isEnvFlagSet(io.env, 'LESSONS_DEBUG')) io.stderr(`${problem.cause.stack ?? ''}\n`);
}

/** `lessons: <path>: <message>`, the path as the user would type it. */
function describe(item: FileNotice | FileProblem, cwd: string): string {
  const shown = path.isAbsolute(item.filePath) ? path.relative(cwd, item.filePath) || '.' : item.filePath;
  return `lessons: ${shown}: ${item.message}\n`;
}

function parseMaxWarnings(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('Expected a non-negative integer.');
  return Number(value);
}
