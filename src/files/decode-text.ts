import { isUtf8 } from 'node:buffer';
import type { FileProblemKind } from './problem.js';

/** The decoded text of a file, or why it is not UTF-8 text. */
export type DecodeOutcome =
  | { isText: true; text: string; /** The bytes opened with a UTF-8 BOM (stripped from `text`), which a fix writes back. */ hasBom: boolean }
  | { isText: false; kind: Extract<FileProblemKind, 'binary' | 'utf16' | 'invalid-utf8'>; message: string };

/** How far to look for a NUL byte: the heuristic git and grep use to call a file binary. */
const BINARY_SNIFF_BYTES = 8192;

/**
 * Decode file bytes as UTF-8 Markdown. Strips one UTF-8 BOM so that positions equal those of the
 * BOM-less file; leaves line endings untouched (the parser handles CRLF).
 */
export function decodeText(bytes: Uint8Array): DecodeOutcome {
  // Checked before the NUL sniff: UTF-16 text is full of NULs but deserves a precise message.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { isText: false, kind: 'utf16', message: 'UTF-16 encoded file, expected UTF-8' };
  }
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
    return { isText: false, kind: 'binary', message: 'binary file, expected UTF-8 text' };
  }
  // isUtf8 (simdutf) and Buffer's decoder give a fatal TextDecoder's verdict and text without
  // initialising ICU's converters, which costs start-up a few milliseconds. The BOM is kept by
  // the decoder, so that stripping it is explicit, below.
  if (!isUtf8(bytes)) return { isText: false, kind: 'invalid-utf8', message: describeInvalidUtf8(bytes) };
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const hasBom = text.startsWith('\uFEFF');
  return { isText: true, text: hasBom ? text.slice(1) : text, hasBom };
}

function describeInvalidUtf8(bytes: Uint8Array): string {
  const offset = findInvalidUtf8(bytes);
  if (offset < 0) return 'invalid UTF-8';
  let line = 1;
  for (let index = 0; index < offset; index += 1) if (bytes[index] === 0x0a) line += 1;
  const byte = (bytes[offset] ?? 0).toString(16).padStart(2, '0');
  return `invalid UTF-8 (byte 0x${byte} at line ${line})`;
}

/** Offset of the first byte that starts an ill-formed UTF-8 sequence (RFC 3629 table), or -1. */
function findInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    if (lead < 0x80) {
      index += 1;
      continue;
    }
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return index;
    for (let k = 1; k < length; k += 1) {
      const next = bytes[index + k];
      // The second byte's range excludes overlong forms, surrogates and code points above U+10FFFF.
      const low = k === 1 && lead === 0xe0 ? 0xa0 : k === 1 && lead === 0xf0 ? 0x90 : 0x80;
      const high = k === 1 && lead === 0xed ? 0x9f : k === 1 && lead === 0xf4 ? 0x8f : 0xbf;
      if (next === undefined || next < low || next > high) return index;
    }
    index += length;
  }
  return -1;
}
