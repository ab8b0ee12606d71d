import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/lint/lint-text.js';
import { parseMarkdown, parseWholeMarkdown } from '../../src/parse/markdown.js';
import { findDeepNesting, MAX_NESTING } from '../../src/parse/nesting.js';

const now = new Date('2026-11-22T00:00:00Z');
const lint = (text: string) => lintText(text, { filePath: 'lessons.md', now }).diagnostics.map((d) => `${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.ruleId}`);
const entry = (day: number) => `## 2026-02-${String(day).padStart(2, '0')}: Entry ${day}\n\n**Rule**: r${day}\n`;
const indented = (depth: number) => Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n');

describe('findDeepNesting', () => {
  it.each([
    ['block quotes on one line', (n: number) => `${'> '.repeat(n)}x`],
    ['block quotes without spaces', (n: number) => `${'>'.repeat(n)} x`],
    ['bullets on one line', (n: number) => `${'- '.repeat(n)}x`],
    ['ordered items on one line', (n: number) => `${'1. '.repeat(n)}x`],
    ['quotes and bullets mixed', (n: number) => `${'> - '.repeat(n / 2)}x`],
  ])('counts %s, and cuts only past the limit', (_name, build) => {
    expect(findDeepNesting(build(MAX_NESTING))).toEqual([]);
    expect(findDeepNesting(build(MAX_NESTING + 2))).toEqual([{ start: 0, end: build(MAX_NESTING + 2).length, depth: MAX_NESTING + 2 }]);
  });

  it('counts list items nested by indentation, one run for the lines past the limit', () => {
    const text = `${indented(MAX_NESTING + 3)}\n`;
    const cuts = findDeepNesting(text);
    expect(cuts).toHaveLength(1);
    expect(cuts[0]?.depth).toBe(MAX_NESTING + 3);
    expect(text.slice(cuts[0]?.start, cuts[0]?.end)).toBe(`${'  '.repeat(MAX_NESTING)}- item ${MAX_NESTING}\n${'  '.repeat(MAX_NESTING + 1)}- item ${MAX_NESTING + 1}\n${'  '.repeat(MAX_NESTING + 2)}- item ${MAX_NESTING + 2}`);
  });

  it('closes list items at a line indented less, and leaves code and prose alone', () => {
    const text = [indented(20), 'back at the margin', indented(20), '', '```', '          - not a list, deep in code', '```'].join('\n');
    expect(findDeepNesting(text)).toEqual([]);
  });

  it('reads CRLF line ends as LF', () => {
    const lf = `a\n${'> '.repeat(40)}x\nb\n`;
    const crlf = lf.replace(/\n/gu, '\r\n');
    expect(findDeepNesting(crlf).map((cut) => crlf.slice(cut.start, cut.end))).toEqual(findDeepNesting(lf).map((cut) => lf.slice(cut.start, cut.end)));
  });
});

describe('deep nesting is left out of the parse and reported', () => {
  it.each([
    ['10,000 block quotes', `${'> '.repeat(10_000)}## 2026-02-14: deep\n`, 0],
    ['10,000 bullets', `${'- '.repeat(10_000)}x\n`, 0],
    ['10,000 ordered items', `${'1. '.repeat(10_000)}x\n`, 0],
    ['10,000 `>`', `${'>'.repeat(10_000)} x\n`, 0],
    ['1,000 items nested by indentation', `${indented(1000)}\n`, MAX_NESTING],
  ])('%s: a nesting-depth finding, entries around it read at their lines', (_name, deep, readLines) => {
    const text = `${entry(14)}\n${deep}\n${entry(15)}`;
    const deepLine = entry(14).split('\n').length + 1 + readLines;
    const findings = lint(text);
    expect(findings.filter((finding) => finding.endsWith('nesting-depth'))).toEqual([expect.stringMatching(new RegExp(`^${deepLine}:1-\\d+:\\d+ nesting-depth$`, 'u'))]);
    expect(findings.filter((finding) => !finding.endsWith('nesting-depth'))).toEqual([]);
    const entries = lintText(text, { filePath: 'lessons.md', now }).stats.entries;
    expect(entries).toBe(2);
  });

  it('gives the whole-document and the sectioned parse the same tree', () => {
    const text = `${entry(14)}\n${'> '.repeat(100)}x\n\nafter\n`;
    const whole = parseWholeMarkdown(text);
    const sectioned = parseMarkdown(text);
    expect(sectioned.children.map((node) => [node.type, node.position?.start.line, node.position?.start.offset])).toEqual(
      whole.children.map((node) => [node.type, node.position?.start.line, node.position?.start.offset]),
    );
    expect(whole.data?.nestingCuts).toHaveLength(1);
  });

  it('says which lines, how deep, and the limit', () => {
    const text = `${entry(14)}\n${'> '.repeat(40)}x\n`;
    const [finding] = lintText(text, { filePath: 'lessons.md', now }).diagnostics;
    expect(finding?.message).toBe('Unexpected nesting 40 levels deep (block quotes and lists), expected at most 32: line 5 is not read; flatten the nesting');
  });
});
