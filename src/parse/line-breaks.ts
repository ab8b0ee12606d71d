/**
 * Line breaks as CommonMark, micromark and vfile-location count them: `\r\n`, a lone `\r` and a
 * lone `\n` each end one line. Every scan of the source by lines goes through these, so that a CRLF
 * or CR-only file is read exactly as its LF text is.
 */

/** A line break, for `split`: `text.split(LINE_BREAK)` gives the lines without their breaks. */
export const LINE_BREAK = /\r\n?|\n/u;

/** The index of the first line break (`\r` or `\n`) at or after `from`, or -1 when there is none. */
export function lineBreakAt(text: string, from = 0): number {
  for (let index = from; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 10 || code === 13) return index;
  }
  return -1;
}

/** Where the line after the break at `index` starts (a `\r\n` is one break). */
export function afterLineBreak(text: string, index: number): number {
  return text.charCodeAt(index) === 13 && text.charCodeAt(index + 1) === 10 ? index + 2 : index + 1;
}

/** The first line of a text, without its break. */
export function firstLineOf(text: string): string {
  const end = lineBreakAt(text);
  return end === -1 ? text : text.slice(0, end);
}

/** True when the text holds a line break. */
export function hasLineBreak(text: string): boolean {
  return lineBreakAt(text) !== -1;
}

/** The text with every line break written `\n`: the text of a multi-line heading as in the LF file. */
export function withLfBreaks(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/gu, '\n') : text;
}

/**
 * The text with every line break written `\n`, and a map from its offsets back to the text's.
 * A lone `\r` becomes `\n` (offsets unchanged); a `\r\n` becomes `\n`, so offsets after it move.
 */
export interface LfText {
  text: string;
  /** The offset in the original text of an offset in the LF text (a break maps to where it starts). */
  toOriginal(offset: number): number;
}

export function toLf(text: string): LfText {
  if (!text.includes('\r')) return { text, toOriginal: (offset) => offset };
  // Offsets in the LF text of the `\n` that each dropped `\r` stood before, ascending.
  const dropped: number[] = [];
  let lf = '';
  let last = 0;
  for (let index = text.indexOf('\r'); index !== -1; index = text.indexOf('\r', index + 1)) {
    if (text.charCodeAt(index + 1) === 10) {
      lf += text.slice(last, index);
      dropped.push(lf.length);
      last = index + 1;
    } else {
      lf += `${text.slice(last, index)}\n`;
      last = index + 1;
    }
  }
  lf += text.slice(last);
  return {
    text: lf,
    toOriginal: (offset) => {
      // How many dropped `\r` lie before this offset: each stood before a `\n` at an LF offset < offset.
      let low = 0;
      let high = dropped.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if ((dropped[middle] as number) < offset) low = middle + 1;
        else high = middle;
      }
      return offset + low;
    },
  };
}

/** The line ending a text mostly uses (`\n` when it has none), for the line breaks a fix inserts. */
export function dominantLineEnding(text: string): '\n' | '\r\n' | '\r' {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 13 && text.charCodeAt(index + 1) === 10) {
      crlf += 1;
      index += 1;
    } else if (code === 13) {
      cr += 1;
    } else if (code === 10) {
      lf += 1;
    }
  }
  if (crlf > lf && crlf >= cr) return '\r\n';
  if (cr > lf && cr > crlf) return '\r';
  return '\n';
}

/** How many line breaks start in `[from, to)` of the text (a `\r\n` is one). */
export function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let index = lineBreakAt(text, from); index !== -1 && index < to; index = lineBreakAt(text, afterLineBreak(text, index))) count += 1;
  return count;
}
