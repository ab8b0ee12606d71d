/** Exit codes of `lessons`: documented in the README and relied upon by CI scripts. */
export const ExitCode = {
  ok: 0,
  lintFailure: 1,
  /** Usage error, unreadable or missing input, nothing matched, internal error. */
  fatal: 2,
} as const;

/** One of the documented exit codes. */
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** What the exit code of a lint run depends on. */
export interface RunTally {
  errorCount: number;
  warningCount: number;
  /** Inputs that could not be linted. */
  problemCount: number;
  /** `--max-warnings`; undefined means unlimited. */
  maxWarnings: number | undefined;
}

/** True when warnings exceed `--max-warnings`. */
export function hasTooManyWarnings(tally: RunTally): boolean {
  return tally.maxWarnings !== undefined && tally.warningCount > tally.maxWarnings;
}

/** The exit code of a lint run: an input problem outranks lint findings, which outrank warnings. */
export function decideExitCode(tally: RunTally): ExitCodeValue {
  if (tally.problemCount > 0) return ExitCode.fatal;
  if (tally.errorCount > 0 || hasTooManyWarnings(tally)) return ExitCode.lintFailure;
  return ExitCode.ok;
}
