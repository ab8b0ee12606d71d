import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findConfig, type ConfigFileSystem } from '../../src/config/find-config.js';
import { json, makeTree } from './helpers.js';

describe('findConfig on the real file system', () => {
  it('finds a config in the start directory', async () => {
    const root = await makeTree({ 'lessons.config.json': json({}) });
    expect(await findConfig(root)).toBe(path.join(root, 'lessons.config.json'));
  });

  it('walks up to a parent directory', async () => {
    const root = await makeTree({ '.lessonsrc.yml': 'schema: incident\n', 'a/b/c/': '' });
    expect(await findConfig(path.join(root, 'a/b/c'))).toBe(path.join(root, '.lessonsrc.yml'));
  });

  it('prefers the nearest directory over a farther one', async () => {
    const root = await makeTree({ 'lessons.config.json': json({}), 'sub/.lessonsrc.json': json({}) });
    expect(await findConfig(path.join(root, 'sub'))).toBe(path.join(root, 'sub/.lessonsrc.json'));
  });

  it('takes names in precedence order within one directory', async () => {
    const root = await makeTree({
      'package.json': json({ lessons: {} }),
      '.lessonsrc.yaml': '',
      '.lessonsrc.json': json({}),
      'lessons.config.json': json({}),
    });
    expect(await findConfig(root)).toBe(path.join(root, 'lessons.config.json'));
  });

  it('skips a package.json without a lessons key and keeps looking upwards', async () => {
    const root = await makeTree({ '.lessonsrc.json': json({}), 'pkg/package.json': json({ name: 'pkg' }) });
    expect(await findConfig(path.join(root, 'pkg'))).toBe(path.join(root, '.lessonsrc.json'));
  });

  it('takes a package.json with a lessons key', async () => {
    const root = await makeTree({ '.lessonsrc.json': json({}), 'pkg/package.json': json({ name: 'pkg', lessons: {} }) });
    expect(await findConfig(path.join(root, 'pkg'))).toBe(path.join(root, 'pkg/package.json'));
  });

  it('takes a broken package.json that mentions a lessons key, so that loading reports it', async () => {
    const root = await makeTree({ 'package.json': '{ "lessons": { ' });
    expect(await findConfig(root)).toBe(path.join(root, 'package.json'));
  });

  it('skips a broken package.json without a lessons key', async () => {
    const root = await makeTree({ '.git/': '', 'package.json': '{ "name": ' });
    expect(await findConfig(root)).toBeUndefined();
  });

  it('stops at the repository root (a directory holding .git)', async () => {
    const root = await makeTree({ 'lessons.config.json': json({}), 'repo/.git/': '', 'repo/docs/': '' });
    expect(await findConfig(path.join(root, 'repo/docs'))).toBeUndefined();
  });

  it('still finds the config in the repository root itself', async () => {
    const root = await makeTree({ 'repo/.git/': '', 'repo/lessons.config.json': json({}), 'repo/docs/': '' });
    expect(await findConfig(path.join(root, 'repo/docs'))).toBe(path.join(root, 'repo/lessons.config.json'));
  });

  it('treats a .git file (worktree, submodule) as a repository root too', async () => {
    const root = await makeTree({ 'lessons.config.json': json({}), 'repo/.git': 'gitdir: ../x\n', 'repo/docs/': '' });
    expect(await findConfig(path.join(root, 'repo/docs'))).toBeUndefined();
  });

  it('finds a directory named like a config file, for loading to refuse, rather than look past it', async () => {
    const root = await makeTree({ '.git/': '', 'lessons.config.json/': '', '.lessonsrc.json': json({}) });
    expect(await findConfig(root)).toBe(path.join(root, 'lessons.config.json'));
  });

  it('ignores a package.json that is not a file', async () => {
    const root = await makeTree({ '.git/': '', 'package.json/': '' });
    expect(await findConfig(root)).toBeUndefined();
  });
});

/** An in-memory file system: paths -> content; directories are implied by the paths. */
function fakeFs(files: Record<string, string>): ConfigFileSystem & { reads: string[] } {
  const reads: string[] = [];
  const missing = (filePath: string) => Object.assign(new Error(`ENOENT: ${filePath}`), { code: 'ENOENT' });
  const isDirectory = (filePath: string) => Object.keys(files).some((name) => name.startsWith(`${filePath}/`));
  return {
    reads,
    async readFile(filePath) {
      reads.push(filePath);
      const content = files[filePath];
      if (content === undefined) throw missing(filePath);
      return content;
    },
    async stat(filePath) {
      if (files[filePath] === undefined && !isDirectory(filePath)) throw missing(filePath);
      return { isFile: () => files[filePath] !== undefined, isDirectory: () => isDirectory(filePath) };
    },
  };
}

describe.skipIf(process.platform === 'win32')('findConfig with an injected file system', () => {
  it('walks up to the file system root when there is no repository', async () => {
    const fs = fakeFs({ '/.lessonsrc.yaml': 'schema: incident\n', '/home/me/project/notes.md': '' });
    expect(await findConfig('/home/me/project', { fs })).toBe('/.lessonsrc.yaml');
  });

  it('stops at the repository root without reading above it', async () => {
    const fs = fakeFs({ '/home/package.json': json({ lessons: {} }), '/home/repo/.git/HEAD': '', '/home/repo/src/a.md': '' });
    expect(await findConfig('/home/repo/src', { fs })).toBeUndefined();
    expect(fs.reads).toEqual([]);
  });

  it('reads package.json only to look for the lessons key', async () => {
    const fs = fakeFs({ '/repo/.git/HEAD': '', '/repo/package.json': json({ name: 'x' }) });
    expect(await findConfig('/repo', { fs })).toBeUndefined();
    expect(fs.reads).toEqual(['/repo/package.json']);
  });
});
