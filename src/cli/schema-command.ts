import type { Command } from 'commander';
import { ExitCode } from './exit-code.js';
import type { Io } from './io.js';
import { loadCliConfig, type ConfigFlags } from './load-cli-config.js';

/** Add `lessons schema [name]`: the JSON Schema of an entry schema (custom ones included), or of the config file. */
export function addSchemaCommand(program: Command, io: Io, onExitCode: (code: number) => void): Command {
  return program
    .command('schema')
    .description('print the JSON Schema of an entry schema (preset or custom), or with no name of the config file')
    .argument('[name]', 'entry schema name, e.g. incident, correction, or one from your config')
    .option('-c, --config <path>', 'use this config file instead of looking for one')
    .option('--no-config', 'ignore config files')
    .action(async (name: string | undefined, options: ConfigFlags) => {
      onExitCode(await runSchema(name, options, io));
    });
}

async function runSchema(name: string | undefined, options: ConfigFlags, io: Io): Promise<number> {
  // Loaded on demand: building JSON Schemas pulls in every rule's options schema.
  const { configJsonSchema, entryJsonSchema } = await import('../schema/json-schema.js');
  if (name === undefined) {
    io.stdout(`${JSON.stringify(configJsonSchema(), null, 2)}\n`);
    return ExitCode.ok;
  }
  const loaded = await loadCliConfig(options, io);
  if ('exitCode' in loaded) return loaded.exitCode;
  const { resolveConfigForFile } = await import('../config/resolve-for-file.js');
  const { unknownSchemaText } = await import('../config/schema-names.js');
  const resolved = resolveConfigForFile(loaded.config, loaded.config.baseDirectory);
  const schema = entryJsonSchema(name, resolved);
  if (schema === undefined) {
    io.stderr(`lessons: ${unknownSchemaText(name, Object.keys(resolved.schemas))}\n`);
    return ExitCode.fatal;
  }
  io.stdout(`${JSON.stringify(schema, null, 2)}\n`);
  return ExitCode.ok;
}
