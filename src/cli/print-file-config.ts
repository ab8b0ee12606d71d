import path from 'node:path';
import type { LoadedConfig } from '../config/loaded-config.js';
import { printConfig } from '../config/print-config.js';
import { readTextFile } from '../files/read-text-file.js';
import { resolveConfigForFile } from '../config/resolve-for-file.js';
import { withFrontmatterSettings } from '../lint/frontmatter-config.js';
import { ExitCode } from './exit-code.js';
import type { Io } from './io.js';

/** `--print-config FILE`: the configuration FILE would be linted with, overrides and front matter applied. */
export async function printFileConfig(file: string, loaded: LoadedConfig, io: Io): Promise<number> {
  const absolute = path.resolve(io.cwd, file);
  // The file need not exist (ESLint's behaviour): its path alone picks the overrides.
  const read = await readTextFile(absolute);
  const text = read.isText ? read.text : '';
  io.stdout(printConfig(withFrontmatterSettings(resolveConfigForFile(loaded, absolute), text)));
  return ExitCode.ok;
}
