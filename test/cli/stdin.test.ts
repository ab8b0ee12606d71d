import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JsonResult } from '../../src/report/json.js';
import { MAX_FILE_BYTES } from '../../src/files/read-text-file.js';
import { makeTempDir, removeTempDir, repoRoot, runCli, writeTree } from './helpers.js';

const cwd = repoRoot;
const findings = await readFile(path.join(repoRoot, 'fixtures/cli/findings.md'));
const clean = await readFile(path.join(repoRoot, 'fixtures/examples/incident.md'));

describe('lessons lint --stdin', () => {
  it('lints standard input and reports it under --stdin-filename, as the same file would be', async () => {
    const run = await runCli(['lint', '--stdin', '--stdin-filename', 'tasks/lessons.md', '-f', 'compact'], { cwd, stdin: findings });
    const asFile = await runCli(['lint', '-f', 'compact', 'fixtures/cli/findings.md'], { cwd });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(asFile.stdout.replaceAll('fixtures/cli/findings.md:', 'tasks/lessons.md:'));
  });

  it('resolves the name against the current directory, like a path argument', async () => {
    const run = await runCli(['lint', '--stdin', '--stdin-filename', 'docs/lessons.md', '-f', 'json'], { cwd, stdin: findings });
    const [result] = JSON.parse(run.stdout) as JsonResult[];
    expect(result?.filePath).toBe(path.join(repoRoot, 'docs/lessons.md'));
  });

  it('reports input without a name as <stdin>', async () => {
    const run = await runCli(['lint', '--stdin', '-f', 'json'], { cwd, stdin: findings });
    expect((JSON.parse(run.stdout) as JsonResult[])[0]?.filePath).toBe('<stdin>');
    expect((await runCli(['lint', '--stdin'], { cwd, stdin: findings })).stdout).toMatch(/^\n<stdin>\n/);
  });

  it('exits 0 and prints nothing for clean input', async () => {
    expect(await runCli(['lint', '--stdin', '--stdin-filename', 'LESSONS.md'], { cwd, stdin: clean })).toEqual({ exitCode: 0, stdout: '', stderr: '' });
  });

  it('skips empty input with the notice an empty file gets', async () => {
    expect(await runCli(['lint', '--stdin', '--stdin-filename', 'LESSONS.md'], { cwd, stdin: '\n  \n' })).toEqual({
      exitCode: 0,
      stdout: '',
      stderr: 'lessons: LESSONS.md: empty file, nothing to lint\n',
    });
  });

  it.each([
    ['binary input', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0x0d]), 'binary file, expected UTF-8 text'],
    ['invalid UTF-8', Buffer.from('# Lessons\n\n## 2026-01-01: Caf\u00e9\n', 'latin1'), 'invalid UTF-8 (byte 0xe9 at line 3)'],
    ['UTF-16', Buffer.from('\ufeff# Lessons\n', 'utf16le'), 'UTF-16 encoded file, expected UTF-8'],
  ])('refuses %s with one line and exit 2, as for a file', async (_name, bytes, message) => {
    expect(await runCli(['lint', '--stdin', '--stdin-filename', 'tasks/lessons.md'], { cwd, stdin: bytes })).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: `lessons: tasks/lessons.md: ${message}\n`,
    });
    expect((await runCli(['lint', '--stdin'], { cwd, stdin: bytes })).stderr).toBe(`lessons: <stdin>: ${message}\n`);
  });

  it('refuses input past the size limit with one line and exit 2, without a size it cannot know', async () => {
    // What run.ts reads at most: one byte past the limit.
    const bytes = Buffer.alloc(MAX_FILE_BYTES + 1, 0x61);
    expect(await runCli(['lint', '--stdin'], { cwd, stdin: bytes })).toEqual({ exitCode: 2, stdout: '', stderr: 'lessons: <stdin>: file too large, maximum is 50 MB\n' });
  });

  it('strips a UTF-8 byte order mark and accepts CRLF, as for a file', async () => {
    const crlf = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(findings.toString('utf8').replace(/\n/g, '\r\n'))]);
    const run = await runCli(['lint', '--stdin', '-f', 'compact'], { cwd, stdin: crlf });
    expect(run.stdout).toBe((await runCli(['lint', '--stdin', '-f', 'compact'], { cwd, stdin: findings })).stdout);
  });

  it('applies the configuration a file of that name would get: overrides and ignores', async () => {
    const dir = await makeTempDir();
    try {
      const config = { ignores: ['archive/**'], overrides: [{ files: ['docs/**'], rules: { 'unknown-field': 'off' } }] };
      await writeTree(dir, { 'lessons.config.json': JSON.stringify(config) });
      const lint = (name: string) => runCli(['lint', '--stdin', '--stdin-filename', name, '-f', 'compact'], { cwd: dir, stdin: findings });
      expect((await lint('tasks/lessons.md')).stdout).toContain('[unknown-field]');
      const overridden = await lint('docs/lessons.md');
      expect(overridden.stdout).toMatch(/^docs\/lessons\.md:/);
      expect(overridden.stdout).not.toContain('[unknown-field]');
      expect(await lint('archive/lessons.md')).toEqual({ exitCode: 0, stdout: '', stderr: 'lessons: archive/lessons.md: ignored by the config file, nothing to lint\n' });
    } finally {
      await removeTempDir(dir);
    }
  });

  it.each([
    [['lint', '--stdin', 'LESSONS.md'], 'lessons: --stdin lints standard input only, unexpected paths: LESSONS.md\n'],
    [['lint', '--stdin-filename', 'LESSONS.md'], 'lessons: --stdin-filename names standard input, expected --stdin as well\n'],
  ])('exits 2 on the misuse %j', async (argv, stderr) => {
    expect(await runCli(argv, { cwd, stdin: findings })).toEqual({ exitCode: 2, stdout: '', stderr });
  });
});
