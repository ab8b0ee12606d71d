import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/files/write-file-atomic.js';
import { makeTempDir, removeTempDir } from '../cli/helpers.js';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeTempDir(dir);
});

describe('writeFileAtomic', () => {
  it('creates missing directories and writes the text', async () => {
    await writeFileAtomic(path.join(dir, 'a/b/c.txt'), 'report\n');
    expect(await readFile(path.join(dir, 'a/b/c.txt'), 'utf8')).toBe('report\n');
    expect(await readdir(path.join(dir, 'a/b'))).toEqual(['c.txt']);
  });

  it('removes its temporary file and keeps the old content when the rename fails', async () => {
    await mkdir(path.join(dir, 'target'));
    await writeFile(path.join(dir, 'target/keep'), 'kept');
    await expect(writeFileAtomic(path.join(dir, 'target'), 'new')).rejects.toMatchObject({ code: expect.stringMatching(/^(EISDIR|ENOTEMPTY|EEXIST)$/) });
    expect(await readdir(dir)).toEqual(['target']);
    expect(await readFile(path.join(dir, 'target/keep'), 'utf8')).toBe('kept');
  });
});
