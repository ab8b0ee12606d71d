import type { Formatter } from './formatter.js';

/** Names accepted by `--format`, the default first. */
export const formatterNames = ['stylish', 'json', 'compact', 'github', 'sarif'] as const;

/** A known formatter name. */
export type FormatterName = (typeof formatterNames)[number];

// Loaded on demand: a run pays only for the formatter it prints with.
const loaders: Record<FormatterName, () => Promise<Formatter>> = {
  stylish: async () => (await import('./stylish.js')).formatStylish,
  json: async () => (await import('./json.js')).formatJson,
  compact: async () => (await import('./compact.js')).formatCompact,
  github: async () => (await import('./github.js')).formatGithub,
  sarif: async () => (await import('./sarif.js')).formatSarif,
};

/**
 * Formats that print nothing when no file has a diagnostic (checked by test/report/registry.test.ts).
 * A clean run in one of them, the usual pre-commit run, need not load its formatter at all.
 */
export const silentWhenClean: ReadonlySet<FormatterName> = new Set(['stylish', 'compact', 'github']);

/** True when `name` is one of `formatterNames`. */
export function isFormatterName(name: string): name is FormatterName {
  return (formatterNames as readonly string[]).includes(name);
}

/** The formatter called `name`, or undefined when there is none by that name. */
export async function getFormatter(name: string): Promise<Formatter | undefined> {
  return isFormatterName(name) ? loaders[name]() : undefined;
}
