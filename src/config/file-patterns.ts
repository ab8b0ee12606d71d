import path from 'node:path';
import picomatch from 'picomatch';
import type { LoadedConfig } from './loaded-config.js';

type Matcher = (relativePath: string) => boolean;

const matchers = new WeakMap<readonly string[], Matcher>();

/**
 * A path as config patterns see it: relative to the config's directory, with `/` separators.
 * Accepts an absolute path or one already relative to the config's directory.
 */
export function toConfigRelativePath(loaded: Pick<LoadedConfig, 'baseDirectory'>, filePath: string): string {
  const relative = path.isAbsolute(filePath) ? path.relative(loaded.baseDirectory, filePath) : path.normalize(filePath);
  return relative.split(path.sep).join('/');
}

/** Whether `filePath` (absolute or relative to the config's directory) matches one of the glob patterns. */
export function matchesPatterns(patterns: readonly string[], loaded: Pick<LoadedConfig, 'baseDirectory'>, filePath: string): boolean {
  if (patterns.length === 0) return false;
  const relative = toConfigRelativePath(loaded, filePath);
  // Config patterns describe the config's own tree; a file outside it is never matched.
  if (relative === '..' || relative.startsWith('../') || path.isAbsolute(relative)) return false;
  let matcher = matchers.get(patterns);
  if (!matcher) {
    // Same semantics on every platform: `/` separators, dot files matched like any file.
    matcher = picomatch([...patterns], { dot: true, windows: false });
    matchers.set(patterns, matcher);
  }
  return matcher(relative);
}

/** Whether the config's `ignores` exclude `filePath` (absolute or relative to the config's directory). */
export function isIgnored(loaded: LoadedConfig, filePath: string): boolean {
  return matchesPatterns(loaded.ignores, loaded, filePath);
}

/** What file discovery needs from the config, for fast-glob with `cwd`. */
export interface DiscoveryPatterns {
  /** Directory the patterns are relative to. */
  cwd: string;
  /** Patterns of the files to lint; undefined means the usual lessons file names. */
  files?: string[];
  /** Patterns to leave out. */
  ignores: string[];
}

/** The `files` and `ignores` patterns of the config, for finding the files to lint when none are named. */
export function discoveryPatterns(loaded: LoadedConfig): DiscoveryPatterns {
  const patterns: DiscoveryPatterns = { cwd: loaded.baseDirectory, ignores: [...loaded.ignores] };
  if (loaded.files.length > 0) patterns.files = [...loaded.files];
  return patterns;
}
