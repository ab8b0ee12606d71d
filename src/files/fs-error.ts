/** A file-system error as a short lower-case phrase for `lessons: <path>: <problem>`. */
export function describeFsError(error: Error): string {
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
    default:
      return code ? `cannot read (${code})` : `cannot read (${error.message})`;
  }
}
