import { describe, expect, it } from 'vitest';
import { defaultConfig, type ResolvedConfig } from '../../src/config/resolved.js';
import { lintText } from '../../src/lint/lint-text.js';
import type { Diagnostic } from '../../src/lint/result.js';
import { parseMarkdown, parseWholeMarkdown } from '../../src/parse/markdown.js';
import { splitSections } from '../../src/parse/split-sections.js';

// The README: with CRLF or CR-only line endings, or a BOM, "the diagnostics and their line and
// column numbers are exactly those of the plain LF file". Each text is a fuzzer's find, shrunk.
const now = new Date('2026-06-15T12:00:00Z');
const presets: ResolvedConfig = { ...defaultConfig(), isFormatInferred: false };

const rows = (text: string, config: ResolvedConfig = defaultConfig()) =>
  lintText(text, { config, now }).diagnostics.map((d: Diagnostic) => `${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.ruleId}/${d.messageId} ${d.message}`);

const variants = (lf: string) => ({ CRLF: lf.replace(/\n/gu, '\r\n'), CR: lf.replace(/\n/gu, '\r'), BOM: `\uFEFF${lf}`, 'two BOMs': `\uFEFF\uFEFF${lf}` });

describe('CRLF, CR-only and BOM texts are linted as their LF text', () => {
  const cases: [string, string][] = [
    // The YAML error range covers the line break: over the `\r` of a CRLF it ended past the line's end.
    ['a YAML error at a line end', '---\nfoo: [\n---\n\n## 2026-02-14: Cron\n\n**Rule**: Use UTC.\n'],
    ['a YAML error at the end of the front matter', '---\ntitle: x\n  bad: indent\n---\n\n## 2026-02-14: Cron\n\n**Rule**: Use UTC.\n'],
    // CR-only front matter: its content was placed from offset 0, and the YAML parser read it as one line.
    ['front matter settings', '---\nlessons:\n  schema: corection\n---\n\n## 2026-02-14: Cron\n\n**Rule**: Use UTC.\n'],
    ['front matter choosing the schema', '---\nlessons:\n  schema: correction\n---\n\n## 2026-02-14: Cron\n\n**Bug**: x\n\n**Rule**: Use UTC.\n'],
    // Lines of a paragraph were split at `\n` only: labels after the first line were lost.
    ['a plain label on the next line of a paragraph', '## 2026-02-14: Cron\n\n**Bug**: x.\nRule: z\n'],
    ['a plain label after a dated bullet', '- **4 Feb 2026:\nRule:\n'],
    // The own format is inferred from label lines split at `\n` only.
    ['a field under an empty heading', '##\n**x**:\n'],
    ['a plain label after a sentence', '##\n.\nFix:\n'],
    ['a bold label after a rule', '# 2026-01\n->\n**Misae:**\n'],
    ['a setext heading over a label', '2024-29\n=\n**n**:\n'],
    // A list item's, a record's first line was found with `\r?\n`.
    ['list items with dates', '- 2024-29\ne\n- 2000-02>\n- 2002-10\n'],
    ['an ordered list item over a line', '##\n1. d\nv\n'],
    ['a list item opened by a bold label', '- February 1 2026 **Fix**:\nl\n'],
    ['an empty bullet after a field', 'b\t**Fix**:\t**Fix**:\n-- -\n**Fix**:\n**Rule**:\n'],
    ['records', '[BUG-001] [2026-03-28]\nRoot cause: x\nRule: y\n\n[BUG-002] [2026-03-29]\nRoot cause: x\nRule: y\n'],
    ['a lost heading markup', '2026-05-02 - Lost heading markup\n**Rule**: x\n\n## 2026-05-03: Next\n\n**Rule**: y\n'],
    // The text of a setext heading of several lines kept its line breaks as written.
    ['a setext heading of two lines', '--\n[\n-\n'],
  ];

  it.each(cases)('%s', (_name, lf) => {
    for (const config of [defaultConfig(), presets]) {
      const expected = rows(lf, config);
      for (const [name, text] of Object.entries(variants(lf))) expect(rows(text, config), name).toEqual(expected);
    }
  });

  it('reads CR-only front matter that chooses the schema, as the LF file does', () => {
    const lf = '---\nlessons:\n  schema: correction\n---\n\n## 2026-02-14: Cron\n\n**Mistake**: x\n';
    expect(rows(lf.replace(/\n/gu, '\r'))).toEqual(rows(lf));
    expect(rows(lf).some((row) => row.includes('frontmatter'))).toBe(false);
  });

  it('reports the YAML error over the CRLF at the line end as the LF file does (2:7-3:1), not past the line', () => {
    const lf = '---\nfoo: [\n---\n';
    for (const text of [lf, lf.replace(/\n/gu, '\r\n'), lf.replace(/\n/gu, '\r')]) {
      expect(lintText(text, { now }).diagnostics.find((d) => d.ruleId === 'frontmatter')).toMatchObject({ line: 2, column: 7, endLine: 3, endColumn: 1 });
    }
  });

  it('drops every leading BOM: the parser skips one more, and its offsets would start after it', () => {
    const lf = '# Lessons\n\n## 2026-02-14: Cron\n\n**Bug**: x\n';
    expect(rows(`\uFEFF\uFEFF${lf}`, presets)).toEqual(rows(lf, presets));
    expect(rows(`\uFEFF\uFEFF${lf}`, presets)[0]).toMatch(/^3:1-3:20 /u);
  });
});

describe('splitSections cuts at any line break', () => {
  it('cuts a CR-only file before each heading, as its LF file, and the tree is the same', () => {
    const lf = '---\na: 1\n---\n\n# A\n\ntext\n\n## B\n\n**Rule**: x\n';
    const cr = lf.replace(/\n/gu, '\r');
    expect(splitSections(cr).map((section) => [section.offset, section.line])).toEqual(splitSections(lf).map((section) => [section.offset, section.line]));
    expect(splitSections(cr)).toHaveLength(3);
    // Lines counted over mixed breaks: the sections' positions are those of the whole-document parse.
    const mixed = '# A\r\rtext\n\r\n## B\r\n\r**Rule**: x\n\n### C\ry\n';
    expect(splitSections(mixed)).toHaveLength(3);
    expect(parseMarkdown(mixed)).toEqual(parseWholeMarkdown(mixed));
  });

  it('ends front matter only at a fence line, not at a U+2028 inside a line', () => {
    const text = '---\na: 1\u2028---\n# not a cut\n---\n\n# A\n';
    expect(splitSections(text).map((section) => section.offset)).toEqual([0, text.indexOf('# A')]);
    expect(parseMarkdown(text)).toEqual(parseWholeMarkdown(text));
  });
});
