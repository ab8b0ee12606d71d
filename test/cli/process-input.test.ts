import { closeSync, openSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir } from './helpers.js';
import { runCliProcess } from './process.js';

// Inputs only a real process has: a standard input that is closed, write-only or endless, and
// devices that would hang or exhaust an in-process run if a check broke (the child is killed instead).
let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeTempDir(dir);
});

/** A file descriptor on `file` for the child's standard input, closed once the child has it. */
async function withFd<T>(file: string, flags: 'r' | 'w', use: (fd: number) => Promise<T>): Promise<T> {
  const fd = openSync(file, flags);
  try {
    return await use(fd);
  } finally {
    closeSync(fd);
  }
}

describe.skipIf(process.platform === 'win32')('lessons lint in a process of its own', () => {
  it('--stdin with standard input open for writing only: one line, exit 2', { timeout: 30_000 }, async () => {
    const run = await withFd('/dev/null', 'w', (fd) => runCliProcess(['lint', '--stdin'], { cwd: dir, stdin: fd }));
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'lessons: <stdin>: cannot read standard input: not open for reading\n', timedOut: false });
  });

  it('--stdin with standard input closed (<&-): one line', { timeout: 30_000 }, async () => {
    // Node reopens a closed descriptor 0 on /dev/null, so standard input is then empty.
    const run = await runCliProcess(['lint', '--stdin'], { cwd: dir, stdin: 'closed' });
    expect([0, 2]).toContain(run.code);
    expect(run.stderr).toMatch(/^lessons: <stdin>: [^\n]+\n$/);
  });

  it.skipIf(process.platform !== 'linux')('--stdin < /dev/zero stops at the size limit: one line, exit 2', { timeout: 30_000 }, async () => {
    const run = await withFd('/dev/zero', 'r', (fd) => runCliProcess(['lint', '--stdin'], { cwd: dir, stdin: fd }));
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'lessons: <stdin>: file too large, maximum is 50 MB\n', timedOut: false });
  });

  it.skipIf(process.platform !== 'linux')('/dev/zero and /dev/urandom as paths are refused at once', { timeout: 30_000 }, async () => {
    for (const device of ['/dev/zero', '/dev/urandom']) {
      const run = await runCliProcess(['lint', device], { cwd: dir, timeoutMs: 10_000 });
      expect(run).toEqual({ code: 2, stdout: '', stderr: `lessons: ${device}: is not a regular file (a character device)\n`, timedOut: false });
    }
  });
});
