import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir, repoRoot, runCli, writeTree } from './helpers.js';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
  await writeTree(dir, {
    'LESSONS.md': await readFile(path.join(repoRoot, 'fixtures/cli/findings.md'), 'utf8'),
    'notes/readme.md': '# Notes\n',
  });
});
afterEach(async () => {
  await removeTempDir(dir);
});

const unmatched = ['missing.md', 'docs/**/*.md', 'notes'];

describe('lessons lint --no-error-on-unmatched-pattern', () => {
  it.each(unmatched)('by default, %s matching nothing exits 2, even beside a file with findings', async (input) => {
    const run = await runCli(['lint', '-f', 'compact', 'LESSONS.md', input], { cwd: dir });
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toMatch(/^LESSONS\.md:/);
    expect(run.stderr).toMatch(/^lessons: [^\n]+: (no such file or directory|no files matched|no lessons files found [^\n]*)\n$/);
  });

  it('with the flag, skips what matches nothing and lints the rest: the exit code is theirs', async () => {
    const run = await runCli(['lint', '--no-error-on-unmatched-pattern', '-f', 'compact', 'LESSONS.md', ...unmatched], { cwd: dir });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe((await runCli(['lint', '-f', 'compact', 'LESSONS.md'], { cwd: dir })).stdout);
  });

  it('with the flag and nothing left to lint, exits 0 with no output', async () => {
    expect(await runCli(['lint', '--no-error-on-unmatched-pattern', ...unmatched], { cwd: dir })).toEqual({ exitCode: 0, stdout: '', stderr: '' });
  });

  it('with the flag, still exits 2 for a file that exists but cannot be linted', async () => {
    await writeTree(dir, { 'image.md': Uint8Array.from([0x89, 0x50, 0, 0]) });
    const run = await runCli(['lint', '--no-error-on-unmatched-pattern', 'image.md', 'missing.md'], { cwd: dir });
    expect(run).toEqual({ exitCode: 2, stdout: '', stderr: 'lessons: image.md: binary file, expected UTF-8 text\n' });
  });
});
