import { execFileSync } from 'node:child_process';
import { chmod, readFile, stat, utimes } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir, runCli, snapshotTree, writeTree } from './helpers.js';

const flattened = [
  '# Lessons',
  '',
  '2026-05-02 - Never touch the container hosts',
  '',
  'Mistake: Installed packages on the host. Correction: Asked first. Rule: Never install on the hosts. Status: Active',
  '',
  '2026-05-03 - ProtectSystem=strict blocks apt',
  '',
  'Mistake: Deployed with ProtectSystem=strict. Correction: Removed it. Rule: Not for package managers. Status: Active',
  '',
].join('\n');

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
  await writeTree(dir, { '.git/HEAD': 'ref: refs/heads/main\n', 'tasks/lessons.md': flattened });
});
afterEach(async () => removeTempDir(dir));

const read = (relative: string) => readFile(path.join(dir, relative), 'utf8');

describe('lessons lint --fix', () => {
  it('writes the repairs, reports what remains (nothing), exits 0, and keeps the mode', async () => {
    await chmod(path.join(dir, 'tasks/lessons.md'), 0o640);
    const run = await runCli(['lint', '--fix', 'tasks/lessons.md'], { cwd: dir });
    expect([run.exitCode, run.stdout, run.stderr]).toEqual([0, '', '']);
    const fixed = await read('tasks/lessons.md');
    expect(fixed.match(/^## 2026-05-0\d - /gmu)).toHaveLength(2);
    expect(fixed).toContain('\n\nCorrection: Asked first.\n\nRule: Never install on the hosts.\n\nStatus: Active\n');
    expect((await stat(path.join(dir, 'tasks/lessons.md'))).mode & 0o777).toBe(0o640);
    expect((await runCli(['lint', 'tasks/lessons.md'], { cwd: dir })).exitCode).toBe(0);
  });

  it('never touches a file with nothing to fix: its modification time stays', async () => {
    await writeTree(dir, { 'clean.md': '# Lessons\n\n## 2026-05-02 - A\n\n**Rule**: a\n' });
    const file = path.join(dir, 'clean.md');
    const past = new Date('2026-01-01T00:00:00Z');
    await utimes(file, past, past);
    expect((await runCli(['lint', '--fix', 'clean.md'], { cwd: dir })).exitCode).toBe(0);
    expect((await stat(file)).mtime.toISOString()).toBe(past.toISOString());
  });

  it('exits from what remains after fixing', async () => {
    await writeTree(dir, { 'dup.md': `${flattened}\n## 2026-05-03 - ProtectSystem=strict blocks apt\n\nMistake: again\n` });
    const run = await runCli(['lint', '--fix', 'dup.md'], { cwd: dir });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('duplicate-entry');
    expect(run.stdout).not.toContain('pseudo-heading');
  });

  it('is refused with --stdin (exit 2, one line) and with --fix-dry-run', async () => {
    const before = await snapshotTree(dir);
    const stdin = await runCli(['lint', '--fix', '--stdin'], { cwd: dir, stdin: flattened });
    expect(stdin.exitCode).toBe(2);
    expect(stdin.stderr.trim().split('\n')).toHaveLength(1);
    expect(stdin.stderr).toContain('use --fix-dry-run');
    const both = await runCli(['lint', '--fix', '--fix-dry-run', 'tasks/lessons.md'], { cwd: dir });
    expect(both.exitCode).toBe(2);
    expect(await snapshotTree(dir)).toEqual(before);
  });
});

describe('lessons lint --fix-dry-run', () => {
  it('changes nothing and prints a diff that git apply turns into exactly what --fix writes', async () => {
    const before = await snapshotTree(dir);
    const dry = await runCli(['lint', '--fix-dry-run', 'tasks/lessons.md'], { cwd: dir });
    expect(dry.exitCode).toBe(0);
    expect(dry.stdout).toMatch(/^--- a\/tasks\/lessons\.md\n\+\+\+ b\/tasks\/lessons\.md\n@@ /u);
    expect(await snapshotTree(dir)).toEqual(before);
    execFileSync('git', ['init', '-q'], { cwd: dir });
    execFileSync('git', ['apply'], { cwd: dir, input: dry.stdout });
    const applied = await read('tasks/lessons.md');
    await writeTree(dir, { 'tasks/lessons.md': flattened });
    await runCli(['lint', '--fix', 'tasks/lessons.md'], { cwd: dir });
    expect(applied).toBe(await read('tasks/lessons.md'));
  });

  it('with --format json gives the fixed text as output and each fix, and with --stdin works too', async () => {
    const run = await runCli(['lint', '--fix-dry-run', '--format', 'json', '--stdin', '--stdin-filename', 'tasks/lessons.md'], { cwd: dir, stdin: flattened });
    const [result] = JSON.parse(run.stdout) as { output?: string; messages: unknown[] }[];
    expect(result?.output).toContain('## 2026-05-02 - Never touch the container hosts');
    expect(result?.messages).toEqual([]);
    const plain = await runCli(['lint', '--format', 'json', 'tasks/lessons.md'], { cwd: dir });
    const [unfixed] = JSON.parse(plain.stdout) as { fixableErrorCount: number; messages: { fix?: { range: number[]; text: string } }[] }[];
    expect(unfixed?.fixableErrorCount).toBe(2);
    expect(unfixed?.messages[0]?.fix).toEqual({ range: [11, 11], text: '## ' });
  });

  it('keeps CRLF and a BOM in what it would write', async () => {
    await writeTree(dir, { 'crlf.md': `\uFEFF${flattened.replace(/\n/gu, '\r\n')}` });
    const run = await runCli(['lint', '--fix', 'crlf.md'], { cwd: dir });
    expect(run.exitCode).toBe(0);
    const fixed = await read('crlf.md');
    expect(fixed.startsWith('\uFEFF## ') || fixed.startsWith('\uFEFF# Lessons\r\n')).toBe(true);
    expect(fixed.replace(/\r\n/gu, '')).not.toMatch(/[\r\n]/u);
  });
});

