import { extractDocument } from '../parse/extract.js';
import { parseMarkdown } from '../parse/markdown.js';
import type { LessonsDocument } from '../parse/model.js';
import type { SchemaSet } from '../rules/rule.js';
import { assignSchemas } from '../schema/match.js';

const BOM = '\uFEFF';

/** Build the lessons model of a text under its schemas: parse, extract entries, assign schemas. */
export function buildDocument(text: string, schemas: SchemaSet, filePath?: string): LessonsDocument {
  // A BOM is invisible to editors: dropping it keeps line 1 columns as the user sees them.
  const source = text.startsWith(BOM) ? text.slice(1) : text;
  const document = extractDocument(parseMarkdown(source), source, { path: filePath ?? '<text>', vocabulary: schemas.vocabulary });
  assignSchemas(document, schemas);
  return document;
}
