import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/files/decode-text.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);
const concat = (...parts: Uint8Array[]): Uint8Array => Uint8Array.from(parts.flatMap((part) => [...part]));

describe('decodeText', () => {
  it('decodes UTF-8 text, multi-byte characters included', () => {
    expect(decodeText(utf8('## 2026-01-01: Café 日本 🎉\n'))).toEqual({ isText: true, text: '## 2026-01-01: Café 日本 🎉\n', hasBom: false });
  });

  it('strips one UTF-8 BOM so positions match the BOM-less text', () => {
    const outcome = decodeText(concat(bytes(0xef, 0xbb, 0xbf), utf8('# Lessons\n')));
    expect(outcome).toEqual({ isText: true, text: '# Lessons\n', hasBom: true });
  });

  it('leaves CRLF line endings untouched', () => {
    expect(decodeText(utf8('a\r\nb\r\n'))).toEqual({ isText: true, text: 'a\r\nb\r\n', hasBom: false });
  });

  it('calls a file with a NUL byte in its first 8 KB binary', () => {
    const outcome = decodeText(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00));
    expect(outcome).toMatchObject({ isText: false, kind: 'binary', message: 'binary file, expected UTF-8 text' });
  });

  it('does not call a file binary for a NUL beyond the first 8 KB', () => {
    const outcome = decodeText(concat(utf8('a'.repeat(8192)), bytes(0x00)));
    expect(outcome.isText).toBe(true);
  });

  it('names UTF-16 files (either byte order) instead of calling them binary', () => {
    const le = concat(bytes(0xff, 0xfe), Uint8Array.from(Buffer.from('# L\n', 'utf16le')));
    expect(decodeText(le)).toMatchObject({ isText: false, kind: 'utf16', message: 'UTF-16 encoded file, expected UTF-8' });
    expect(decodeText(bytes(0xfe, 0xff, 0x00, 0x23))).toMatchObject({ isText: false, kind: 'utf16' });
  });

  it('reports invalid UTF-8 with the bad byte and its line', () => {
    const outcome = decodeText(concat(utf8('# Lessons\n\nCaf'), bytes(0xe9), utf8('\n')));
    expect(outcome).toEqual({ isText: false, kind: 'invalid-utf8', message: 'invalid UTF-8 (byte 0xe9 at line 3)' });
  });

  it.each([
    ['an overlong encoding', [0xc0, 0x80]],
    ['a UTF-16 surrogate', [0xed, 0xa0, 0x80]],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a truncated sequence at the end', [0xe6, 0x97]],
    ['a lone continuation byte', [0x80]],
  ])('rejects %s', (_name, sequence) => {
    const outcome = decodeText(concat(utf8('ok '), Uint8Array.from(sequence)));
    expect(outcome).toMatchObject({ isText: false, kind: 'invalid-utf8', message: expect.stringMatching(/^invalid UTF-8 \(byte 0x[0-9a-f]{2} at line 1\)$/) });
  });

  it('keeps a literal U+FFFD, which is valid UTF-8', () => {
    expect(decodeText(utf8('\uFFFD'))).toEqual({ isText: true, text: '\uFFFD', hasBom: false });
  });
});
