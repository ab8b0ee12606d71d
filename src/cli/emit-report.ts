import path from 'node:path';
import { describeWriteError } from '../files/fs-error.js';
import { printable } from '../report/display-path.js';
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
  // Loaded only for -o: a plain run never needs the file-writing code.
  const [{ findSameFile }, { writeTextFile }] = await Promise.all([import('../files/same-file.js'), import('../files/write-text-file.js')]);
  // `lessons lint -o LESSONS.md LESSONS.md` would replace the lessons with their report; so would
  // a symlink or a hard link to them.
  if (findSameFile(destination, target.lintedFiles.map((file) => path.resolve(io.cwd, file))) !== undefined) {
    io.stderr(`lessons: ${printable(outputFile)}: cannot write the report over a file being linted\n`);
    return false;
  }
  try {
    await writeTextFile(destination, text);
    return true;
  } catch (error) {
    const reason = error instanceof Error ? describeWriteError(error) : String(error);
    io.stderr(`lessons: ${printable(outputFile)}: cannot write the report: ${reason}\n`);
    return false;
  }
}
