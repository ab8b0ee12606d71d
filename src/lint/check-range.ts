import { afterLineBreak, lineBreakAt } from '../parse/line-breaks.js';

/** A place in the text as diagnostics give it: 1-based lines and columns, the end exclusive. */
export interface Place {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A place a rule reported that does not fit the text, with what it was made. */
export interface InvalidRange {
  ruleId: string;
  /** Why it does not fit (`endColumn 8 outside 1..7 on line 2`). */
  problem: string;
  reported: Place;
  fitted: Place;
}

/** Checks reported places against one text. */
export interface RangeChecker {
  /** Why the place does not fit the text, or undefined when it does. */
  problemOf(place: Place): string | undefined;
  /** The place made to fit: each point moved to the nearest one of the text, the end no earlier than the start. */
  fit(place: Place): Place;
}

/**
 * A checker of places against the text, as ESLint checks what rules report: lines within the
 * document, columns within their line (its end, after the last character, included), the start no
 * later than the end. Lines end at `\r\n`, `\r` or `\n`, as the parser and the locator count them.
 */
export function createRangeChecker(source: string): RangeChecker {
  let lengths: number[] | undefined;
  // Built on the first report: most files are linted clean.
  const lineLengths = (): number[] => (lengths ??= lineLengthsOf(source));
  return {
    problemOf(place) {
      const table = lineLengths();
      const { line, column, endLine, endColumn } = place;
      for (const [key, value] of Object.entries({ line, column, endLine, endColumn })) if (!Number.isInteger(value)) return `${key} is ${String(value)}`;
      if (place.line < 1 || place.line > table.length) return `line ${place.line} outside 1..${table.length}`;
      if (place.endLine < 1 || place.endLine > table.length) return `endLine ${place.endLine} outside 1..${table.length}`;
      const width = (table[place.line - 1] as number) + 1;
      if (place.column < 1 || place.column > width) return `column ${place.column} outside 1..${width} on line ${place.line}`;
      const endWidth = (table[place.endLine - 1] as number) + 1;
      if (place.endColumn < 1 || place.endColumn > endWidth) return `endColumn ${place.endColumn} outside 1..${endWidth} on line ${place.endLine}`;
      if (place.endLine < place.line || (place.endLine === place.line && place.endColumn < place.column)) {
        return `end ${place.endLine}:${place.endColumn} before start ${place.line}:${place.column}`;
      }
      return undefined;
    },
    fit(place) {
      const table = lineLengths();
      const [line, column] = fitPoint(table, place.line, place.column);
      const [endLine, endColumn] = fitPoint(table, place.endLine, place.endColumn);
      const isEndBefore = endLine < line || (endLine === line && endColumn < column);
      return isEndBefore ? { line, column, endLine: line, endColumn: column } : { line, column, endLine, endColumn };
    },
  };
}

// The nearest point of the text: before the first line is its start, after the last line its end,
// a column past its line's end that end.
function fitPoint(lengths: readonly number[], line: number, column: number): [number, number] {
  const lineNumber = Number.isFinite(line) ? Math.trunc(line) : 1;
  if (lineNumber < 1) return [1, 1];
  if (lineNumber > lengths.length) return [lengths.length, (lengths[lengths.length - 1] as number) + 1];
  const width = (lengths[lineNumber - 1] as number) + 1;
  const columnNumber = Number.isFinite(column) ? Math.trunc(column) : 1;
  return [lineNumber, Math.min(Math.max(columnNumber, 1), width)];
}

// Each line's length in UTF-16 code units, its break left out.
function lineLengthsOf(source: string): number[] {
  const lengths: number[] = [];
  let start = 0;
  for (let index = lineBreakAt(source); index !== -1; index = lineBreakAt(source, start)) {
    lengths.push(index - start);
    start = afterLineBreak(source, index);
  }
  lengths.push(source.length - start);
  return lengths;
}
