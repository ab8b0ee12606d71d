import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findLessonsFiles, resolvePaths } from '../../src/files/resolve-paths.js';
import { makeTempDir, removeTempDir, writeTree } from '../cli/helpers.js';

let root: string;
const at = (...parts: string[]): string => path.join(root, ...parts);

beforeAll(async () => {
  root = await makeTempDir();
  await writeTree(root, {
    'tasks/lessons.md': '',
    'LESSONS.md': '',
    'pkg/Lessons.md': '',
    'pkg/lessons-learned.md': '',
    'deep/a/b/LESSONS_LEARNED.md': '',
    'docs/lessons-2025.md': '',
    'docs/LESSONS.md': '',
    '.claude/lessons.md': '',
    'node_modules/dep/lessons.md': '',
    'pkg/node_modules/dep/LESSONS.md': '',
    '.git/lessons.md': '',
    'notes/readme.md': '',
    'notes/todo.md': '',
    'docs/guide.md': '',
    'literal[1].md': '',
    'empty-dir/.keep': '',
  });
});
afterAll(async () => {
  await removeTempDir(root);
});

const discovered = (): string[] => [
  at('.claude/lessons.md'),
  at('LESSONS.md'),
  at('deep/a/b/LESSONS_LEARNED.md'),
  at('docs/LESSONS.md'),
  at('docs/lessons-2025.md'),
  at('pkg/Lessons.md'),
  at('pkg/lessons-learned.md'),
  at('tasks/lessons.md'),
];

describe('findLessonsFiles', () => {
  it('finds the usual names at any depth, case-insensitively, sorted, skipping node_modules and .git', async () => {
    expect(await findLessonsFiles(root)).toEqual(discovered());
  });
});

describe('resolvePaths', () => {
  it('discovers lessons files below cwd when given no inputs', async () => {
    expect(await resolvePaths([], { cwd: root })).toEqual({ files: discovered(), problems: [] });
  });

  it('reports a cwd without lessons files', async () => {
    const outcome = await resolvePaths([], { cwd: at('notes') });
    expect(outcome.files).toEqual([]);
    expect(outcome.problems).toEqual([
      { kind: 'no-lessons-files', filePath: at('notes'), message: expect.stringMatching(/^no lessons files found \(looked for tasks\/lessons\.md, LESSONS\.md, .*\)$/) },
    ]);
  });

  it('searches a directory argument for the usual names only', async () => {
    expect((await resolvePaths(['pkg'], { cwd: root })).files).toEqual([at('pkg/Lessons.md'), at('pkg/lessons-learned.md')]);
  });

  it('lints a file given by name whatever its name', async () => {
    expect(await resolvePaths(['notes/todo.md'], { cwd: root })).toEqual({ files: [at('notes/todo.md')], problems: [] });
  });

  it('expands globs, skipping node_modules', async () => {
    expect((await resolvePaths(['**/LESSONS.md'], { cwd: root })).files).toEqual([
      at('LESSONS.md'),
      at('docs/LESSONS.md'),
    ]);
    expect((await resolvePaths(['notes/*.md'], { cwd: root })).files).toEqual([at('notes/readme.md'), at('notes/todo.md')]);
  });

  it('takes an existing path literally even when it looks like a glob', async () => {
    expect((await resolvePaths(['literal[1].md'], { cwd: root })).files).toEqual([at('literal[1].md')]);
  });

  it('deduplicates and sorts files reached several ways', async () => {
    const outcome = await resolvePaths(['tasks/lessons.md', 'pkg', './tasks/../tasks/lessons.md', 'pkg/*.md', at('LESSONS.md')], { cwd: root });
    expect(outcome).toEqual({
      files: [at('LESSONS.md'), at('pkg/Lessons.md'), at('pkg/lessons-learned.md'), at('tasks/lessons.md')],
      problems: [],
    });
  });

  it('keeps the good inputs and reports each bad one', async () => {
    const outcome = await resolvePaths(['missing.md', 'tasks/lessons.md', 'empty-dir', 'nothing/**/*.md'], { cwd: root });
    expect(outcome.files).toEqual([at('tasks/lessons.md')]);
    expect(outcome.problems).toEqual([
      { kind: 'not-found', filePath: at('missing.md'), message: 'no such file or directory' },
      { kind: 'no-lessons-files', filePath: at('empty-dir'), message: expect.stringContaining('no lessons files found') },
      { kind: 'no-match', filePath: 'nothing/**/*.md', message: 'no files matched' },
    ]);
  });

  it('reports a path below a file as missing', async () => {
    const outcome = await resolvePaths(['notes/todo.md/x.md'], { cwd: root });
    expect(outcome.problems).toEqual([{ kind: 'not-found', filePath: at('notes/todo.md/x.md'), message: 'no such file or directory' }]);
  });
});
