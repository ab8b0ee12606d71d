import { describe, expect, it } from 'vitest';
import { createLocator } from '../../src/parse/location.js';

describe('createLocator', () => {
  const locator = createLocator('ab\r\ncd\nef');

  it('places offsets on lines and columns, across CRLF and LF line endings', () => {
    expect(locator.point(0)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(locator.point(5)).toEqual({ line: 2, column: 2, offset: 5 });
    expect(locator.point(9)).toEqual({ line: 3, column: 3, offset: 9 });
  });

  it('works out the points of a range when they are read', () => {
    const range = locator.range(4, 8);
    expect(range.start).toEqual({ line: 2, column: 1, offset: 4 });
    expect(range.end).toEqual({ line: 3, column: 2, offset: 8 });
    expect(range.start).toBe(range.start);
  });

  it('serializes a range as a plain one', () => {
    expect(JSON.parse(JSON.stringify(locator.range(0, 2)))).toEqual({ start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 3, offset: 2 } });
  });

  it('compares ranges by the text they span', () => {
    expect(locator.range(1, 2)).toEqual(createLocator('ab\r\ncd\nef').range(1, 2));
    expect(locator.range(1, 2)).not.toEqual(locator.range(1, 3));
  });
});
