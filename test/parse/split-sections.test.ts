import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMarkdown, parseWholeMarkdown } from '../../src/parse/markdown.js';
import { splitSections } from '../../src/parse/split-sections.js';
import { repoPath } from './helpers.js';

const corpus = repoPath('../shared/corpus');
const inputs = [
  ...readdirSync(corpus).filter((name) => name.endsWith('.md')).map((name) => `${corpus}/${name}`),
  ...readdirSync(repoPath('fixtures/variants')).filter((name) => name.endsWith('.md')).map((name) => repoPath(`fixtures/variants/${name}`)),
];

describe('section-by-section parsing', () => {
  it('has real files to compare', () => {
    expect(inputs.length).toBeGreaterThan(50);
  });

  it.each(inputs)('gives the same tree as a whole-document parse: %s', (path) => {
    const text = readFileSync(path, 'utf8');
    for (const source of [text, text.replace(/\r?\n/gu, '\r\n')]) {
      expect(parseMarkdown(source)).toEqual(parseWholeMarkdown(source));
    }
  });

  it('never cuts inside fenced code, HTML comments or front matter', () => {
    const source = ['---', '# yaml comment', '---', '```', '## not a heading', '```', '<!--', '## hidden', '-->', '~~~~', '## code', '~~~', '## also code', '~~~~', '## cut here', 'text'].join('\n');
    const sections = splitSections(source);
    expect(sections.map((section) => section.line)).toEqual([0, 14]);
    expect(sections[1]?.text.startsWith('## cut here')).toBe(true);
  });
});
