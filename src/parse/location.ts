import { location } from 'vfile-location';
import type { Point, Range } from './model.js';

/** Converts source offsets (as found inside parser nodes) to points. */
export interface Locator {
  point(offset: number): Point;
  range(start: number, end: number): Range;
}

/** Build a locator over one source text. */
export function createLocator(source: string): Locator {
  const index = location(source);
  const point = (offset: number): Point => {
    const found = index.toPoint(offset);
    if (found) return { line: found.line, column: found.column, offset };
    // The end of the text is a valid point that vfile-location does not return.
    const end = index.toPoint(Math.max(0, offset - 1));
    return end ? { line: end.line, column: end.column + 1, offset } : { line: 1, column: 1, offset: 0 };
  };
  return { point, range: (start, end) => ({ start: point(start), end: point(end) }) };
}
