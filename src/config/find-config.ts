import path from 'node:path';
import { stat } from '../files/fs-callbacks.js';
import { readRegularFileSync } from '../files/read-regular-file.js';
import { MAX_FILE_BYTES } from '../files/read-text-file.js';

/** The file system calls config discovery and loading need, as `node:fs/promises` has them. */
export interface ConfigFileSystem {
  readFile(filePath: string, encoding: 'utf8'): Promise<string>;
  stat(filePath: string): Promise<{ isFile(): boolean; isDirectory(): boolean }>;
}

/** The real file system, reading regular files only: a FIFO or a device named as the config must not hang the run. */
export const nodeFileSystem: ConfigFileSystem = {
  readFile: async (filePath) => readRegularFileSync(filePath, MAX_FILE_BYTES).toString('utf8'),
  stat,
};

/** Config file names looked for in each directory, in order of precedence; package.json comes last. */
export const configFileNames: readonly string[] = [
  'lessons.config.json',
  '.lessonsrc.json',
  '.lessonsrc.yaml',
  '.lessonsrc.yml',
  'package.json',
];

/** Options of `findConfig`. */
export interface FindConfigOptions {
  /** Defaults to the real file system. */
  fs?: ConfigFileSystem;
}

/**
 * The config file that applies to `startDirectory`: the first of `configFileNames` found there or
 * in a parent, stopping after the repository root (a directory holding `.git`) or the file system
 * root. A package.json counts only when it is a file with a `lessons` key; any other name counts
 * whatever it is (a directory too, which loading then refuses). Absolute path, or undefined.
 */
export async function findConfig(startDirectory: string, options: FindConfigOptions = {}): Promise<string | undefined> {
  const fs = options.fs ?? nodeFileSystem;
  let directory = path.resolve(startDirectory);
  for (;;) {
    for (const name of configFileNames) {
      const candidate = path.join(directory, name);
      if (await isConfigFile(candidate, fs)) return candidate;
    }
    const parent = path.dirname(directory);
    if (parent === directory || (await exists(path.join(directory, '.git'), fs))) return undefined;
    directory = parent;
  }
}

async function isConfigFile(filePath: string, fs: ConfigFileSystem): Promise<boolean> {
  const stats = await statOrUndefined(filePath, fs);
  if (stats === undefined) return false;
  // One of our names that is a directory or a FIFO is the user's config gone wrong: loading it
  // says so, where skipping it would silently lint with another config or none.
  if (path.basename(filePath) !== 'package.json') return true;
  if (!stats.isFile()) return false;
  let text: string;
  try {
    text = await fs.readFile(filePath, 'utf8');
  } catch {
    // An unreadable package.json is not ours to report; a config beyond it may still apply.
    return false;
  }
  try {
    return hasLessonsKey(JSON.parse(text.replace(/^\uFEFF/u, '')));
  } catch {
    // A broken package.json that seems to hold our key must fail loudly when loaded, not be skipped.
    return /"lessons"\s*:/u.test(text);
  }
}

async function statOrUndefined(filePath: string, fs: ConfigFileSystem): Promise<{ isFile(): boolean } | undefined> {
  try {
    return await fs.stat(filePath);
  } catch {
    return undefined;
  }
}

// `.git` is a directory in a clone and a file in a worktree or submodule: either marks the root.
async function exists(filePath: string, fs: ConfigFileSystem): Promise<boolean> {
  try {
    await fs.stat(filePath);
    return true;
  } catch {
    return false;
  }
}

/** Whether a parsed package.json carries a `lessons` config. */
export function hasLessonsKey(value: unknown): value is { lessons: unknown } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.hasOwn(value, 'lessons');
}
