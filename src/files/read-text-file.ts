import { decodeText } from './decode-text.js';
import { describeFsError } from './fs-error.js';
import type { FileProblem } from './problem.js';
import { describeTooLarge, FileRefusedError, readRegularFileSync } from './read-regular-file.js';

/** Files above this size are refused: far beyond any real lessons file, and linting would take long. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** The text of a lessons file, or why it cannot be linted. */
export type ReadOutcome = { isText: true; text: string; hasBom: boolean } | { isText: false; problem: FileProblem };

/**
 * Read a regular file as UTF-8 Markdown text (BOM stripped, line endings as written). Never throws.
 * The reads are synchronous: files are linted one at a time, and for a thousand small files the
 * promise API's thread-pool round trips cost more than the reads themselves.
 */
export async function readTextFile(filePath: string): Promise<ReadOutcome> {
  try {
    return decodeInput(filePath, readRegularFileSync(filePath, MAX_FILE_BYTES));
  } catch (error) {
    const cause = error instanceof Error ? error : new Error(String(error));
    return refuse(filePath, problemKindOf(cause), describeFsError(cause));
  }
}

/**
 * Text given as bytes (standard input) under the checks a file gets: size, binary, encoding.
 * The size is not shown: a reader stops one byte past the limit, so `bytes` need not be all there was.
 */
export function decodeInput(filePath: string, bytes: Uint8Array): ReadOutcome {
  if (bytes.length > MAX_FILE_BYTES) return refuse(filePath, 'too-large', describeTooLarge(undefined, MAX_FILE_BYTES));
  const decoded = decodeText(bytes);
  if (decoded.isText) return decoded;
  return refuse(filePath, decoded.kind, decoded.message);
}

function problemKindOf(error: Error): FileProblem['kind'] {
  if (error instanceof FileRefusedError) return error.kind;
  return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'not-found' : 'unreadable';
}

function refuse(filePath: string, kind: FileProblem['kind'], message: string): ReadOutcome {
  return { isText: false, problem: { kind, filePath, message } };
}
