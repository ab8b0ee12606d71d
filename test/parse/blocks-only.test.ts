import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/resolved.js';
import { extractDocument } from '../../src/parse/extract.js';
import { parseMarkdown, parseWholeMarkdown } from '../../src/parse/markdown.js';
import { createSchemaSet } from '../../src/schema/schema-set.js';
import { repoPath } from './helpers.js';

const corpus = repoPath('../shared/corpus');
const inputs = [
  ...readdirSync(corpus).filter((name) => name.endsWith('.md')).map((name) => `${corpus}/${name}`),
  ...readdirSync(repoPath('fixtures/variants')).filter((name) => name.endsWith('.md')).map((name) => repoPath(`fixtures/variants/${name}`)),
  ...readdirSync(repoPath('../shared/seeds')).filter((name) => name.endsWith('.txt')).map((name) => repoPath(`../shared/seeds/${name}`)),
];
const { vocabulary } = createSchemaSet(defaultConfig());

// The linter extracts from section-by-section, blocks-only trees; this proves that the model (and so
// every finding and position) is the one a whole-document parse with every inline node gives.
describe('blocks-only section parsing', () => {
  it.each(inputs)('extracts the same document as a whole-document parse: %s', (path) => {
    const text = readFileSync(path, 'utf8');
    for (const source of [text, text.replace(/\r?\n/gu, '\r\n')]) {
      for (const layout of ['auto', 'list-item'] as const) {
        const options = { path: 'test.md', vocabulary, layout };
        expect(extractDocument(parseMarkdown(source, { isBlocksOnly: true }), source, options)).toEqual(extractDocument(parseWholeMarkdown(source), source, options));
      }
    }
  });

  it('keeps inline HTML of paragraphs, where suppression comments live, and nothing else inline', () => {
    const tree = parseMarkdown('## 2026-01-01: Title\n\n**Bug**: a *b* <!-- lessons-disable-line entry-title --> c\n', { isBlocksOnly: true });
    const paragraph = tree.children[1];
    expect(paragraph?.type === 'paragraph' ? paragraph.children.map((child) => child.type) : []).toEqual(['html']);
    expect(tree.children[0]?.type === 'heading' ? tree.children[0].children.length : 0).toBeGreaterThan(0);
  });
});
