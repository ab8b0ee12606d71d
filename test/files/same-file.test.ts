import { link, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findSameFile } from '../../src/files/same-file.js';
import { makeTempDir, removeTempDir } from '../cli/helpers.js';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
  await writeFile(path.join(dir, 'LESSONS.md'), '# x\n');
  await writeFile(path.join(dir, 'other.md'), '# x\n');
});
afterEach(async () => {
  await removeTempDir(dir);
});

const at = (name: string) => path.join(dir, name);

describe('findSameFile', () => {
  it('finds the same path, even when nothing is there', () => {
    expect(findSameFile(at('missing.md'), [at('other.md'), at('missing.md')])).toBe(at('missing.md'));
  });

  it('finds nothing for another file with the same content', () => {
    expect(findSameFile(at('other.md'), [at('LESSONS.md')])).toBeUndefined();
    expect(findSameFile(at('new.txt'), [at('LESSONS.md')])).toBeUndefined();
  });

  it.skipIf(process.platform === 'win32')('sees through a symlink and a hard link', async () => {
    await symlink('LESSONS.md', at('soft.txt'));
    await link(at('LESSONS.md'), at('hard.txt'));
    expect(findSameFile(at('soft.txt'), [at('other.md'), at('LESSONS.md')])).toBe(at('LESSONS.md'));
    expect(findSameFile(at('hard.txt'), [at('LESSONS.md')])).toBe(at('LESSONS.md'));
  });
});
