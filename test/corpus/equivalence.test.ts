import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/resolved.js';
import { extractDocument } from '../../src/parse/extract.js';
import { parseMarkdown, parseWholeMarkdown } from '../../src/parse/markdown.js';
import { createSchemaSet } from '../../src/schema/schema-set.js';
import { repoPath } from '../parse/helpers.js';

// The speed layer's equivalence checks of test/parse, over the real files of ../shared.
const corpus = repoPath('../shared/corpus');
const seeds = repoPath('../shared/seeds');
const inputs = [
  ...readdirSync(corpus).filter((name) => name.endsWith('.md')).map((name) => `${corpus}/${name}`),
  ...readdirSync(seeds).filter((name) => name.endsWith('.txt')).map((name) => `${seeds}/${name}`),
];
const { vocabulary } = createSchemaSet(defaultConfig());

describe('real files parse the same section by section', () => {
  it('has real files to compare', () => {
    expect(inputs.length).toBeGreaterThan(50);
  });

  it.each(inputs)('gives the same tree as a whole-document parse: %s', (path) => {
    const text = readFileSync(path, 'utf8');
    for (const source of [text, text.replace(/\r?\n/gu, '\r\n')]) {
      expect(parseMarkdown(source)).toEqual(parseWholeMarkdown(source));
    }
  });

  it.each(inputs)('extracts the same document from a blocks-only parse: %s', (path) => {
    const text = readFileSync(path, 'utf8');
    for (const source of [text, text.replace(/\r?\n/gu, '\r\n')]) {
      for (const layout of ['auto', 'list-item'] as const) {
        const options = { path: 'test.md', vocabulary, layout };
        expect(extractDocument(parseMarkdown(source, { isBlocksOnly: true }), source, options)).toEqual(extractDocument(parseWholeMarkdown(source), source, options));
      }
    }
  });
});
