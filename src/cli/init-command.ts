import path from 'node:path';
import type { Command } from 'commander';
import { access } from '../files/fs-callbacks.js';
import { readTextFile } from '../files/read-text-file.js';
import type { InferredSchema } from '../init/infer-schema.js';
import { printable } from '../report/display-path.js';
import { presets } from '../schema/presets.js';
import { ExitCode } from './exit-code.js';
import type { Io } from './io.js';

/** Options of `lessons init`. */
export interface InitCommandOptions {
  from?: string;
  force?: boolean;
  /** Print the config on stdout instead of writing it (so a config that exists stays as it is). */
  stdout?: boolean;
  name: string;
}

/** The file `lessons init` writes, in the current directory. */
export const INIT_CONFIG_NAME = 'lessons.config.json';

/** Add `lessons init [--from FILE]`; `onExitCode` receives the run's exit code. */
export function addInitCommand(program: Command, io: Io, onExitCode: (code: number) => void): Command {
  return program
    .command('init')
    .description(`write a starter ${INIT_CONFIG_NAME}, or with --from infer one from an existing lessons file`)
    .option('--from <file>', 'infer the entry schema from this lessons file, then lint the file with it')
    .option('--force', `overwrite an existing ${INIT_CONFIG_NAME}`)
    .option('--stdout', `print the config instead of writing ${INIT_CONFIG_NAME} (to copy a schema into a config you have)`)
    .option('--name <schema>', 'name of the inferred schema (not a preset name)', 'lessons')
    .action(async (options: InitCommandOptions) => {
      onExitCode(await runInit(options, io));
    });
}

/** Write the config (refusing to overwrite one without --force) and, with --from, lint the source with it. */
export async function runInit(options: InitCommandOptions, io: Io): Promise<number> {
  const target = path.join(io.cwd, INIT_CONFIG_NAME);
  // Loaded on demand: registering the command must not cost every other run its imports.
  const { starterConfig } = await import('../init/build-config.js');
  if (options.stdout) return printConfig(options, io);
  if (!options.force && (await exists(target))) {
    io.stderr(`lessons: ${INIT_CONFIG_NAME} already exists; use --force to overwrite it\n`);
    return ExitCode.fatal;
  }
  if (options.from === undefined) {
    if (!(await writeConfig(target, starterConfig(), io))) return ExitCode.fatal;
    io.stdout(`Wrote ${INIT_CONFIG_NAME}: the incident and correction presets, every rule at its default\n`);
    return ExitCode.ok;
  }
  const built = await buildInferred(options.from, options.name, io);
  if ('exitCode' in built) return built.exitCode;
  if (!(await writeConfig(target, built.config, io))) return ExitCode.fatal;
  const { reportInference } = await import('./init-report.js');
  return reportInference({ inferred: built.inferred, name: options.name, source: built.source, shown: printable(options.from), configPath: target }, io);
}

// `--stdout`: the config that would be written, as JSON on stdout, and nothing else: no file is
// written or read but the source, so it works beside a config that exists.
async function printConfig(options: InitCommandOptions, io: Io): Promise<number> {
  const { starterConfig } = await import('../init/build-config.js');
  if (options.from === undefined) {
    io.stdout(`${JSON.stringify(starterConfig(), null, 2)}\n`);
    return ExitCode.ok;
  }
  const built = await buildInferred(options.from, options.name, io);
  if ('exitCode' in built) return built.exitCode;
  io.stdout(`${JSON.stringify(built.config, null, 2)}\n`);
  return ExitCode.ok;
}

type Inferred = { config: Record<string, unknown>; inferred: InferredSchema; source: string };

/** The config inferred from the file `from`, or the exit code after one line on stderr saying why not. */
async function buildInferred(from: string, name: string, io: Io): Promise<Inferred | { exitCode: number }> {
  if (presets.has(name)) {
    io.stderr(`lessons: --name ${name}: a preset has that name, expected another name for the inferred schema\n`);
    return { exitCode: ExitCode.fatal };
  }
  const source = path.resolve(io.cwd, from);
  const read = await readTextFile(source);
  if (!read.isText) {
    io.stderr(`lessons: ${printable(from)}: ${read.problem.message}\n`);
    return { exitCode: ExitCode.fatal };
  }
  // Loaded on demand: inference parses the file twice and is needed by this command only.
  const [{ inferSchema }, { inferredConfig }] = await Promise.all([import('../init/infer-schema.js'), import('../init/build-config.js')]);
  const inferred = inferSchema(read.text);
  if (inferred.entryCount === 0 && inferred.fields.length === 0) {
    io.stderr(`lessons: ${printable(from)}: no entries found to infer a schema from (expected dated headings like \`## 2026-02-14: Title\` or dated list items)\n`);
    return { exitCode: ExitCode.fatal };
  }
  const config = inferredConfig(inferred, name);
  const problem = await checkConfig(config, io.cwd);
  if (problem !== undefined) {
    io.stderr(`lessons: --name ${JSON.stringify(name)}: ${problem}\n`);
    return { exitCode: ExitCode.fatal };
  }
  return { config, inferred, source };
}

/** Write the config file; false, after one line on stderr, when it cannot be written. */
async function writeConfig(target: string, config: Record<string, unknown>, io: Io): Promise<boolean> {
  // Loaded on demand, like the rest of init.
  const [{ writeTextFile }, { describeWriteError }] = await Promise.all([import('../files/write-text-file.js'), import('../files/fs-error.js')]);
  try {
    await writeTextFile(target, `${JSON.stringify(config, null, 2)}\n`);
    return true;
  } catch (error) {
    const reason = error instanceof Error ? describeWriteError(error) : String(error);
    io.stderr(`lessons: ${INIT_CONFIG_NAME}: cannot write the config file: ${reason}\n`);
    return false;
  }
}

// The config is checked as \`lint\` will read it, before it is written: a bad --name must not leave a broken file.
async function checkConfig(config: Record<string, unknown>, cwd: string): Promise<string | undefined> {
  const { validateConfig } = await import('../config/validate-config.js');
  const { ConfigError } = await import('../config/config-error.js');
  try {
    validateConfig(config, { baseDirectory: cwd });
    return undefined;
  } catch (error) {
    if (error instanceof ConfigError) return error.detail;
    throw error;
  }
}

async function exists(filePath: string): Promise<boolean> {
  try {
    await access(filePath);
    return true;
  } catch {
    return false;
  }
}
