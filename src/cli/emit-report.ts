import path from 'node:path';
import type { Io } from './io.js';

/** Where the report goes. */
export interface ReportTarget {
  /** `--output-file`, relative to the io's cwd; undefined means stdout. */
  outputFile?: string;
  /** Absolute paths of the files just linted, which the report must never overwrite. */
  lintedFiles: readonly string[];
}

/**
 * Print the report, or write it to `outputFile` when one is given. The file is written even when
 * the report is empty, so a report from an earlier run never lingers. Returns false, after saying
 * why on stderr, when the file cannot (or must not) be written.
 */
export async function emitReport(output: string, target: ReportTarget, io: Io): Promise<boolean> {
  // Formatters may omit the final newline; the report always ends a line, unless it is empty.
  const text = output === '' || output.endsWith('\n') ? output : `${output}\n`;
  const { outputFile } = target;
  if (outputFile === undefined) {
    if (text !== '') io.stdout(text);
    return true;
  }
  const destination = path.resolve(io.cwd, outputFile);
  // `lessons lint -o LESSONS.md LESSONS.md` would replace the lessons with their report.
  if (target.lintedFiles.some((file) => path.resolve(io.cwd, file) === destination)) {
    io.stderr(`lessons: ${outputFile}: cannot write the report over a file being linted\n`);
    return false;
  }
  try {
    // Loaded only for -o: a plain run never needs the file-writing code.
    const { writeFileAtomic } = await import('../files/write-file-atomic.js');
    await writeFileAtomic(destination, text);
    return true;
  } catch (error) {
    const reason = error instanceof Error ? describeWriteError(error) : String(error);
    io.stderr(`lessons: ${outputFile}: cannot write the report: ${reason}\n`);
    return false;
  }
}

/** A write error as a short phrase; describeFsError speaks of reading, which would mislead here. */
function describeWriteError(error: Error): string {
  switch ((error as NodeJS.ErrnoException).code) {
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
