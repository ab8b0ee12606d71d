import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import type { FileProblemKind } from './problem.js';

/** A path refused for what it is (a directory, a FIFO, a device, too large), before or instead of reading it. */
export class FileRefusedError extends Error {
  override readonly name = 'FileRefusedError';

  /** `message` is the one-line problem, lower case: `is not a regular file (a FIFO)`. */
  constructor(
    readonly kind: Extract<FileProblemKind, 'is-directory' | 'not-regular-file' | 'too-large'>,
    message: string,
  ) {
    super(message);
  }
}

/** `file too large (60.0 MB), maximum is 50 MB`; without the size when it is not known (input cut at the limit). */
export function describeTooLarge(size: number | undefined, maxBytes: number): string {
  const shown = size === undefined ? '' : ` (${(size / (1024 * 1024)).toFixed(1)} MB)`;
  return `file too large${shown}, maximum is ${maxBytes / (1024 * 1024)} MB`;
}

/** The first read's buffer when the size on disk says little (a /proc file reads as 0 bytes). */
const MIN_BUFFER_BYTES = 8192;

/**
 * The bytes of a regular file of at most `maxBytes`; anything else throws a `FileRefusedError`
 * (or the file system's error). Synchronous: see readTextFile.
 */
export function readRegularFileSync(filePath: string, maxBytes: number): Buffer {
  // Examined before it is opened: opening a FIFO blocks until something writes to it, a device
  // may never end (/dev/zero) or act on being opened (a tape drive rewinds).
  checkReadable(statSync(filePath), maxBytes);
  // Non-blocking, so that a path swapped for a FIFO after the stat cannot hang the open; the
  // fstat then refuses it. It changes nothing for a regular file. Windows has no such flag.
  const fd = openSync(filePath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stats = fstatSync(fd);
    checkReadable(stats, maxBytes);
    return readAtMost(fd, stats.size, maxBytes);
  } finally {
    closeSync(fd);
  }
}

function checkReadable(stats: Stats, maxBytes: number): void {
  if (stats.isDirectory()) throw new FileRefusedError('is-directory', 'is a directory, expected a file');
  if (!stats.isFile()) throw new FileRefusedError('not-regular-file', `is not a regular file (${fileTypeOf(stats)})`);
  // Checked before reading, so a huge file is never loaded into memory.
  if (stats.size > maxBytes) throw new FileRefusedError('too-large', describeTooLarge(stats.size, maxBytes));
}

/** What a path that is neither a file nor a directory is, for the message. */
export function fileTypeOf(stats: Stats): string {
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'an unknown file type';
}

/**
 * Read to the end of the file, but never more than `maxBytes + 1` bytes: one byte past the limit
 * is enough to refuse a file that grew after the stat, or whose size the stat did not tell.
 */
function readAtMost(fd: number, expectedSize: number, maxBytes: number): Buffer {
  // One byte beyond the expected size, so the read that finds the end needs no larger buffer.
  let buffer = Buffer.allocUnsafe(Math.min(expectedSize > 0 ? expectedSize + 1 : MIN_BUFFER_BYTES, maxBytes + 1));
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > maxBytes) throw new FileRefusedError('too-large', describeTooLarge(undefined, maxBytes));
      const larger = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1));
      buffer.copy(larger, 0, 0, length);
      buffer = larger;
    }
    const count = readSync(fd, buffer, length, buffer.length - length, null);
    if (count === 0) return buffer.subarray(0, length);
    length += count;
  }
}
