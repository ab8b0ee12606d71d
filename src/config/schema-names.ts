import { ConfigError } from './config-error.js';
import { formatPath } from './schema-walk.js';
import { didYouMean } from './suggest.js';

/** The schema choice as a list of names; an unknown name is an error with a did-you-mean. */
export function checkSchemaNames(choice: string | string[], where: PropertyKey[], names: readonly string[]): string[] {
  const list = typeof choice === 'string' ? [choice] : choice;
  list.forEach((name, index) => {
    if (names.includes(name)) return;
    const at = typeof choice === 'string' ? where : [...where, index];
    throw new ConfigError(`${formatPath(at)}: ${unknownSchemaText(name, names)}`);
  });
  return [...new Set(list)];
}

/** `unknown schema "postmortm", did you mean "postmortem"?` (with the known names when nothing is close). */
export function unknownSchemaText(name: string, names: readonly string[]): string {
  const hint = didYouMean(name, names, '"');
  return `unknown schema "${name}"${hint === '' ? `, expected one of ${names.join(', ')}` : hint}`;
}
