import { describe, expect, it } from 'vitest';
import { isCalendarDate, matchHeadingDate } from '../../src/parse/dates.js';

describe('matchHeadingDate', () => {
  it.each([
    ['2026-02-14: Title', '2026-02-14', ': ', 'Title', 'prefix'],
    ['2026-02-14 — Title', '2026-02-14', ' — ', 'Title', 'prefix'],
    ['2026-02-14 - Title', '2026-02-14', ' - ', 'Title', 'prefix'],
    ['2026-02-14 – Title', '2026-02-14', ' – ', 'Title', 'prefix'],
    ['2026-02-14 · Title', '2026-02-14', ' · ', 'Title', 'prefix'],
    ['2026-02-14 Title', '2026-02-14', ' ', 'Title', 'prefix'],
    ['[2026-02-14] Title', '2026-02-14', ' ', 'Title', 'prefix'],
    ['Title [2026-02-14]', '2026-02-14', undefined, 'Title', 'suffix'],
    ['Title (2026-02-14)', '2026-02-14', undefined, 'Title', 'suffix'],
    ['Title（2026-02-14）', '2026-02-14', undefined, 'Title', 'suffix'],
    ['Trust the outputs (2026-07-26, X5)', '2026-07-26', undefined, 'Trust the outputs (X5)', 'suffix'],
    ['Trust the outputs (X5; 2026-07-26)', '2026-07-26', undefined, 'Trust the outputs (X5)', 'suffix'],
    ['Session: 2026-03-22', '2026-03-22', undefined, 'Session', 'suffix'],
    ['Fix the build — 2026-03-22', '2026-03-22', undefined, 'Fix the build', 'suffix'],
  ])('reads %s', (text, raw, separator, title, placement) => {
    const match = matchHeadingDate(text);
    expect(match).toMatchObject({ raw, title, placement, notation: 'iso', isValid: true, iso: raw });
    expect(match?.separator).toBe(separator);
  });

  it('reads a date-only heading as a date with no title', () => {
    expect(matchHeadingDate('2026-03-23')).toMatchObject({ raw: '2026-03-23', title: '' });
    expect(matchHeadingDate('2026-03-23 (Mon)')).toMatchObject({ raw: '2026-03-23', title: '' });
  });

  it('reads month precision', () => {
    expect(matchHeadingDate('2026-03 — Title')).toMatchObject({ raw: '2026-03', precision: 'month', iso: '2026-03', title: 'Title' });
  });

  it.each(['2026/02/14: Title', '14.02.2026: Title', 'Feb 14, 2026: Title', '2026-2-4: Title'])('flags %s as another notation', (text) => {
    expect(matchHeadingDate(text)).toMatchObject({ notation: 'other', iso: undefined });
  });

  it.each(['2026-02-30: Title', '2026-13-01: Title', '2025-02-29: Title'])('flags %s as impossible', (text) => {
    expect(matchHeadingDate(text)).toMatchObject({ notation: 'iso', isValid: false, iso: undefined });
  });

  it('finds no date in an undated heading', () => {
    expect(matchHeadingDate('How to use this file')).toBeUndefined();
    expect(matchHeadingDate('Rule 1: test first')).toBeUndefined();
  });
});

describe('isCalendarDate', () => {
  it('knows leap years', () => {
    expect(isCalendarDate(2024, 2, 29)).toBe(true);
    expect(isCalendarDate(2026, 2, 29)).toBe(false);
    expect(isCalendarDate(2000, 2, 29)).toBe(true);
    expect(isCalendarDate(1900, 2, 29)).toBe(false);
  });
});
