import path from 'node:path';

/** Names such as `<stdin>` or `<text>` stand for input without a file: they are shown as given. */
export function isPseudoPath(filePath: string): boolean {
  return filePath.startsWith('<') && filePath.endsWith('>');
}

/**
 * The path relative to `cwd` with forward slashes, as tools that read reports on any OS expect
 * (GitHub annotations, SARIF, editors' problem matchers); `.` for `cwd` itself.
 */
export function relativePosixPath(filePath: string, cwd: string): string {
  if (isPseudoPath(filePath)) return filePath;
  const relative = path.relative(cwd, path.resolve(cwd, filePath)) || '.';
  return relative.split(path.sep).join('/');
}

/** Messages are one line by convention; a stray newline must not break a line-oriented format. */
export function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, ' ');
}
