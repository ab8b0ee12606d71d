import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/lint/lint-text.js';

// Each case aims at one regular expression or loop that once went super-linear on a long line or
// many repeats: 4x the input must cost about 4x the time, not 16x. Timing is the best of three runs,
// with an allowance for noise on tiny times; a quadratic path fails by a wide margin (16x).
const KB = 1024;
const now = new Date('2026-11-22T00:00:00Z');
const run = (unit: string, size: number) => unit.repeat(Math.max(1, Math.floor(size / unit.length)));
const ENTRY = (title: string) => `## 2026-02-14: ${title}\n\n**Bug**: b\n\n**Impact**: i\n\n**Fix**: f\n\n**Rule**: r\n`;

const cases: [string, (size: number) => string][] = [
  ['a field value ending in a run of `*` (trailing rules)', (size) => `## 2026-02-14: t\n\n**Fix**: ${run('*', size)}x*\n`],
  ['a field value ending in a run of `_`', (size) => `## 2026-02-14: t\n\n**Fix**: ${run('_', size)}x_\n`],
  ['a field value with a long run of spaces before a list marker', (size) => `## 2026-02-14: t\n\n**Fix**: a${run(' ', size)}b -\n`],
  ['a field value with blank lines before a list marker', (size) => `## 2026-02-14: t\n\n**Fix**: a${run('\n', size)}b -\n`],
  ['a field value ending in `---` blocks', (size) => `## 2026-02-14: t\n\n**Fix**: a\n\n${run('---\n\n', size)}x-\n`],
  ['a heading with a long run of `:` before a dated suffix', (size) => `## a${run(':', size)}b (2026-02-14)\n\n**Bug**: x\n`],
  ['a heading with a long run of spaces before a dated suffix', (size) => `## a${run(' ', size)}b (2026-02-14)\n\n**Bug**: x\n`],
  ['a label line with a sentence end and a long run of spaces', (size) => `## 2026-02-14: t\n\nFix: a.${run(' ', size)}x:\n`],
  ['a heading of `[`', (size) => ENTRY(run('[', size))],
  ['a heading of `[](`', (size) => ENTRY(run('[](', size))],
  ['a heading of `*_` emphasis pairs', (size) => ENTRY(`${run('*_', size / 2)}a${run('_*', size / 2)}`)],
  ['plain labels after sentence ends on one line', (size) => `## 2026-02-14: t\n\nFix: ${run('a. Rule: b. ', size)}\n`],
  ['a field value of unclosed `<!--` (inline HTML)', (size) => `## 2026-02-14: t\n\n**Fix**: ${run('<!--', size)}-\n`],
  ['one suppression comment per entry', (size) => run('<!-- lessons-disable-next-line required-field -->\n## 2026-02-14: t\n\n', size)],
];

function bestOf3(text: string): number {
  let best = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const started = performance.now();
    lintText(text, { filePath: 'lessons.md', now });
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

describe('linear on pathological input', () => {
  it.each(cases)('%s', (_name, build) => {
    bestOf3(build(4 * KB)); // warm up the parser and the rules
    const small = bestOf3(build(25 * KB));
    const large = bestOf3(build(100 * KB));
    expect(large).toBeLessThan(6 * small + 100);
  });
});
