/** Why an input could not be linted; every kind ends the run with exit code 2. */
export type FileProblemKind =
  | 'not-found'
  | 'no-lessons-files'
  | 'no-match'
  | 'is-directory'
  | 'not-regular-file'
  | 'too-large'
  | 'binary'
  | 'utf16'
  | 'invalid-utf8'
  | 'unreadable'
  | 'internal-error';

/** An input that could not be linted: a path that does not exist, a binary file, and so on. */
export interface FileProblem {
  kind: FileProblemKind;
  /** Absolute path of the file or directory, or the glob pattern as given. */
  filePath: string;
  /** One line, lower case, no trailing period: `binary file, expected UTF-8 text`. */
  message: string;
  /** The exception behind an `internal-error`, kept so a debug mode can show its stack. */
  cause?: unknown;
}

/** Kinds meaning an input matched no file, which `--no-error-on-unmatched-pattern` lets pass. */
const unmatchedKinds: ReadonlySet<FileProblemKind> = new Set(['not-found', 'no-lessons-files', 'no-match']);

/** True when the problem is an input (path, directory or glob) that matched nothing to lint. */
export function isUnmatchedInput(problem: FileProblem): boolean {
  return unmatchedKinds.has(problem.kind);
}

/** Something worth telling the user that is not a failure (an empty file was skipped). */
export interface FileNotice {
  filePath: string;
  message: string;
}
