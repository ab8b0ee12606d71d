import { mkdir, readdir, readFile, stat, writeFile, link } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir, repoRoot, runCli, writeTree } from './helpers.js';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
  await writeTree(dir, {
    'LESSONS.md': await readFile(path.join(repoRoot, 'fixtures/cli/findings.md'), 'utf8'),
    'clean/LESSONS.md': await readFile(path.join(repoRoot, 'fixtures/examples/incident.md'), 'utf8'),
  });
});
afterEach(async () => {
  await removeTempDir(dir);
});

describe('lessons lint --output-file', () => {
  it('writes the report to the file, creating its directories, and prints nothing', async () => {
    const run = await runCli(['lint', '--format', 'sarif', '-o', 'reports/lessons/out.sarif', 'LESSONS.md'], { cwd: dir });
    expect(run).toEqual({ exitCode: 1, stdout: '', stderr: '' });
    const written = await readFile(path.join(dir, 'reports/lessons/out.sarif'), 'utf8');
    expect(written).toBe((await runCli(['lint', '--format', 'sarif', 'LESSONS.md'], { cwd: dir })).stdout);
    expect(JSON.parse(written)).toMatchObject({ version: '2.1.0' });
  });

  it('keeps the exit code: 0 for a clean file, and writes the empty report over an old one', async () => {
    await writeTree(dir, { 'out.txt': 'stale report\n' });
    expect(await runCli(['lint', '--output-file', 'out.txt', 'clean/LESSONS.md'], { cwd: dir })).toEqual({ exitCode: 0, stdout: '', stderr: '' });
    expect(await readFile(path.join(dir, 'out.txt'), 'utf8')).toBe('');
  });

  it('keeps the exit code 2 of an input problem, still writing the report of the other files', async () => {
    const run = await runCli(['lint', '-f', 'compact', '-o', 'out.txt', 'LESSONS.md', 'missing.md'], { cwd: dir });
    expect(run).toEqual({ exitCode: 2, stdout: '', stderr: 'lessons: missing.md: no such file or directory\n' });
    expect(await readFile(path.join(dir, 'out.txt'), 'utf8')).toMatch(/^LESSONS\.md:\d+:\d+: error /);
  });

  it('writes without colour, even on a terminal, unless --color forces it', async () => {
    await runCli(['lint', '-o', 'plain.txt', 'LESSONS.md'], { cwd: dir, isTTY: true });
    expect(await readFile(path.join(dir, 'plain.txt'), 'utf8')).not.toContain('\u001b[');
    await runCli(['lint', '--color', '-o', 'color.txt', 'LESSONS.md'], { cwd: dir });
    expect(await readFile(path.join(dir, 'color.txt'), 'utf8')).toContain('\u001b[');
  });

  it('replaces the file by rename: a reader holding the old file sees it whole, and no temporary file is left', async () => {
    await writeTree(dir, { 'reports/out.txt': 'old report\n' });
    // A second link to the old file: an in-place write would change what it reads, a rename does not.
    await link(path.join(dir, 'reports/out.txt'), path.join(dir, 'old-link.txt'));
    const before = await stat(path.join(dir, 'reports/out.txt'));
    expect((await runCli(['lint', '-f', 'compact', '-o', 'reports/out.txt', 'LESSONS.md'], { cwd: dir })).exitCode).toBe(1);
    expect(await readFile(path.join(dir, 'old-link.txt'), 'utf8')).toBe('old report\n');
    expect((await stat(path.join(dir, 'reports/out.txt'))).ino).not.toBe(before.ino);
    expect(await readdir(path.join(dir, 'reports'))).toEqual(['out.txt']);
  });

  it('exits 2 with one line when the report cannot be written, and leaves nothing behind', async () => {
    await mkdir(path.join(dir, 'taken/out.txt'), { recursive: true });
    await writeFile(path.join(dir, 'taken/out.txt/keep'), 'x');
    const run = await runCli(['lint', '-o', 'taken/out.txt', 'clean/LESSONS.md'], { cwd: dir });
    expect(run).toEqual({ exitCode: 2, stdout: '', stderr: 'lessons: taken/out.txt: cannot write the report: is a directory\n' });
    expect(await readdir(path.join(dir, 'taken'))).toEqual(['out.txt']);
    await writeTree(dir, { 'file.txt': 'x' });
    const under = await runCli(['lint', '-o', 'file.txt/out.txt', 'clean/LESSONS.md'], { cwd: dir });
    expect(under).toMatchObject({ exitCode: 2, stdout: '' });
    expect(under.stderr).toMatch(/^lessons: file\.txt\/out\.txt: cannot write the report: a parent is not a directory\n$/);
  });

  it('never writes the report over a file it lints', async () => {
    const before = await readFile(path.join(dir, 'LESSONS.md'), 'utf8');
    const run = await runCli(['lint', '-o', './LESSONS.md', 'LESSONS.md', 'clean/LESSONS.md'], { cwd: dir });
    expect(run).toEqual({ exitCode: 2, stdout: '', stderr: 'lessons: ./LESSONS.md: cannot write the report over a file being linted\n' });
    expect(await readFile(path.join(dir, 'LESSONS.md'), 'utf8')).toBe(before);
    const stdin = await runCli(['lint', '--stdin', '--stdin-filename', 'LESSONS.md', '-o', 'LESSONS.md'], { cwd: dir, stdin: before });
    expect(stdin.exitCode).toBe(2);
    expect(await readFile(path.join(dir, 'LESSONS.md'), 'utf8')).toBe(before);
  });
});
