import { defaultConfig } from '../../src/config/resolved.js';
import { buildDocument, withoutBom } from '../../src/lint/build-document.js';
import { withOwnFormat } from '../../src/lint/own-format.js';
import { parseMarkdown } from '../../src/parse/markdown.js';
import type { LessonsDocument } from '../../src/parse/model.js';
import { createSchemaSet } from '../../src/schema/schema-set.js';

/** The document model of a text as `lintText` builds it. */
export function documentOf(text: string): LessonsDocument {
  const source = withoutBom(text);
  const tree = parseMarkdown(source, { isBlocksOnly: true });
  const config = withOwnFormat(defaultConfig(), source, tree);
  return buildDocument(source, createSchemaSet(config), { entryLayout: config.entryLayout, tree });
}
