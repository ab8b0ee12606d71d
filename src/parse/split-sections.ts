import { afterLineBreak, countLineBreaks, lineBreakAt } from './line-breaks.js';

/** A slice of the source that starts at a line start. */
export interface SourceSection {
  text: string;
  /** Offset of the slice in the whole source. */
  offset: number;
  /** 0-based line number at which the slice starts. */
  line: number;
}

// Only at column 1: an indented `  ## x` may be the content of a list item above it.
const ATX_HEADING = /^#{1,6}(?:[ \t\r\n]|$)/u;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/u;
const HTML_RAW_OPEN = /^ {0,3}<(script|pre|style|textarea)(?:\s|>|$)/iu;
// Any other HTML block (`<div>`, `<p align=…>`, `</details>`) runs to the next blank line.
const HTML_OTHER_OPEN = /^ {0,3}<\/?[A-Za-z]/u;

/**
 * Cut the source before every ATX heading that starts a block at the top level (outside front
 * matter, fenced code and HTML blocks). CommonMark gives such a heading the same meaning whatever
 * precedes it, so the sections parse independently to the same tree; parsing them one by one keeps
 * the parser's per-document cost bounded on huge files.
 */
export function splitSections(source: string): SourceSection[] {
  const sections: SourceSection[] = [];
  let state: BlockState = { kind: 'none' };
  let start = 0;
  let startLine = 0;
  let offset = frontmatterEnd(source);
  let line = countLineBreaks(source, 0, offset);
  while (offset < source.length) {
    const newline = lineBreakAt(source, offset);
    const end = newline === -1 ? source.length : afterLineBreak(source, newline);
    const text = source.slice(offset, end);
    if (state.kind === 'fence') {
      if (isFenceClose(text, state.marker)) state = { kind: 'none' };
    } else if (state.kind === 'html') {
      if (state.close.test(text)) state = { kind: 'none' };
    } else if (ATX_HEADING.test(text) && offset > start) {
      sections.push({ text: source.slice(start, offset), offset: start, line: startLine });
      start = offset;
      startLine = line;
    } else {
      state = openedBlock(text);
    }
    offset = end;
    line += 1;
  }
  sections.push({ text: source.slice(start), offset: start, line: startLine });
  return sections;
}

type BlockState = { kind: 'none' } | { kind: 'fence'; marker: string } | { kind: 'html'; close: RegExp };

// An HTML block of CommonMark's kinds 6 and 7 ends at a blank line.
const BLANK_LINE = /^[ \t]*(?:\r\n?|\n)?$/u;

function openedBlock(text: string): BlockState {
  const fence = FENCE_OPEN.exec(text);
  // A backtick fence whose info string holds a backtick is not a fence (CommonMark 4.5).
  if (fence?.[1] && !(fence[1].startsWith('`') && text.slice(fence[0].length).includes('`'))) return { kind: 'fence', marker: fence[1] };
  const special = /^ {0,3}<(!--|\?|!\[CDATA\[|![A-Za-z])/u.exec(text)?.[1];
  if (special) {
    // Comments, processing instructions, CDATA and declarations end at their own terminator.
    const close = special === '!--' ? /-->/u : special === '?' ? /\?>/u : special.startsWith('![') ? /\]\]>/u : />/u;
    return close.test(text.slice(text.indexOf(special) + special.length)) ? { kind: 'none' } : { kind: 'html', close };
  }
  const raw = HTML_RAW_OPEN.exec(text);
  if (raw?.[1]) {
    const close = new RegExp(`</${raw[1]}>`, 'iu');
    return close.test(text) ? { kind: 'none' } : { kind: 'html', close };
  }
  if (HTML_OTHER_OPEN.test(text)) return { kind: 'html', close: BLANK_LINE };
  return { kind: 'none' };
}

function isFenceClose(text: string, marker: string): boolean {
  const close = /^ {0,3}(`{3,}|~{3,})[ \t]*(?:\r\n?|\n)?$/u.exec(text);
  return close?.[1] !== undefined && close[1][0] === marker[0] && close[1].length >= marker.length;
}

// YAML front matter may hold `# comment` lines; never cut inside it. Its fences are whole lines,
// ended by any line break (a multiline `$` would also stop at U+2028, which ends no Markdown line).
function frontmatterEnd(source: string): number {
  if (!/^---[ \t]*[\r\n]/u.test(source)) return 0;
  for (let start = afterLineBreak(source, lineBreakAt(source, 3)); start < source.length; ) {
    const newline = lineBreakAt(source, start);
    const end = newline === -1 ? source.length : afterLineBreak(source, newline);
    if (/^---[ \t]*$/u.test(source.slice(start, newline === -1 ? source.length : newline))) return end;
    start = end;
  }
  return 0;
}

