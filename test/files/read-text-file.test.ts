import { chmod, mkdir, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileRefusedError, readRegularFileSync } from '../../src/files/read-regular-file.js';
import { MAX_FILE_BYTES, readTextFile } from '../../src/files/read-text-file.js';
import { makeTempDir, removeTempDir } from '../cli/helpers.js';
import { hasFifos, makeFifo, unblockFifoLater } from '../cli/special-files.js';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeTempDir(dir);
});

describe('readTextFile', () => {
  it('reads a UTF-8 file without its BOM', async () => {
    const file = path.join(dir, 'lessons.md');
    await writeFile(file, '\uFEFF# Lessons\r\n');
    expect(await readTextFile(file)).toEqual({ isText: true, text: '# Lessons\r\n', hasBom: true });
  });

  it('refuses a directory', async () => {
    const sub = path.join(dir, 'sub');
    await mkdir(sub);
    expect(await readTextFile(sub)).toEqual({
      isText: false,
      problem: { kind: 'is-directory', filePath: sub, message: 'is a directory, expected a file' },
    });
  });

  it('reports a missing file', async () => {
    const file = path.join(dir, 'missing.md');
    expect(await readTextFile(file)).toEqual({
      isText: false,
      problem: { kind: 'not-found', filePath: file, message: 'no such file or directory' },
    });
  });

  it('refuses a file above the size limit without reading it', async () => {
    const file = path.join(dir, 'huge.md');
    await writeFile(file, '');
    await truncate(file, MAX_FILE_BYTES + 1); // sparse: costs no disk
    expect(await readTextFile(file)).toEqual({
      isText: false,
      problem: { kind: 'too-large', filePath: file, message: 'file too large (50.0 MB), maximum is 50 MB' },
    });
  });

  it('accepts a file exactly at the size limit', async () => {
    const file = path.join(dir, 'big.md');
    await writeFile(file, Buffer.alloc(MAX_FILE_BYTES, 0x61));
    const outcome = await readTextFile(file);
    expect(outcome.isText && outcome.text.length).toBe(MAX_FILE_BYTES);
  });

  it.skipIf(process.getuid?.() === 0)('reports a file it may not read', async () => {
    const file = path.join(dir, 'secret.md');
    await writeFile(file, '# x\n');
    await chmod(file, 0o000);
    expect(await readTextFile(file)).toMatchObject({ isText: false, problem: { kind: 'unreadable', message: 'permission denied' } });
  });

  it.skipIf(!hasFifos)('refuses a FIFO without opening it (no writer needed)', async () => {
    const fifo = path.join(dir, 'LESSONS.md');
    makeFifo(fifo);
    const stopWriter = unblockFifoLater(fifo);
    try {
      expect(await readTextFile(fifo)).toEqual({
        isText: false,
        problem: { kind: 'not-regular-file', filePath: fifo, message: 'is not a regular file (a FIFO)' },
      });
    } finally {
      stopWriter();
    }
  });

  it.skipIf(process.platform !== 'linux')('refuses a character device', async () => {
    expect(await readTextFile('/dev/null')).toEqual({
      isText: false,
      problem: { kind: 'not-regular-file', filePath: '/dev/null', message: 'is not a regular file (a character device)' },
    });
  });
});

describe.skipIf(process.platform !== 'linux')('readRegularFileSync', () => {
  // /proc files are regular files whose stat says 0 bytes: only reading tells their size.
  it('reads a file to its end whatever its stat size says', () => {
    expect(readRegularFileSync('/proc/self/status', MAX_FILE_BYTES).toString('utf8')).toMatch(/^Name:/);
  });

  it('stops one byte past the limit when the stat size did not tell', () => {
    // Not `(N MB)`: the reader stopped, so the size is not known.
    expect(() => readRegularFileSync('/proc/self/status', 16)).toThrow(FileRefusedError);
    expect(() => readRegularFileSync('/proc/self/status', 16)).toThrow(/^file too large, maximum is /);
  });
});
