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

  it('gives a CRLF text the points of its LF text where an offset falls between the CR and the LF', () => {
    const lineColumn = ({ line, column }: { line: number; column: number }) => ({ line, column });
    const crlf = createLocator('foo: [\r\nbar');
    const lf = createLocator('foo: [\nbar');
    // A range over the `\r` ends at the next line's start, as the LF range over the `\n` does.
    expect(JSON.parse(JSON.stringify(crlf.range(6, 7)))).toEqual({ start: { line: 1, column: 7, offset: 6 }, end: { line: 2, column: 1, offset: 8 } });
    expect(lineColumn(crlf.range(6, 7).end)).toEqual(lineColumn(lf.range(6, 7).end));
    // A range or point starting at the `\n` starts at the line's end (the `\r`).
    expect(crlf.range(7, 9).start).toEqual({ line: 1, column: 7, offset: 6 });
    expect(lineColumn(crlf.range(7, 9).end)).toEqual(lineColumn(lf.range(6, 8).end));
    expect(crlf.point(7)).toEqual({ line: 1, column: 7, offset: 6 });
    // An empty range there stays empty, at the line's end.
    expect(JSON.parse(JSON.stringify(crlf.range(7, 7)))).toEqual({ start: { line: 1, column: 7, offset: 6 }, end: { line: 1, column: 7, offset: 6 } });
    // A lone `\r` ends a line like `\n`, and offsets elsewhere are untouched.
    expect(createLocator('a\rb').range(1, 2).end).toEqual({ line: 2, column: 1, offset: 2 });
    expect(crlf.range(8, 9).start).toEqual({ line: 2, column: 1, offset: 8 });
  });
});
