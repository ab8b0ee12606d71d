/**
 * A value built on first use and kept: for zod schemas that most runs never parse with (the
 * config's, the front-matter settings', rule options'), so that building them is no start-up work.
 */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= build();
    return value;
  };
}
