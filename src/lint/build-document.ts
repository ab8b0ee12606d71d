import type { EntryLayout } from '../config/resolved.js';
import { extractDocument } from '../parse/extract.js';
import { parseMarkdown } from '../parse/markdown.js';
import type { LessonsDocument } from '../parse/model.js';
import type { SchemaSet } from '../rules/rule.js';
import { applyDateFields } from '../schema/date-fields.js';
import { assignSchemas } from '../schema/match.js';

const BOM = '\uFEFF';

/** Options of `buildDocument`. */
export interface BuildDocumentOptions {
  filePath?: string;
  /** Where entries are; `auto` reads list items when the file has no heading entries. */
  entryLayout?: EntryLayout;
}

const LAYOUTS = { auto: 'auto', headings: 'heading', 'list-items': 'list-item' } as const;

/** Build the lessons model of a text under its schemas: parse, extract entries, assign schemas. */
export function buildDocument(text: string, schemas: SchemaSet, options: BuildDocumentOptions = {}): LessonsDocument {
  // A BOM is invisible to editors: dropping it keeps line 1 columns as the user sees them.
  const source = text.startsWith(BOM) ? text.slice(1) : text;
  const document = extractDocument(parseMarkdown(source, { isBlocksOnly: true }), source, { path: options.filePath ?? '<text>', vocabulary: schemas.vocabulary, layout: LAYOUTS[options.entryLayout ?? 'auto'] });
  applyDateFields(document, schemas);
  assignSchemas(document, schemas);
  return document;
}
