/** Where in a config file a problem is, when the parser knows. */
export interface ConfigErrorPosition {
  line: number;
  column: number;
}

/** Options of `ConfigError`. */
export interface ConfigErrorOptions {
  /** Absolute path of the config file. */
  filePath?: string;
  /** The path as shown to the user (relative to the working directory); defaults to `filePath`. */
  displayPath?: string;
  position?: ConfigErrorPosition;
  cause?: unknown;
}

/**
 * A config that cannot be used: unreadable, unparsable or invalid. The message is one line,
 * `<file>: <detail>`, e.g. `lessons.config.json: rules.duplicate-entires: unknown rule, did you mean duplicate-entry?`.
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  /** The problem without the file name. */
  readonly detail: string;
  readonly filePath?: string;
  readonly position?: ConfigErrorPosition;

  constructor(detail: string, options: ConfigErrorOptions = {}) {
    const shown = options.displayPath ?? options.filePath;
    super(shown === undefined ? detail : `${shown}: ${detail}`, options.cause === undefined ? undefined : { cause: options.cause });
    this.detail = detail;
    this.filePath = options.filePath;
    this.position = options.position;
  }

  /** The same problem, attributed to a file. */
  withFile(filePath: string, displayPath: string): ConfigError {
    return new ConfigError(this.detail, { filePath, displayPath, position: this.position, cause: this.cause });
  }
}
