/** The process facilities the CLI uses, passed in so that tests run it in-process. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Directory that relative paths are resolved against. */
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal (colour is on by default only then). */
  isTTY: boolean;
  /**
   * Standard input, for `--stdin`, up to one byte past the file size limit (what is beyond is never
   * read); read only when asked for, since it blocks until EOF.
   */
  readStdin(): Promise<Uint8Array>;
}

/** True when an environment flag such as LESSONS_DEBUG is set to anything but empty, `0` or `false`. */
export function isEnvFlagSet(env: Io['env'], name: string): boolean {
  const value = env[name];
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}
