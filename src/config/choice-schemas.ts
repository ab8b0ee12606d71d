import * as z from 'zod';

/** One schema name or a list of candidate names (entries are matched to the best fit). */
export const schemaChoiceSchema = z
  .union([z.string().min(1), z.array(z.string().min(1)).min(1)])
  .describe('The entry schema of the files: a name, or a list of candidate names');

/** How entries are laid out in the files. */
export const entryLayoutSchema = z
  .enum(['auto', 'headings', 'list-items'])
  .describe('Entries under headings, as list items, or auto (list items when a file has no heading entries)');
