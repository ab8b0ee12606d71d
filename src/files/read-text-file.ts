import { readFileSync, statSync } from 'node:fs';
import { decodeText } from './decode-text.js';
import { describeFsError } from './fs-error.js';
import type { FileProblem } from './problem.js';

/** Files above this size are refused: far beyond any real lessons file, and linting would take long. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** The text of a lessons file, or why it cannot be linted. */
export type ReadOutcome = { isText: true; text: string } | { isText: false; problem: FileProblem };

/**
 * Read a file as UTF-8 Markdown text (BOM stripped, line endings as written). Never throws.
 * The reads are synchronous: files are linted one at a time, and for a thousand small files the
 * promise API's thread-pool round trips cost more than the reads themselves.
 */
export async function readTextFile(filePath: string): Promise<ReadOutcome> {
  try {
    const stats = statSync(filePath);
    if (stats.isDirectory()) {
      return refuse(filePath, 'is-directory', 'is a directory, expected a file');
    }
    // Checked before reading, so a huge file is never loaded into memory.
    if (stats.size > MAX_FILE_BYTES) return refuseTooLarge(filePath, stats.size);
    return decodeInput(filePath, readFileSync(filePath));
  } catch (error) {
    const cause = error instanceof Error ? error : new Error(String(error));
    const kind = (cause as NodeJS.ErrnoException).code === 'ENOENT' ? 'not-found' : 'unreadable';
    return refuse(filePath, kind, describeFsError(cause));
  }
}

/** Text given as bytes (standard input) under the checks a file gets: size, binary, encoding. */
export function decodeInput(filePath: string, bytes: Uint8Array): ReadOutcome {
  if (bytes.length > MAX_FILE_BYTES) return refuseTooLarge(filePath, bytes.length);
  const decoded = decodeText(bytes);
  if (decoded.isText) return decoded;
  return refuse(filePath, decoded.kind, decoded.message);
}

function refuseTooLarge(filePath: string, size: number): ReadOutcome {
  const megabytes = (size / (1024 * 1024)).toFixed(1);
  return refuse(filePath, 'too-large', `file too large (${megabytes} MB), maximum is ${MAX_FILE_BYTES / (1024 * 1024)} MB`);
}

function refuse(filePath: string, kind: FileProblem['kind'], message: string): ReadOutcome {
  return { isText: false, problem: { kind, filePath, message } };
}
