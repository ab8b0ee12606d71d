import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMarkdown, parseWholeMarkdown } from '../../src/parse/markdown.js';
import { splitSections } from '../../src/parse/split-sections.js';
import { expectSameTree } from './equivalence.js';
import { repoPath } from './helpers.js';

// The real files of ../shared run through the same check in test/corpus/equivalence.test.ts.
const inputs = readdirSync(repoPath('fixtures/variants')).filter((name) => name.endsWith('.md')).map((name) => repoPath(`fixtures/variants/${name}`));

describe('section-by-section parsing', () => {
  it.each(inputs)('gives the same tree as a whole-document parse: %s', (path) => {
    expectSameTree(path);
  });

  it('never cuts inside fenced code, HTML comments or front matter', () => {
    const source = ['---', '# yaml comment', '---', '```', '## not a heading', '```', '<!--', '## hidden', '-->', '~~~~', '## code', '~~~', '## also code', '~~~~', '## cut here', 'text'].join('\n');
    const sections = splitSections(source);
    expect(sections.map((section) => section.line)).toEqual([0, 14]);
    expect(sections[1]?.text.startsWith('## cut here')).toBe(true);
  });
});

describe('section cuts that CommonMark would not make', () => {
  it.each([
    ['an indented heading inside a list item', '# L\n\n- a list item\n  ## 2026-02-16: heading inside list item\n  **Bug**: x\n\n## 2026-02-17: real\n'],
    ['a heading inside an HTML block', '# L\n\n<div>\n## 2026-02-15: inside a div\n**Bug**: only\n</div>\n\n## 2026-02-17: real\n'],
    ['a heading after a one-line comment', '# L\n\n<!-- note -->\n## 2026-02-15: after a comment\n'],
    ['a heading inside a multi-line comment', '# L\n\n<!-- note\n## 2026-02-15: hidden\n-->\n## 2026-02-17: real\n'],
    ['a heading inside a <pre> block', '# L\n\n<pre>\n## not a heading\n\n## still not\n</pre>\n## 2026-02-17: real\n'],
  ])('%s parses as one document does', (_, text) => {
    expect(parseMarkdown(text)).toEqual(parseWholeMarkdown(text));
  });
});
