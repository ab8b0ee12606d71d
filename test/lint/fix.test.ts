import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyFixes, lintAndFix } from '../../src/lint/fix.js';
import { fixProblems } from './fix-invariant.js';
import type { Diagnostic } from '../../src/lint/result.js';
import { repoPath } from '../parse/helpers.js';

const now = new Date('2026-11-22T00:00:00Z');
const fix = (text: string) => lintAndFix(text, { filePath: 'lessons.md', now });
const findings = (text: string) => fix(text).result.diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}`);
// What a fix may change: white space, heading marks and a label's emphasis, never a word.
const words = (text: string) => text.replace(/[\s#*_]/gu, '');
const edit = (start: number, end: number, text: string) => ({ fix: { range: [start, end], text } }) as unknown as Diagnostic;

describe('applyFixes', () => {
  it('applies fixes in order, and skips one that overlaps a fix before it', () => {
    expect(applyFixes('abcdef', [edit(4, 5, 'E'), edit(0, 1, 'A'), edit(0, 2, 'X')])).toBe('AbcdEf');
    expect(applyFixes('ab', [])).toBe('ab');
  });
});

describe('lintAndFix', () => {
  const page = readFileSync(repoPath('fixtures/fix/flattened-page.md'), 'utf8');

  it('turns a page of lost headings and run-on fields into proper entries, each field on its own line', () => {
    const { output, isFixed, result } = fix(page);
    expect(isFixed).toBe(true);
    expect(output.match(/^## 2026-05-02 - /gmu)).toHaveLength(5);
    for (const label of ['Mistake', 'Correction', 'Rule', 'Status']) expect(output.match(new RegExp(`^${label}: `, 'gmu'))).toHaveLength(5);
    expect(result.diagnostics).toEqual([]);
    expect(result.stats.entries).toBe(5);
    expect(words(output)).toBe(words(page));
  });

  it('reaches a fixpoint: fixing the fixed text changes nothing', () => {
    const once = fix(page).output;
    expect(fix(once)).toMatchObject({ isFixed: false, output: once });
  });

  it('keeps CRLF line endings and a BOM', () => {
    const crlf = `\uFEFF${page.replace(/\n/gu, '\r\n')}`;
    const { output } = fix(crlf);
    expect(output.startsWith('\uFEFF')).toBe(true);
    expect(output.replace(/\r\n/gu, '')).not.toMatch(/[\r\n]/u);
    expect(output.replace(/\r\n/gu, '\n').slice(1)).toBe(fix(page).output);
  });

  it('gives a ##2026 heading its space, unwraps a bold heading line, and splits an underlined field', () => {
    const entry = (heading: string) => `# Lessons\n\n${heading}\n\n**Mistake**: a\n\n**Rule**: b\n\n## 2026-05-09 - Other\n\n**Mistake**: c\n\n**Rule**: d\n`;
    expect(fix(entry('##2026-05-02 - Title')).output).toContain('\n## 2026-05-02 - Title\n');
    expect(fix(entry('**2026-05-02 - Title**')).output).toContain('\n## 2026-05-02 - Title\n');
    const underlined = '# Lessons\n\n## 2026-05-02 - A\n\n**Mistake**: a\n\n**Rule**: b\n---\n\n## 2026-05-09 - B\n\n**Mistake**: c\n\n**Rule**: d\n';
    expect(fix(underlined).output).toBe(underlined.replace('**Rule**: b\n---', '**Rule**: b\n\n---'));
    expect(findings(underlined)).toEqual([]);
  });

  it('writes labels in the file\'s majority style, keeping `__` and the colon, and moves a drifted heading to the entry depth', () => {
    const text = '# L\n\n## 2026-02-14: A\n\n**Bug**: a\n\n**Rule**: b\n\n### 2026-02-15: B\n\n**Bug:** c\n\n__Rule:__ d\n\n## 2026-02-16: C\n\n**Bug**: e\n\n**Rule**: f\n';
    expect(fix(text).output).toBe(text.replace('### 2026-02-15', '## 2026-02-15').replace('**Bug:** c', '**Bug**: c').replace('__Rule:__ d', '__Rule__: d'));
    expect(fix(text).result.diagnostics).toEqual([]);
  });

  it('respells a misspelt label, a status value and a year-first date when only one word is that close', () => {
    const second = '## 2026-02-15: B\n\n**Mistake**: a\n\n**Correction**: b\n\n**Rule**: c\n\n**Status**: Active\n';
    const text = `# L\n\n## 2026/02/14: A\n\n**Mistake**: a\n\n**Corection**: b\n\n**Rule**: c\n\n**Status**: Actve\n\n${second}`;
    expect(fix(text).output).toBe(text.replace('2026/02/14', '2026-02-14').replace('Corection', 'Correction').replace('Actve', 'Active'));
    expect(fix(text).result.diagnostics).toEqual([]);
    const ambiguous = text.replace('2026/02/14', '02/03/2026');
    expect(fix(ambiguous).output).toContain('## 02/03/2026: A');
  });

  it('leaves run-on fields in a list item or block quote to the author: the new line would need its prefix', () => {
    const quoted = '# Lessons\n\n## 2026-05-02 - A\n\n> Mistake: a. Correction: b. Rule: c.\n';
    expect(fix(quoted).isFixed).toBe(false);
  });
});

describe('--fix on every fixture', () => {
  const fixtures = readdirSync(repoPath('fixtures'), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.md'));

  it.each(fixtures)('%s: each fix only adds white space or markup or respells one word, and a second fix changes nothing', (name) => {
    const text = readFileSync(path.join(repoPath('fixtures'), name), 'utf8');
    for (const problem of fixProblems(text)) expect.fail(problem);
    expect(fix(fix(text).output).isFixed).toBe(false);
  });
});
