import { afterLineBreak, lineBreakAt } from './line-breaks.js';

/**
 * Block quotes and lists nested deeper than this are not read. The parser's cost per line grows with
 * the number of open containers, and it and every walker of the tree recurse once per level, so
 * thousands of levels (`> > > …` on one line, or list items indented one step deeper each) would take
 * minutes or overflow the stack. Real files nest a handful of levels; markdown-it's CommonMark preset
 * stops at 20.
 */
export const MAX_NESTING = 32;

/** A run of lines nested past `MAX_NESTING`, left out of the text that is parsed. */
export interface NestingCut {
  /** Offsets of the first and last deep line of a run of them (the end excludes the line break). */
  start: number;
  end: number;
  /** The deepest nesting in the run. */
  depth: number;
}

/**
 * The runs of lines whose container nesting goes past `MAX_NESTING`. The depth is counted from the
 * text alone in one pass: the `>` and list markers that open a line, plus the list items of earlier
 * lines whose content the line's indentation puts it in. The count errs high (a lazy continuation
 * line is not told apart), which only matters far beyond any real file's depth.
 */
export function findDeepNesting(source: string): NestingCut[] {
  const cuts: NestingCut[] = [];
  // Content columns of the list items a later line can belong to by indentation, innermost last.
  const items: number[] = [];
  let lineStart = 0;
  while (lineStart <= source.length) {
    const lineEnd = endOfLine(source, lineStart);
    const depth = lineDepth(source, lineStart, lineEnd, items);
    if (depth > MAX_NESTING) {
      const last = cuts[cuts.length - 1];
      if (last && isOnlyLineBreaksBetween(source, last.end, lineStart)) {
        last.end = lineEnd;
        last.depth = Math.max(last.depth, depth);
      } else {
        cuts.push({ start: lineStart, end: lineEnd, depth });
      }
    }
    if (lineEnd >= source.length) break;
    lineStart = afterLineBreak(source, lineEnd);
  }
  return cuts;
}

function lineDepth(source: string, start: number, end: number, items: number[]): number {
  let index = start;
  let column = 0;
  let quotes = 0;
  // Leading `>` markers: the line's indentation is counted after them.
  for (;;) {
    const [next, nextColumn] = skipSpace(source, index, end, column);
    if (source[next] !== '>') {
      index = next;
      column = nextColumn;
      break;
    }
    quotes += 1;
    index = next + 1;
    column = nextColumn + 1;
  }
  if (index >= end) return quotes; // A blank line leaves the open list items open.
  while (items.length > 0 && (items[items.length - 1] as number) > column) items.pop();
  let depth = quotes + items.length;
  // Markers that open containers on this line: list markers and `>`, in any order.
  for (;;) {
    if (source[index] === '>') {
      depth += 1;
      [index, column] = skipSpace(source, index + 1, end, column + 1);
      continue;
    }
    const markerEnd = listMarkerEnd(source, index, end);
    if (markerEnd < 0) break;
    depth += 1;
    column += markerEnd - index;
    items.push(column + 1);
    [index, column] = skipSpace(source, markerEnd, end, column);
    if (index >= end) break;
  }
  return depth;
}

// The end of a list marker (`-`, `*`, `+`, `1.`, `1)`) at `index` followed by white space or the
// line's end, or -1.
function listMarkerEnd(source: string, index: number, end: number): number {
  let markerEnd = index;
  const char = source[index];
  if (char === '-' || char === '*' || char === '+') {
    markerEnd = index + 1;
  } else {
    while (markerEnd < end && markerEnd - index < 9 && isDigit(source[markerEnd])) markerEnd += 1;
    if (markerEnd === index || (source[markerEnd] !== '.' && source[markerEnd] !== ')')) return -1;
    markerEnd += 1;
  }
  if (markerEnd < end && source[markerEnd] !== ' ' && source[markerEnd] !== '\t') return -1;
  return markerEnd;
}

function skipSpace(source: string, index: number, end: number, column: number): [number, number] {
  let at = index;
  let col = column;
  while (at < end) {
    if (source[at] === ' ') col += 1;
    else if (source[at] === '\t') col += 4 - (col % 4);
    else break;
    at += 1;
  }
  return [at, col];
}

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}

function endOfLine(source: string, start: number): number {
  const found = lineBreakAt(source, start);
  return found === -1 ? source.length : found;
}

function isOnlyLineBreaksBetween(source: string, from: number, to: number): boolean {
  for (let index = from; index < to; index += 1) {
    const char = source[index];
    if (char !== '\n' && char !== '\r') return false;
  }
  return true;
}
