import { Command, CommanderError } from 'commander';
import { ExitCode } from './exit-code.js';
import { isEnvFlagSet } from './io.js';
import type { Io } from './io.js';
import { addInitCommand } from './init-command.js';
import { addLintCommand } from './lint-command.js';
import { addSchemaCommand } from './schema-command.js';
import { readPackageVersion } from './version.js';

/** Run the `lessons` CLI with `argv` (arguments after the program name); resolves to the exit code. Never throws. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let exitCode: number = ExitCode.ok;
  try {
    const program = createProgram(io);
    const onExitCode = (code: number) => (exitCode = code);
    addLintCommand(program, io, onExitCode);
    addInitCommand(program, io, onExitCode);
    addSchemaCommand(program, io, onExitCode);
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return exitCodeOfCommanderError(error);
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`lessons: internal error: ${message.split('\n')[0] ?? ''}\n`);
    if (isEnvFlagSet(io.env, 'LESSONS_DEBUG') && error instanceof Error) io.stderr(`${error.stack ?? ''}\n`);
    return ExitCode.fatal;
  }
}

/** The program with every process-bound default of commander replaced by `io`. */
function createProgram(io: Io): Command {
  const program = new Command('lessons')
    .description('Lint lessons-learned Markdown files: missing fields, duplicate entries, bad dates, malformed sections')
    .version(readPackageVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'print help')
    .helpCommand('help [command]', 'print help for a command')
    // Settings below are copied to commands created later with .command(), so they must come first.
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout(text),
      writeErr: (text) => io.stderr(text),
      outputError: (text, write) => write(`lessons: ${text.replace(/^error: /, '')}`),
      getOutHelpWidth: () => 80,
      getErrHelpWidth: () => 80,
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    })
    .showSuggestionAfterError(true);
  return program;
}

/** Help and version exit 0; every usage error exits 2 (commander's own default is 1). */
function exitCodeOfCommanderError(error: CommanderError): number {
  if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return ExitCode.ok;
  if (error.code === 'commander.help') return error.exitCode === 0 ? ExitCode.ok : ExitCode.fatal;
  return ExitCode.fatal;
}
