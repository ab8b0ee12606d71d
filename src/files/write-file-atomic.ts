import { chmod, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Options of `writeFileAtomic`. */
export interface WriteFileAtomicOptions {
  /** Permission bits for the new file, exactly (no umask): those of the file it replaces. */
  mode?: number;
}

/**
 * Write `text` to `filePath`, creating its directories. The text goes to a temporary file in the same
 * directory, then is renamed over the target: readers (a CI upload step, an editor) see the old
 * file or the new one, never half of it, and a failed write leaves the old file intact.
 * A rename replaces whatever `filePath` is: writeTextFile decides when that is right.
 */
export async function writeFileAtomic(filePath: string, text: string, options: WriteFileAtomicOptions = {}): Promise<void> {
  // node:crypto loads on first write: most runs write nothing, and start-up should not pay for it.
  const { randomBytes } = await import('node:crypto');
  const directory = path.dirname(filePath);
  await mkdir(directory, { recursive: true });
  // Same directory, so the rename never crosses file systems (which would make it a copy).
  const temporary = path.join(directory, `.${path.basename(filePath)}.${randomBytes(8).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, text, { flag: 'wx' });
    if (options.mode !== undefined) await chmod(temporary, options.mode);
    await rename(temporary, filePath);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
