import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectSameExtraction, expectSameTree } from '../parse/equivalence.js';
import { repoPath } from '../parse/helpers.js';

// The speed layer's equivalence checks of test/parse, over the real files of ../shared.
const corpus = repoPath('../shared/corpus');
const seeds = repoPath('../shared/seeds');
const inputs = [
  ...readdirSync(corpus).filter((name) => name.endsWith('.md')).map((name) => `${corpus}/${name}`),
  ...readdirSync(seeds).filter((name) => name.endsWith('.txt')).map((name) => `${seeds}/${name}`),
];

describe('real files parse the same section by section', () => {
  it('has real files to compare', () => {
    expect(inputs.length).toBeGreaterThan(50);
  });

  it.each(inputs)('gives the same tree as a whole-document parse: %s', (path) => {
    expectSameTree(path);
  });

  it.each(inputs)('extracts the same document from a blocks-only parse: %s', (path) => {
    expectSameExtraction(path);
  });
});
