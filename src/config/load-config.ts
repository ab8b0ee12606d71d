import path from 'node:path';
import { describeFsError } from '../files/fs-error.js';
import { displayPath } from '../report/display-path.js';
import { ConfigError } from './config-error.js';
import { findConfig, nodeFileSystem, type ConfigFileSystem } from './find-config.js';
import { emptyLoadedConfig, type LoadedConfig } from './loaded-config.js';

/** Options of `loadConfig`; they mirror `--config PATH` and `--no-config`. */
export interface LoadConfigOptions {
  /** Where discovery starts, what `configPath` is relative to, and what paths in messages are shown relative to. */
  cwd: string;
  /** An explicit config file (`--config`): no discovery; a missing file is an error. */
  configPath?: string;
  /** Ignore config files (`--no-config`): the defaults, patterns relative to `cwd`. */
  noConfig?: boolean;
  /** Defaults to the real file system. */
  fs?: ConfigFileSystem;
}

/** The config in effect and the file it came from (absent when none was found or `noConfig`). */
export interface LoadConfigResult {
  config: LoadedConfig;
  path?: string;
}

/**
 * Find, read, parse and validate the config. Throws a `ConfigError` with a one-line message
 * naming the file when it cannot be read, parsed or validated: a broken config never falls back
 * to the defaults.
 */
export async function loadConfig(options: LoadConfigOptions): Promise<LoadConfigResult> {
  const cwd = path.resolve(options.cwd);
  if (options.noConfig && options.configPath !== undefined) {
    throw new ConfigError('an explicit config file and no config cannot be asked for together');
  }
  if (options.noConfig) return { config: emptyLoadedConfig(cwd) };
  const fs = options.fs ?? nodeFileSystem;
  const found = options.configPath === undefined ? await findConfig(cwd, { fs }) : path.resolve(cwd, options.configPath);
  if (found === undefined) return { config: emptyLoadedConfig(cwd) };
  return { config: await readConfigFile(found, { cwd, fs }), path: found };
}

/** Read, parse and validate one config file; errors name the file relative to `cwd`. */
export async function readConfigFile(filePath: string, options: { cwd: string; fs?: ConfigFileSystem }): Promise<LoadedConfig> {
  const fs = options.fs ?? nodeFileSystem;
  const shown = displayPath(filePath, options.cwd);
  let text: string;
  try {
    text = await fs.readFile(filePath, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? describeFsError(error) : String(error);
    throw new ConfigError(`cannot read config file: ${reason}`, { filePath, displayPath: shown, cause: error });
  }
  // Parsing and validating a config (jsonc, YAML, the config's zod schema over every rule) is
  // loaded only when there is a config file: most runs in a repository without one never pay for it.
  const [{ configFormatOf, parseConfigText }, { validateConfig }] = await Promise.all([
    import('./parse-config-text.js'),
    import('./validate-config.js'),
  ]);
  try {
    const input = parseConfigText(text, configFormatOf(filePath));
    return validateConfig(input, { baseDirectory: path.dirname(filePath) });
  } catch (error) {
    if (error instanceof ConfigError) throw error.withFile(filePath, shown);
    throw error;
  }
}
