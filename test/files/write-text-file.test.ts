import { chmod, lstat, mkdir, readdir, readFile, readlink, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeTextFile } from '../../src/files/write-text-file.js';
import { makeTempDir, removeTempDir } from '../cli/helpers.js';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await chmod(dir, 0o755);
  await removeTempDir(dir);
});

describe.skipIf(process.platform === 'win32')('writeTextFile', () => {
  it('creates a new file and its directories, leaving no temporary file', async () => {
    await writeTextFile(path.join(dir, 'a/b.txt'), 'new\n');
    expect(await readFile(path.join(dir, 'a/b.txt'), 'utf8')).toBe('new\n');
    expect(await readdir(path.join(dir, 'a'))).toEqual(['b.txt']);
  });

  it('replaces a regular file by rename, keeping its permission bits', async () => {
    const file = path.join(dir, 'report.txt');
    await writeFile(file, 'old\n');
    await chmod(file, 0o604);
    const before = await stat(file);
    await writeTextFile(file, 'new\n');
    const after = await stat(file);
    expect([await readFile(file, 'utf8'), after.mode & 0o777]).toEqual(['new\n', 0o604]);
    expect(after.ino).not.toBe(before.ino);
  });

  it('writes the target of a symlink, which stays a link', async () => {
    await mkdir(path.join(dir, 'real'));
    await writeFile(path.join(dir, 'real/report.txt'), 'old\n');
    await symlink('real/report.txt', path.join(dir, 'link.txt'));
    await writeTextFile(path.join(dir, 'link.txt'), 'new\n');
    expect(await readlink(path.join(dir, 'link.txt'))).toBe('real/report.txt');
    expect(await readFile(path.join(dir, 'real/report.txt'), 'utf8')).toBe('new\n');
    expect(await readdir(path.join(dir, 'real'))).toEqual(['report.txt']);
  });

  it('creates the file a dangling symlink names', async () => {
    await symlink('made.txt', path.join(dir, 'link.txt'));
    await writeTextFile(path.join(dir, 'link.txt'), 'new\n');
    expect((await lstat(path.join(dir, 'link.txt'))).isSymbolicLink()).toBe(true);
    expect(await readFile(path.join(dir, 'made.txt'), 'utf8')).toBe('new\n');
  });

  it('refuses a directory with EISDIR and leaves it alone', async () => {
    await mkdir(path.join(dir, 'out'));
    await expect(writeTextFile(path.join(dir, 'out'), 'x')).rejects.toMatchObject({ code: 'EISDIR' });
    expect(await readdir(dir)).toEqual(['out']);
  });

  // Root writes anywhere: the CLI matrix checks this as nobody.
  it.skipIf(process.getuid?.() === 0)('writes a writable file in place when its directory refuses the temporary file', async () => {
    const file = path.join(dir, 'report.txt');
    await writeFile(file, 'old\n');
    await chmod(file, 0o666);
    await chmod(dir, 0o555);
    await writeTextFile(file, 'new\n');
    expect(await readFile(file, 'utf8')).toBe('new\n');
  });
});
