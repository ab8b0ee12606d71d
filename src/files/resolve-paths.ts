import type { Stats } from 'node:fs';
import path from 'node:path';
import { ignoredDirectories, lessonsFileNames, lessonsFilePatterns } from './lessons-file-names.js';
import type { FileProblem } from './problem.js';
import { describeFsError } from './fs-error.js';
import { stat } from './fs-callbacks.js';

/** Options of `resolvePaths`. */
export interface ResolvePathsOptions {
  /** Directory that relative inputs and the default discovery start from. */
  cwd: string;
}

/** The files to lint (absolute, sorted, unique) and the inputs that resolved to nothing. */
export interface ResolvedPaths {
  files: string[];
  problems: FileProblem[];
}

/**
 * Turn command-line inputs (files, directories, globs) into the files to lint.
 * With no inputs, finds the usual lessons files below `cwd`. Never throws for a bad input:
 * each one becomes a problem so the other inputs can still be linted.
 */
export async function resolvePaths(
  inputs: readonly string[],
  options: ResolvePathsOptions,
): Promise<ResolvedPaths> {
  const cwd = path.resolve(options.cwd);
  const effectiveInputs = inputs.length === 0 ? [cwd] : inputs;
  const files = new Set<string>();
  const problems: FileProblem[] = [];
  for (const input of effectiveInputs) {
    const outcome = await resolveInput(input, cwd);
    if (Array.isArray(outcome)) {
      for (const file of outcome) files.add(file);
    } else {
      problems.push(outcome);
    }
  }
  return { files: [...files].sort(comparePaths), problems };
}

/** Find the usual lessons files at any depth below `directory`, absolute and sorted. */
export async function findLessonsFiles(directory: string): Promise<string[]> {
  const fg = await loadFastGlob();
  const matches = await fg([...lessonsFilePatterns], {
    cwd: directory,
    absolute: true,
    onlyFiles: true,
    dot: true,
    caseSensitiveMatch: false,
    ignore: [...ignoredDirectories],
    // Directory symlinks can form cycles and lead outside the project; files still match.
    followSymbolicLinks: false,
    // An unreadable subdirectory must not hide the lessons files elsewhere in the tree.
    suppressErrors: true,
  });
  return matches.map((match) => path.normalize(match)).sort(comparePaths);
}

async function resolveInput(input: string, cwd: string): Promise<string[] | FileProblem> {
  const absolute = path.resolve(cwd, input);
  const stats = await statPath(absolute);
  if (stats instanceof Error) {
    return { kind: 'unreadable', filePath: absolute, message: describeFsError(stats) };
  }
  if (stats?.isDirectory()) {
    const found = await findLessonsFiles(absolute);
    if (found.length > 0) return found;
    return {
      kind: 'no-lessons-files',
      filePath: absolute,
      message: `no lessons files found (looked for ${lessonsFileNames.join(', ')})`,
    };
  }
  if (stats) return [absolute];
  // A literal path wins over a glob reading, so `notes[1].md` that exists is linted as is.
  if ((await loadFastGlob()).isDynamicPattern(input)) return globFiles(input, cwd);
  return { kind: 'not-found', filePath: absolute, message: 'no such file or directory' };
}

async function globFiles(pattern: string, cwd: string): Promise<string[] | FileProblem> {
  const fg = await loadFastGlob();
  const matches = await fg(pattern, {
    cwd,
    absolute: true,
    onlyFiles: true,
    dot: true,
    ignore: [...ignoredDirectories],
    suppressErrors: true,
  });
  if (matches.length === 0) return { kind: 'no-match', filePath: pattern, message: 'no files matched' };
  return matches.map((match) => path.normalize(match));
}

/** Stats of a path, undefined when it does not exist, the error when it cannot be examined. */
async function statPath(absolute: string): Promise<Stats | undefined | Error> {
  try {
    return await stat(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    return error instanceof Error ? error : new Error(String(error));
  }
}

/** Code-unit order: the same on every machine and locale, unlike localeCompare. */
function comparePaths(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

// Loaded on first use: linting named files, the usual pre-commit run, never needs a glob engine.
async function loadFastGlob(): Promise<typeof import('fast-glob')> {
  return (await import('fast-glob')).default;
}
