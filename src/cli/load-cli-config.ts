import { ConfigError } from '../config/config-error.js';
import type { LoadConfigResult } from '../config/load-config.js';
import { ExitCode } from './exit-code.js';
import type { Io } from './io.js';

/** `--config PATH` gives a path; `--no-config` gives false; neither leaves it undefined. */
export interface ConfigFlags {
  config?: string | false;
}

/** Load the config the flags name (or discover one); a config that cannot be used is one line on stderr and exit 2. */
export async function loadCliConfig(flags: ConfigFlags, io: Io): Promise<LoadConfigResult | { exitCode: number }> {
  // Loaded on demand: validating a config builds every rule's options schema.
  const { loadConfig } = await import('../config/load-config.js');
  try {
    return await loadConfig({
      cwd: io.cwd,
      configPath: typeof flags.config === 'string' ? flags.config : undefined,
      noConfig: flags.config === false,
    });
  } catch (error) {
    // Never fall back to the defaults: a config the user wrote and that cannot be read must stop the run.
    if (!(error instanceof ConfigError)) throw error;
    io.stderr(`lessons: ${error.message}\n`);
    return { exitCode: ExitCode.fatal };
  }
}
