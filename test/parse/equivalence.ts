import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { defaultConfig } from '../../src/config/resolved.js';
import { extractDocument } from '../../src/parse/extract.js';
import { parseMarkdown, parseWholeMarkdown } from '../../src/parse/markdown.js';
import { createSchemaSet } from '../../src/schema/schema-set.js';

const { vocabulary } = createSchemaSet(defaultConfig());

// A file as written and with CRLF line endings.
function bothLineEndings(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  return [text, text.replace(/\r?\n/gu, '\r\n')];
}

/** The section-by-section parse of a file gives the tree a whole-document parse gives. */
export function expectSameTree(path: string): void {
  for (const source of bothLineEndings(path)) expect(parseMarkdown(source)).toEqual(parseWholeMarkdown(source));
}

/**
 * The linter extracts from section-by-section, blocks-only trees: the model of a file (and so every
 * finding and position) must be the one a whole-document parse with every inline node gives.
 */
export function expectSameExtraction(path: string): void {
  for (const source of bothLineEndings(path)) {
    for (const layout of ['auto', 'list-item'] as const) {
      const options = { path: 'test.md', vocabulary, layout };
      expect(extractDocument(parseMarkdown(source, { isBlocksOnly: true }), source, options)).toEqual(extractDocument(parseWholeMarkdown(source), source, options));
    }
  }
}
