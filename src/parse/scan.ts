/**
 * Hand-written scans for what a regular expression anchored at the end (`[\s:]+$`) does in time
 * quadratic in a long run of the characters it skips: the engine tries the run from every position.
 */

/** The index after the last character before `end` that `skips` does not match (0 when all do). */
export function endBeforeRun(text: string, skips: RegExp, end = text.length): number {
  let index = end;
  while (index > 0 && skips.test(text[index - 1] as string)) index -= 1;
  return index;
}

/** The text without the trailing characters `skips` matches (one character at a time). */
export function trimEndOf(text: string, skips: RegExp): string {
  return text.slice(0, endBeforeRun(text, skips));
}
