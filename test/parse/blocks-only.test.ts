import { readdirSync } from 'node:fs';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/resolved.js';
import { extractDocument } from '../../src/parse/extract.js';
import { parseMarkdown, parseWholeMarkdown } from '../../src/parse/markdown.js';
import { createSchemaSet } from '../../src/schema/schema-set.js';
import { expectSameExtraction } from './equivalence.js';
import { repoPath } from './helpers.js';

// The real files of ../shared run through the same check in test/corpus/equivalence.test.ts.
const inputs = readdirSync(repoPath('fixtures/variants')).filter((name) => name.endsWith('.md')).map((name) => repoPath(`fixtures/variants/${name}`));
const { vocabulary } = createSchemaSet(defaultConfig());

// The linter extracts from section-by-section, blocks-only trees; this proves that the model (and so
// every finding and position) is the one a whole-document parse with every inline node gives.
describe('blocks-only section parsing', () => {
  it.each(inputs)('extracts the same document as a whole-document parse: %s', (path) => {
    expectSameExtraction(path);
  });

  // Emphasis, links and images are not parsed in a blocks-only tree but in top-level headings,
  // which are parsed again with every inline construct.
  const markedHeadings = [
    '# Lessons *learned*',
    '',
    '## 2026-01-01: **Bold** and _snake_case_ title <!-- lessons-disable-line entry-title -->',
    '',
    '**Bug**: a *b* [c](https://example.com) ![d <!-- not html in a full parse -->](e.png)',
    '',
    '## [2026-01-02] [Linked title][ref] and ![image](i.png)',
    '',
    '- **Fix**: use [the guide][guide]',
    '',
    '  [guide]: https://example.com/guide',
    '',
    'Setext *title* with `code_span`',
    '-------------------------------',
    '',
    '**Rule**: x',
    '',
    '## 2026-01-03 - [Guide] and [unknown][nope] \\*escaped\\*',
    '',
    '> [ref]: https://example.com/ref',
    '',
    '### Sub *heading*',
    '',
  ].join('\n');

  it.each([
    ['LF', markedHeadings],
    ['CRLF', markedHeadings.replace(/\n/gu, '\r\n')],
  ])('reads headings with emphasis, links, images and references as a whole-document parse does (%s)', (_name, source) => {
    const options = { path: 'test.md', vocabulary, layout: 'auto' as const };
    const whole = parseWholeMarkdown(source);
    const blocks = parseMarkdown(source, { isBlocksOnly: true });
    const texts = (tree: typeof whole) => tree.children.flatMap((node) => (node.type === 'heading' ? [toString(node)] : []));
    expect(texts(blocks)).toEqual(texts(whole));
    expect(texts(blocks)).toContain('[2026-01-02] Linked title and image');
    expect(texts(blocks)).toContain('2026-01-03 - Guide and [unknown][nope] *escaped*');
    expect(extractDocument(blocks, source, options)).toEqual(extractDocument(whole, source, options));
  });

  it('parses headings again in batches, each with the definitions it names', () => {
    const entries = Array.from({ length: 1500 }, (_, index) => `## 2026-01-01: *Entry* [${index}][r${index % 3}] <!-- c -->\n\n**Bug**: x\n`);
    const source = `${entries.join('\n')}\n[R0]: https://example.com/0\n\n- [r1]: https://example.com/1\n`;
    const texts = (tree: ReturnType<typeof parseWholeMarkdown>) => tree.children.flatMap((node) => (node.type === 'heading' ? [toString(node)] : []));
    const blocks = parseMarkdown(source, { isBlocksOnly: true });
    expect(texts(blocks)).toEqual(texts(parseWholeMarkdown(source)));
    expect(texts(blocks).slice(0, 3)).toEqual(['2026-01-01: Entry 0 <!-- c -->', '2026-01-01: Entry 1 <!-- c -->', '2026-01-01: Entry [2][r2] <!-- c -->']);
    const options = { path: 'test.md', vocabulary, layout: 'auto' as const };
    expect(extractDocument(blocks, source, options)).toEqual(extractDocument(parseWholeMarkdown(source), source, options));
  });

  // Headings at any depth, by a depth-first walk, as toString reads them.
  const headingTexts = (node: { type: string; children?: unknown[] }): string[] =>
    node.type === 'heading' ? [toString(node as Parameters<typeof toString>[0])] : (node.children ?? []).flatMap((child) => headingTexts(child as { type: string; children?: unknown[] }));

  it.each([
    ['an ATX heading in a list item', '- 2026-01-01: Title\n\n  ### **Bug**\n\n  it broke\n\n  ### [Fix](https://x)\n\n  this\n'],
    ['a setext heading in a list item', '- 2026-01-01: Title\n\n  **Bug** *now*\n  and then\n  ---\n\n  it broke\n'],
    ['a setext heading in an ordered list item', '10. 2026-01-01: Title\n\n    **Bug** <!-- c -->\n    ===\n\n    it broke\n'],
    ['a setext heading in a block quote', '> ## 2026-01-01: Title\n>\n> **Bug** *now*\n> and *then*\n> ---\n'],
    ['a label that folds as micromark folds it', '## 2026-01-01 [Straße] and [ﬁx]\n\n**Bug**: x\n\n[STRASSE]: /x\n[fix]: /y\n'],
    ['labels that differ only in a no-break space', '## 2026-01-01 [a b]\n\n**Bug**: x\n\n[a b]: /x\n[a\u00a0b]: /y\n'],
    ['a label with a backslash before a line ending', '2026-01-01 [foo\\\nbar]\n---\n\n**Bug**: x\n\n[foo\\ bar]: /x\n'],
  ])('reads %s as a whole-document parse does', (_name, source) => {
    const whole = parseWholeMarkdown(source);
    const blocks = parseMarkdown(source, { isBlocksOnly: true });
    expect(headingTexts(blocks)).toEqual(headingTexts(whole));
    for (const layout of ['auto', 'list-item'] as const) {
      const options = { path: 'test.md', vocabulary, layout };
      expect(extractDocument(blocks, source, options)).toEqual(extractDocument(whole, source, options));
    }
  });

  it('keeps the position of HTML in a heading parsed again', () => {
    const source = '## 2026-01-01: *Title* <!-- lessons-disable-line -->\n\n**Bug**: x\n';
    const heading = parseMarkdown(source, { isBlocksOnly: true }).children[0];
    const html = heading?.type === 'heading' ? heading.children.find((child) => child.type === 'html') : undefined;
    expect(html?.position?.start.offset).toBe(source.indexOf('<!--'));
  });

  it('does not parse emphasis or links in paragraphs', () => {
    const tree = parseMarkdown('**Bug**: a *b* [c](d)\n', { isBlocksOnly: true });
    expect(tree.children[0]?.type === 'paragraph' ? tree.children[0].children : undefined).toEqual([]);
  });

  it('keeps inline HTML of paragraphs, where suppression comments live, and nothing else inline', () => {
    const tree = parseMarkdown('## 2026-01-01: Title\n\n**Bug**: a *b* <!-- lessons-disable-line entry-title --> c\n', { isBlocksOnly: true });
    const paragraph = tree.children[1];
    expect(paragraph?.type === 'paragraph' ? paragraph.children.map((child) => child.type) : []).toEqual(['html']);
    expect(tree.children[0]?.type === 'heading' ? tree.children[0].children.length : 0).toBeGreaterThan(0);
  });
});

describe('comments in paragraphs of a blocks-only tree', () => {
  const directivesOf = (text: string) =>
    extractDocument(parseMarkdown(text, { isBlocksOnly: true }), text, { path: 'test.md', vocabulary }).directives.map((directive) => [directive.kind, directive.range.start.line, directive.range.start.column]);
  const wholeDirectivesOf = (text: string) =>
    extractDocument(parseWholeMarkdown(text), text, { path: 'test.md', vocabulary }).directives.map((directive) => [directive.kind, directive.range.start.line, directive.range.start.column]);

  it.each([
    ['a comment at the end of a line', 'Some text <!-- lessons-disable-line entry-date -->\nmore\n'],
    ['two comments in one paragraph', 'a <!-- lessons-disable future-date --> b\nc <!-- lessons-enable future-date -->\n'],
    ['a comment in a heading', '## 2026-02-14: Title <!-- lessons-disable-line entry-title -->\n'],
    ['a comment in a list item', '- a <!-- lessons-disable-next-line entry-date -->\n'],
    ['an escaped opener', 'a \\<!-- lessons-disable-line entry-date --> b\n'],
    ['a comment in a code span', 'a `<!-- lessons-disable-line entry-date -->` b\n'],
  ])('reads %s as a whole-document parse does', (_name, text) => {
    expect(directivesOf(text)).toEqual(wholeDirectivesOf(text));
  });

  it('reads a comment among thousands of openers as the whole-document parse does', () => {
    const text = `a ${'<!--'.repeat(20_000)} b <!-- lessons-disable-line entry-date -->\n`;
    expect(directivesOf(text)).toEqual(wholeDirectivesOf(text));
    expect(directivesOf('a <!-- lessons-disable-line entry-date --> b <!--<!--<!--\n')).toEqual([['disable-line', 1, 3]]);
  });
});
