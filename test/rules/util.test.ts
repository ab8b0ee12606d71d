import { describe, expect, it } from 'vitest';
import { declaredValue as firstWord } from '../../src/schema/validate.js';
import { compareIso, impossibility, isoSpelling, todayAt } from '../../src/rules/util/dates.js';
import { closestName } from '../../src/rules/util/suggest.js';
import { codeList, normalizeTitle, truncate } from '../../src/rules/util/text.js';

describe('closestName', () => {
  const fields = ['Bug', 'Impact', 'Fix', 'Rule', 'Mistake', 'Correction', 'Status'];

  it.each([
    ['Corection', 'Correction'],
    ['correcton', 'Correction'],
    ['Statsu', 'Status'],
    ['Imapct', 'Impact'],
    ['Rules', 'Rule'],
    ['Bugs', 'Bug'],
  ])('suggests %s -> %s', (word, expected) => {
    expect(closestName(word, fields)).toBe(expected);
  });

  it.each(['Note', 'Context', 'Pattern', 'Lesson', 'Fixed', 'Date', 'Type', 'Problem'])('leaves the bold title %s alone', (word) => {
    expect(closestName(word, fields)).toBeUndefined();
  });

  it('never suggests the word itself', () => {
    expect(closestName('rule', ['Rule'])).toBeUndefined();
  });
});

describe('firstWord', () => {
  it.each([
    ['Active', 'Active'],
    ['**Active**', 'Active'],
    ['`active`.', 'active'],
    ['✅ Active since May', 'Active'],
    ['Superseded by the 2026-05-10 entry', 'Superseded'],
    ['', ''],
  ])('%j -> %j', (value, expected) => {
    expect(firstWord(value)).toBe(expected);
  });
});

describe('dates', () => {
  it('spells year-first dates in ISO form', () => {
    expect(isoSpelling('2026/2/14')).toBe('2026-02-14');
    expect(isoSpelling('2026.02.14')).toBe('2026-02-14');
    expect(isoSpelling('2026年2月14日')).toBe('2026-02-14');
    expect(isoSpelling('14.02.2026')).toBeUndefined();
  });

  it('explains impossible dates', () => {
    expect(impossibility('2026-02-30')).toBe('`2026-02` has 28 days');
    expect(impossibility('2024-02-30')).toBe('`2024-02` has 29 days');
    expect(impossibility('2026-13-01')).toBe('month `13` does not exist');
  });

  it('compares at the coarser precision', () => {
    expect(compareIso('2026-02', '2026-02-14')).toBe(0);
    expect(compareIso('2026-01-31', '2026-02')).toBe(-1);
    expect(compareIso('2026-03-01', '2026-02-28')).toBe(1);
  });

  it('gives today in UTC', () => {
    const lateEvening = new Date('2026-06-01T23:30:00-05:00');
    expect(todayAt(lateEvening, 'day')).toBe('2026-06-02');
    expect(todayAt(lateEvening, 'month')).toBe('2026-06');
  });
});

describe('text', () => {
  it('normalises titles for comparison', () => {
    expect(normalizeTitle('  Libvirt  bindings are *not* `thread-safe` ')).toBe('libvirt bindings are not thread-safe');
    expect(normalizeTitle('Use _emphasis_ and .as_posix()')).toBe('use emphasis and .as_posix()');
  });

  it('truncates long quotes on one line', () => {
    expect(truncate('a\nb')).toBe('a b');
    expect(truncate('x'.repeat(100))).toHaveLength(60);
  });

  it('cuts long quotes at a word, not inside one', () => {
    const title = 'Systemd ProtectSystem=strict blocks package management in the upgrade hook';
    expect(truncate(title, 40)).toBe('Systemd ProtectSystem=strict blocks…');
  });

  it('renders code lists', () => {
    expect(codeList(['Bug', 'Fix'])).toBe('`Bug`, `Fix`');
  });
});
