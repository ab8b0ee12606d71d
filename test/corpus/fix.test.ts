import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintAndFix } from '../../src/lint/fix.js';
import { fixProblems } from '../lint/fix-invariant.js';
import { repoPath } from '../parse/helpers.js';

// `--fix` over every real file of ../shared/corpus and the seeds: each fix adds white space or
// markup, or respells one word (a label, a status, a date), never more; a second fix finds nothing
// to do; a CRLF or BOM file is fixed exactly as its LF text, and stays CRLF / BOM.
const corpus = repoPath('../shared/corpus');
const now = new Date('2026-12-01T00:00:00Z');
const fix = (text: string) => lintAndFix(text, { filePath: 'lessons.md', now });
const words = (text: string) => text.replace(/[\s#*_]/gu, '');
const names = readdirSync(corpus).filter((name) => name.endsWith('.md')).sort();

describe('--fix on the corpus', () => {
  it.each(names)('%s', (name) => {
    const text = readFileSync(`${corpus}/${name}`, 'utf8');
    const { output, isFixed } = fix(text);
    for (const problem of fixProblems(text)) expect.fail(problem);
    expect(fix(output).isFixed).toBe(false);
    if (!isFixed || text.includes('\r')) return;
    const crlf = fix(`\uFEFF${text.replace(/\n/gu, '\r\n')}`).output;
    expect(crlf).toBe(`\uFEFF${output.replace(/\n/gu, '\r\n')}`);
  });
});

describe('--fix on the captured seed 004', () => {
  it('gives five entries, each with Mistake, Correction, Rule and Status on their own lines, and no finding', () => {
    const seed = readdirSync(repoPath('../shared/seeds')).find((name) => name.startsWith('004'));
    const text = readFileSync(repoPath(`../shared/seeds/${seed}`), 'utf8');
    const { output, result } = fix(text);
    expect(output.match(/^## 2026-05-02 - /gmu)).toHaveLength(5);
    for (const label of ['Mistake', 'Correction', 'Rule', 'Status']) expect(output.match(new RegExp(`^${label}: `, 'gmu'))).toHaveLength(5);
    expect(result.diagnostics).toEqual([]);
    expect(words(output)).toBe(words(text));
  });
});
