import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/lint/lint-text.js';
import { repoPath } from '../parse/helpers.js';
import { lintWithRule } from '../rules/helpers.js';

// The two files the project was created from (../shared/seeds): the acceptance bar of the core.
const seed = (name: string) => readFileSync(repoPath(`../shared/seeds/${name}`), 'utf8');
const now = new Date('2026-11-22T00:00:00Z');

/** Seed 004 as its author meant it: headings restored, one bold label per paragraph. */
function restoreCorrectionMarkdown(text: string): string {
  const body = text.slice(text.indexOf('Lessons Learned\n\n2026-05-02'));
  return body
    .replace(/^Lessons Learned$/mu, '# Lessons Learned')
    .replace(/^(2026-05-02 - .*)$/gmu, '## $1')
    .replace(/ ?\b(Mistake|Correction|Rule|Status): /gu, (_, label: string) => `\n\n**${label}:** `)
    .replace(/\n{3,}/gu, '\n\n');
}

describe('the seed files', () => {
  it('seed 000 (incident format) lints with no errors', () => {
    const result = lintText(seed('000_a44d1f57738b60bd.txt'), { filePath: 'lessons.md', now });
    expect(result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
    expect(result.stats.entries).toBe(5);
  });

  it('seed 004 written as proper Markdown (correction format) lints with no errors', () => {
    const markdown = restoreCorrectionMarkdown(seed('004_c25d104a10d5aa05.txt'));
    expect(markdown).toContain('## 2026-05-02 - Binary version mismatch between LXCs');
    const result = lintText(markdown, { filePath: 'lessons.md', now });
    expect(result.diagnostics).toEqual([]);
    expect(result.stats.entries).toBe(5);
  });

  it('seed 004 as given: one pseudo-heading finding per flattened entry, at its line', () => {
    const result = lintText(seed('004_c25d104a10d5aa05.txt'), { filePath: 'lessons.md', now });
    expect(result.diagnostics.map((diagnostic) => `${diagnostic.line}:${diagnostic.column} ${diagnostic.ruleId}`)).toEqual([
      '44:1 pseudo-heading',
      '48:1 pseudo-heading',
      '52:1 pseudo-heading',
      '56:1 pseudo-heading',
      '60:1 pseudo-heading',
    ]);
    expect(result.errorCount).toBe(5);
  });

  it('reports each flattened entry of seed 004 at its line', () => {
    const flattened = seed('004_c25d104a10d5aa05.txt');
    const expected = flattened
      .split('\n')
      .flatMap((line, index) => (/^\d{4}-\d{2}-\d{2} - \S/u.test(line) ? [index + 1] : []));
    const diagnostics = lintWithRule(flattened, 'pseudo-heading');
    expect(expected.length).toBeGreaterThan(3);
    expect(diagnostics.map((d) => d.line)).toEqual(expected);
    expect(diagnostics[0]?.message).toContain('add `## ` before it');
  });
});
