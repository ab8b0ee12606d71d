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
    // vfile-location's point is a fresh object of exactly our shape: no need for a copy.
    if (found) return found as Point;
    // An offset past the end of the text, which the parser never gives: placed after the last character.
    const end = index.toPoint(Math.max(0, offset - 1));
    return end ? { line: end.line, column: end.column + 1, offset } : { line: 1, column: 1, offset: 0 };
  };
  return { point, range: (start, end) => new OffsetRange(point, start, end) };
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
