import { location } from 'vfile-location';
import type { Point, Range } from './model.js';

/** Converts source offsets (as found inside parser nodes) to points. */
export interface Locator {
  point(offset: number): Point;
  range(start: number, end: number): Range;
}

/**
 * Build a locator over one source text.
 *
 * A CRLF line ending is one line break, as in the LF text: an offset between its `\r` and its `\n`
 * (where a scan that only knows `\r` or only `\n` stops, or a YAML error over the `\r`) has no
 * place of its own. A range ending there ends after the `\n` (at the start of the next line, as the
 * LF range that covers the `\n` does), a point or range start there is the line's end (the `\r`),
 * so that the points of a CRLF text are those of its LF text.
 */
export function createLocator(source: string): Locator {
  const index = location(source);
  const toPoint = (offset: number): Point => {
    const found = index.toPoint(offset);
    // vfile-location's point is a fresh object of exactly our shape: no need for a copy.
    if (found) return found as Point;
    // An offset past the end of the text, which the parser never gives: placed after the last character.
    const end = index.toPoint(Math.max(0, offset - 1));
    return end ? { line: end.line, column: end.column + 1, offset } : { line: 1, column: 1, offset: 0 };
  };
  const isInsideCrlf = (offset: number) => source.charCodeAt(offset) === 10 && source.charCodeAt(offset - 1) === 13;
  const point = (offset: number): Point => toPoint(isInsideCrlf(offset) ? offset - 1 : offset);
  return {
    point,
    range: (start, end) => {
      const from = isInsideCrlf(start) ? start - 1 : start;
      // An empty range stays empty: at the line's end, as in the LF text.
      const to = end === start ? from : isInsideCrlf(end) ? end + 1 : end;
      return new OffsetRange(toPoint, from, to);
    },
  };
}

/**
 * A range kept as its two offsets; its points (line and column) are worked out when first read.
 * Most ranges of the model are never read, only those of reported findings: on a huge file this
 * spares hundreds of thousands of point objects and the search that places each one. The offsets
 * are its only enumerable properties, so two ranges compare equal when they span the same text.
 */
class OffsetRange implements Range {
  readonly #point: (offset: number) => Point;
  #start: Point | undefined;
  #end: Point | undefined;

  constructor(
    point: (offset: number) => Point,
    readonly startOffset: number,
    readonly endOffset: number,
  ) {
    this.#point = point;
  }

  get start(): Point {
    return (this.#start ??= this.#point(this.startOffset));
  }

  get end(): Point {
    return (this.#end ??= this.#point(this.endOffset));
  }

  /** As a plain range, the way every other range of the model is written. */
  toJSON(): Range {
    return { start: this.start, end: this.end };
  }
}
