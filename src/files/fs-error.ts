import { FileRefusedError } from './read-regular-file.js';

/** A file-system error met while reading, as a short lower-case phrase for `lessons: <path>: <problem>`. */
export function describeFsError(error: Error): string {
  if (error instanceof FileRefusedError) return error.message;
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, expected a file';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'EBADF':
      // Standard input open for writing only (`0>file`): what a closed one (`<&-`) becomes when a
      // wrapper such as /usr/bin/time opens its own output file first. Node reopens a closed one on /dev/null.
      return 'not open for reading';
    default:
      return code ? `cannot read (${code})` : `cannot read (${error.message})`;
  }
}

/** A write error as a short phrase; describeFsError speaks of reading, which would mislead here. */
export function describeWriteError(error: Error): string {
  if (error instanceof FileRefusedError) return error.message;
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      // A symlink to a file in a directory that does not exist.
      return 'no such file or directory';
    case 'EISDIR':
    case 'ENOTEMPTY':
      return 'is a directory';
    case 'ENOTDIR':
    case 'EEXIST':
      return 'a parent is not a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'read-only file system';
    case 'ENOSPC':
      return 'no space left on device';
    default:
      return (error as NodeJS.ErrnoException).code ?? error.message;
  }
}
