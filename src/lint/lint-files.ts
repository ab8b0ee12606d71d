import path from 'node:path';
import { defaultConfig } from '../config/resolved.js';
import type { ResolvedConfig } from '../config/resolved.js';
import { isIgnored } from '../config/file-patterns.js';
import type { LoadedConfig } from '../config/loaded-config.js';
import { resolveConfigForFile } from '../config/resolve-for-file.js';
import { lintAndFix } from './fix.js';
import { lintText } from './lint-text.js';
import type { LintResult } from './result.js';
import { compareText, sortResults } from '../report/sort.js';
import type { FileNotice, FileProblem } from '../files/problem.js';
import { decodeInput, readTextFile } from '../files/read-text-file.js';
import { resolvePaths, type ResolvedPaths } from '../files/resolve-paths.js';

const BOM = '\uFEFF';

/** Options of `lintFiles`. */
export interface LintFilesOptions {
  /** Directory that relative inputs and the default discovery start from. */
  cwd: string;
  /** Configuration for every file; defaults to `defaultConfig()`. Ignored when `loadedConfig` is given. */
  config?: ResolvedConfig;
  /** A config file's settings: each file gets its own resolution (overrides, front matter), and `ignores` apply. */
  loadedConfig?: LoadedConfig;
  /** The current time, for `future-date`; defaults to the real clock. */
  now?: Date;
  /** Lint this text (standard input) instead of `inputs`, as if it were the file it names. */
  stdin?: StdinInput;
  /** Apply the fixes findings carry (`lintAndFix`); the fixed texts come back in `fixed`, nothing is written. */
  fix?: boolean;
}

/** A file a fix changed: its text before and after (BOM and line endings as in the file). */
export interface FixedFile {
  filePath: string;
  before: string;
  after: string;
}

/** Text read from standard input, and the file it stands for (`--stdin-filename`). */
export interface StdinInput {
  bytes: Uint8Array;
  /** Reported as the result's path, and the path its configuration is chosen by: absolute, or `<stdin>`. */
  filePath: string;
}

/** Results of the files that could be linted, and what went wrong with the others. */
export interface LintFilesOutcome {
  /** One result per linted file (absolute `filePath`), sorted by path, diagnostics sorted. */
  results: LintResult[];
  /** Inputs that could not be linted; any problem means exit code 2. */
  problems: FileProblem[];
  /** Remarks that do not fail the run, such as an empty file that was skipped. */
  notices: FileNotice[];
  /** With `fix`: the files a fix changed, in the order of `results`. */
  fixed: FixedFile[];
}

/**
 * Lint files, directories and globs (no inputs: the usual lessons files below `cwd`).
 * A bad input never stops the others from being linted; nothing is ever written.
 */
export async function lintFiles(inputs: readonly string[], options: LintFilesOptions): Promise<LintFilesOutcome> {
  const { stdin } = options;
  // Standard input takes the same path as a file from here on, so it is checked and configured alike.
  const resolved = stdin ? resolveStdin(stdin, options.loadedConfig) : { ...(await resolveInputs(inputs, options)), notices: [] };
  const config = options.config ?? defaultConfig();
  const results: LintResult[] = [];
  const problems: FileProblem[] = [...resolved.problems];
  const notices: FileNotice[] = [...resolved.notices];
  const fixed: FixedFile[] = [];
  const reads = prefetch(resolved.files, (filePath) => (stdin ? Promise.resolve(decodeInput(filePath, stdin.bytes)) : readTextFile(filePath)));
  for (const [index, filePath] of resolved.files.entries()) {
    const read = await reads(index);
    if (!read.isText) {
      problems.push(read.problem);
    } else if (read.text.trim() === '') {
      // An empty lessons file is a file nobody has written to yet, not a malformed one.
      results.push(emptyResult(filePath));
      notices.push({ filePath, message: 'empty file, nothing to lint' });
    } else {
      try {
        const fileConfig = options.loadedConfig ? resolveConfigForFile(options.loadedConfig, filePath) : config;
        const lintOptions = { filePath, config: fileConfig, now: options.now, cwd: options.cwd };
        if (options.fix) {
          const before = read.hasBom ? `${BOM}${read.text}` : read.text;
          const outcome = lintAndFix(before, lintOptions);
          results.push(outcome.isFixed ? { ...outcome.result, output: outcome.output } : outcome.result);
          if (outcome.isFixed) fixed.push({ filePath, before, after: outcome.output });
        } else {
          results.push(lintText(read.text, lintOptions));
        }
      } catch (error) {
        // A crash on one file must not hide the results of the others; the path helps a bug report.
        const message = error instanceof Error ? error.message : String(error);
        problems.push({ kind: 'internal-error', filePath, message: `internal error: ${message}`, cause: error });
      }
    }
  }
  return { results: sortResults(results), problems, notices, fixed: sortFixed(fixed) };
}

// With no inputs, a config's `files` patterns say what to lint (one of them matching nothing is
// fine; all of them, not); its `ignores` drop files however they were found.
async function resolveInputs(inputs: readonly string[], options: LintFilesOptions): Promise<ResolvedPaths> {
  const loaded = options.loadedConfig;
  if (!loaded) return resolvePaths(inputs, { cwd: options.cwd });
  const fromConfig = inputs.length === 0 && loaded.files.length > 0;
  const resolved = fromConfig ? await resolvePaths(loaded.files, { cwd: loaded.baseDirectory }) : await resolvePaths(inputs, { cwd: options.cwd });
  const files = resolved.files.filter((file) => !isIgnored(loaded, file));
  const problems = fromConfig && files.length > 0 ? resolved.problems.filter((problem) => problem.kind !== 'no-match') : resolved.problems;
  return { files, problems };
}

/** Standard input as the file it names, unless the config's `ignores` cover that file, as they would on disk. */
function resolveStdin(stdin: StdinInput, loaded: LoadedConfig | undefined): ResolvedPaths & { notices: FileNotice[] } {
  if (loaded && path.isAbsolute(stdin.filePath) && isIgnored(loaded, stdin.filePath)) {
    return { files: [], problems: [], notices: [{ filePath: stdin.filePath, message: 'ignored by the config file, nothing to lint' }] };
  }
  return { files: [stdin.filePath], problems: [], notices: [] };
}

function emptyResult(filePath: string): LintResult {
  return { filePath, diagnostics: [], errorCount: 0, warningCount: 0, stats: { entries: 0 } };
}

/** How many files are read ahead of the one being linted. */
const READ_AHEAD = 4;

// Linting is synchronous: without reading ahead, the process would sit idle on every file's I/O.
// A small window keeps memory bounded when the files are large.
function prefetch<T>(items: readonly string[], load: (item: string) => Promise<T>): (index: number) => Promise<T> {
  const pending = new Map<number, Promise<T>>();
  let next = 0;
  return (index) => {
    while (next < items.length && next <= index + READ_AHEAD) {
      pending.set(next, load(items[next] as string));
      next += 1;
    }
    const promise = pending.get(index) as Promise<T>;
    pending.delete(index);
    return promise;
  };
}

// In the order of the results (sortResults), so a diff lists files as the report does.
function sortFixed(fixed: FixedFile[]): FixedFile[] {
  return fixed.sort((a, b) => compareText(a.filePath, b.filePath));
}
