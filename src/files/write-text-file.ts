import type { Stats } from 'node:fs';
import { lstat, realpath, stat, writeFile } from 'node:fs/promises';
import { fileTypeOf, FileRefusedError } from './read-regular-file.js';
import { writeFileAtomic } from './write-file-atomic.js';

/** How `filePath` is to be written, from what is there now. */
type WriteTarget =
  /** Nothing there yet: a temporary file renamed into place. */
  | { how: 'create'; path: string }
  /** A regular file, at its real path (symlinks resolved): replaced the same way, with its permission bits. */
  | { how: 'replace'; path: string; mode: number }
  /** A character device, a FIFO or a dangling symlink: opened and written, as a shell redirect does. */
  | { how: 'in-place'; path: string };

/**
 * Write `text` to `filePath` the way whoever named the path means it:
 * - a new file or a regular file is replaced atomically (writeFileAtomic), keeping its permission bits;
 * - through a symlink, the file it points to is written, and the link stays a link;
 * - a character device or a FIFO (`-o /dev/stdout`, `-o /dev/null`) is written into: a rename
 *   would put a regular file in place of the device node;
 * - a regular file in a directory that refuses new files is written in place, as `>` would.
 * A directory, a block device or a socket is refused. Throws the file system's error otherwise.
 */
export async function writeTextFile(filePath: string, text: string): Promise<void> {
  const target = await examine(filePath);
  switch (target.how) {
    case 'create':
      return writeFileAtomic(target.path, text);
    case 'replace':
      return replaceFile(target.path, text, target.mode);
    case 'in-place':
      return writeFile(target.path, text);
  }
}

async function replaceFile(filePath: string, text: string, mode: number): Promise<void> {
  try {
    await writeFileAtomic(filePath, text, { mode });
  } catch (error) {
    // The directory would not take the temporary file; the file itself may still be writable.
    if (!isPermissionError(error)) throw error;
    await writeFile(filePath, text);
  }
}

async function examine(filePath: string): Promise<WriteTarget> {
  let stats: Stats;
  try {
    stats = await stat(filePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error;
    // A dangling symlink names the file to create: writing through it creates that file.
    return (await isSymlink(filePath)) ? { how: 'in-place', path: filePath } : { how: 'create', path: filePath };
  }
  if (stats.isFile()) return { how: 'replace', path: await realpath(filePath), mode: stats.mode & 0o777 };
  if (stats.isCharacterDevice() || stats.isFIFO()) return { how: 'in-place', path: filePath };
  if (stats.isDirectory()) throw Object.assign(new Error(`EISDIR: is a directory, '${filePath}'`), { code: 'EISDIR' });
  throw new FileRefusedError('not-regular-file', `is not a regular file (${fileTypeOf(stats)})`);
}

async function isSymlink(filePath: string): Promise<boolean> {
  try {
    return (await lstat(filePath)).isSymbolicLink();
  } catch {
    return false;
  }
}

function isPermissionError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'EACCES' || code === 'EPERM';
}
