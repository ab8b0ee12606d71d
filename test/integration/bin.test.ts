import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lessonsBin, makeTempDir, removeTempDir, repoRoot, runProcess } from './helpers.js';

// The built CLI in a real process: standard input from a pipe, a report written to disk.
let temp: string;
beforeAll(async () => {
  temp = await makeTempDir('bin');
});
afterAll(async () => {
  if (temp) await removeTempDir(temp);
});

const env = { ...process.env, NO_COLOR: '1' };

describe('bin/lessons.cjs', () => {
  it('lints piped standard input under --stdin-filename', async () => {
    const input = await readFile(path.join(repoRoot, 'fixtures/cli/findings.md'));
    const run = await runProcess(process.execPath, [lessonsBin, 'lint', '--stdin', '--stdin-filename', 'tasks/lessons.md', '-f', 'compact'], { cwd: temp, env, input });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^tasks\/lessons\.md:26:1: error Unexpected label `Corection`.* \[unknown-field\]$/m);
  });

  it('refuses binary standard input with exit 2', async () => {
    const run = await runProcess(process.execPath, [lessonsBin, 'lint', '--stdin'], { cwd: temp, env, input: Uint8Array.from([0x89, 0x50, 0, 0]) });
    expect(run).toMatchObject({ code: 2, stdout: '', stderr: 'lessons: <stdin>: binary file, expected UTF-8 text\n' });
  });

  it('writes the report with --output-file and keeps the exit code', async () => {
    const report = path.join(temp, 'reports', 'lessons.txt');
    const run = await runProcess(process.execPath, [lessonsBin, 'lint', '-f', 'github', '-o', report, 'fixtures/formats'], { cwd: repoRoot, env });
    expect(run).toMatchObject({ code: 1, stdout: '', stderr: '' });
    expect(await readFile(report, 'utf8')).toMatch(/^::warning file=fixtures\/formats\/LESSONS\.md,line=6,/);
  });

  it('skips an unmatched pattern with --no-error-on-unmatched-pattern', async () => {
    const run = await runProcess(process.execPath, [lessonsBin, 'lint', '--no-error-on-unmatched-pattern', 'no/such/LESSONS.md'], { cwd: repoRoot, env });
    expect(run).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });
});
