import type { Root } from 'mdast';
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
  /** The blocks-only tree of the text (BOM removed), when the caller has parsed it already. */
  tree?: Root;
}

const LAYOUTS = { auto: 'auto', headings: 'heading', 'list-items': 'list-item', records: 'record', 'topic-items': 'topic-item' } as const;

/** Build the lessons model of a text under its schemas: parse, extract entries, assign schemas. */
export function buildDocument(text: string, schemas: SchemaSet, options: BuildDocumentOptions = {}): LessonsDocument {
  const source = withoutBom(text);
  const tree = options.tree ?? parseMarkdown(source, { isBlocksOnly: true });
  const document = extractDocument(tree, source, { path: options.filePath ?? '<text>', vocabulary: schemas.vocabulary, layout: LAYOUTS[options.entryLayout ?? 'auto'] });
  applyDateFields(document, schemas);
  assignSchemas(document, schemas);
  return document;
}

/**
 * The text as linted: a BOM is invisible to editors, and dropping it keeps line 1 columns as the user
 * sees them. Every leading BOM goes (a file saved twice by a BOM-adding editor has two): the parser
 * skips one more itself, and would count its offsets from after it.
 */
export function withoutBom(text: string): string {
  let start = 0;
  while (text.startsWith(BOM, start)) start += 1;
  return start === 0 ? text : text.slice(start);
}
