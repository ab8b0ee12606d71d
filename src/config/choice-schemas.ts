import * as z from 'zod';
import { lazy } from '../schema/lazy.js';

/**
 * The schemas of the settings both a config file and a file's front matter may choose, built on
 * first use: a run without a config file or front matter settings never builds them.
 */
export const choiceSchemas = lazy(() => ({
  /** One schema name or a list of candidate names (entries are matched to the best fit). */
  schemaChoiceSchema: z
    .union([z.string().min(1), z.array(z.string().min(1)).min(1)])
    .describe('The entry schema of the files: a name, or a list of candidate names'),
  /** How entries are laid out in the files. */
  entryLayoutSchema: z
    .enum(['auto', 'headings', 'list-items', 'records', 'topic-items'])
    .describe('Entries under headings, as dated list items, as records without headings (a date stamp or `---` rules between blocks of fields), as bullets under topic headings, or auto (the first of these a file has)'),
}));
