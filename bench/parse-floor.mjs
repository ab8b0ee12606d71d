#!/usr/bin/env node
// The parse floor: read the files and parse them with remark-parse, nothing else: what a linter
// pays that reads every node remark makes. `--sections` parses each file section by section (cut at
// top-level headings, outside code fences), the fair floor for huge files, where one whole-document
// parse costs far more than the sum of its sections.
//
// `--blocks` is the floor of the parse lessons makes: it leaves out emphasis, links and images
// (src/parse/processors.ts), which it never reads outside headings, so lessons can run under the
// full floor. Over this floor, the ratio is what extraction, rules and memory cost on top of it.
import { readFileSync } from 'node:fs';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const args = process.argv.slice(2);
const bySections = args.includes('--sections');
const isBlocks = args.includes('--blocks');
const files = args.filter((arg) => !arg.startsWith('--'));
const processor = unified().use(remarkParse);
if (isBlocks) {
  // The list the linter uses, from its build: the two floors cannot drift apart.
  const { SKIPPED_INLINE } = await import('../dist/parse/processors.js');
  processor.data('micromarkExtensions', [{ disable: { null: [...SKIPPED_INLINE] } }]);
}

// The same cut the linter makes (src/parse/split-sections.ts), kept minimal: an ATX heading outside
// a fenced code block starts a section. The benchmark corpus has no HTML blocks or front matter.
function* sections(text) {
  let start = 0;
  let fence;
  let offset = 0;
  while (offset < text.length) {
    const newline = text.indexOf('\n', offset);
    const end = newline === -1 ? text.length : newline + 1;
    const line = text.slice(offset, end);
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = undefined;
    } else if (marker) {
      fence = marker;
    } else if (/^ {0,3}#{1,6}(?:[ \t]|\r?\n|$)/.test(line) && offset > start) {
      yield text.slice(start, offset);
      start = offset;
    }
    offset = end;
  }
  yield text.slice(start);
}

let nodes = 0;
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const parts = bySections ? sections(text) : [text];
  // Keep only a count: the floor measures parsing, not holding every tree at once.
  for (const part of parts) nodes += processor.parse(part).children.length;
}
if (process.env.PARSE_FLOOR_VERBOSE) console.error(`${files.length} files, ${nodes} top-level nodes`);
