import { spawn } from 'node:child_process';
import { chmod, lstat, mkdir, readdir, readFile, readlink, stat, symlink, writeFile, link } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir, repoRoot, runCli, snapshotTree, writeTree } from './helpers.js';
import { canRunAsNobody, runCliProcess } from './process.js';
import { canMakeDevices, hasFifos, makeFifo, makeNullDevice } from './special-files.js';

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

  it.skipIf(process.platform === 'win32')('writes through a symlink to the file it points to, and the link stays a link', async () => {
    await writeTree(dir, { 'reports/real.txt': 'old report\n' });
    await symlink('reports/real.txt', path.join(dir, 'report.txt'));
    expect(await runCli(['lint', '-f', 'compact', '-o', 'report.txt', 'LESSONS.md'], { cwd: dir })).toEqual({ exitCode: 1, stdout: '', stderr: '' });
    expect(await readlink(path.join(dir, 'report.txt'))).toBe('reports/real.txt');
    expect(await readFile(path.join(dir, 'reports/real.txt'), 'utf8')).toMatch(/^LESSONS\.md:\d+:\d+: error /);
    expect(await readdir(path.join(dir, 'reports'))).toEqual(['real.txt']);
  });

  it.skipIf(process.platform === 'win32')('creates the file a dangling symlink points to', async () => {
    await mkdir(path.join(dir, 'reports'));
    await symlink('reports/new.txt', path.join(dir, 'report.txt'));
    expect((await runCli(['lint', '-f', 'compact', '-o', 'report.txt', 'LESSONS.md'], { cwd: dir })).exitCode).toBe(1);
    expect((await lstat(path.join(dir, 'report.txt'))).isSymbolicLink()).toBe(true);
    expect(await readFile(path.join(dir, 'reports/new.txt'), 'utf8')).toMatch(/^LESSONS\.md:/);
  });

  it.skipIf(process.platform === 'win32')('keeps the permission bits of the report it replaces', async () => {
    await writeTree(dir, { 'out.txt': 'old\n' });
    await chmod(path.join(dir, 'out.txt'), 0o640);
    expect((await runCli(['lint', '-o', 'out.txt', 'LESSONS.md'], { cwd: dir })).exitCode).toBe(1);
    expect((await stat(path.join(dir, 'out.txt'))).mode & 0o777).toBe(0o640);
  });

  it.skipIf(process.platform === 'win32')('refuses a symlink or a hard link to a file being linted, which stays as it was', async () => {
    await symlink('LESSONS.md', path.join(dir, 'via-symlink.txt'));
    await link(path.join(dir, 'LESSONS.md'), path.join(dir, 'via-hard-link.txt'));
    const before = await snapshotTree(dir);
    for (const name of ['via-symlink.txt', 'via-hard-link.txt']) {
      expect(await runCli(['lint', '-o', name, 'LESSONS.md'], { cwd: dir })).toEqual({
        exitCode: 2,
        stdout: '',
        stderr: `lessons: ${name}: cannot write the report over a file being linted\n`,
      });
    }
    expect(await snapshotTree(dir)).toEqual(before);
  });

  it('refuses a file it could not lint as well (a binary lessons file is not replaced by a report)', async () => {
    await writeTree(dir, { 'image.md': Uint8Array.from([0x89, 0x50, 0, 0]) });
    const before = await snapshotTree(dir);
    const run = await runCli(['lint', '-o', 'image.md', 'image.md', 'LESSONS.md'], { cwd: dir });
    expect(run).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: 'lessons: image.md: cannot write the report over a file being linted\nlessons: image.md: binary file, expected UTF-8 text\n',
    });
    expect(await snapshotTree(dir)).toEqual(before);
  });

  it.skipIf(!hasFifos)('writes into a FIFO, which stays a FIFO', { timeout: 20_000 }, async () => {
    const fifo = path.join(dir, 'report.fifo');
    makeFifo(fifo);
    const reader = spawn('cat', [fifo]);
    let received = '';
    reader.stdout.on('data', (chunk: Buffer) => (received += chunk.toString('utf8')));
    const done = new Promise((resolve) => reader.on('close', resolve));
    try {
      expect(await runCli(['lint', '-f', 'compact', '-o', 'report.fifo', 'LESSONS.md'], { cwd: dir })).toEqual({ exitCode: 1, stdout: '', stderr: '' });
      await done;
    } finally {
      reader.kill('SIGKILL');
    }
    expect(received).toMatch(/^LESSONS\.md:\d+:\d+: error /);
    expect((await lstat(fifo)).isFIFO()).toBe(true);
  });

  it.skipIf(!canMakeDevices)('writes into a character device, which stays a device (a private /dev/null)', async () => {
    makeNullDevice(path.join(dir, 'null'));
    const before = await snapshotTree(dir);
    expect(await runCli(['lint', '-o', 'null', 'LESSONS.md'], { cwd: dir })).toEqual({ exitCode: 1, stdout: '', stderr: '' });
    expect(await snapshotTree(dir)).toEqual(before);
    expect((await lstat(path.join(dir, 'null'))).isCharacterDevice()).toBe(true);
  });

  // Root writes anywhere: as the user nobody, in a process of its own.
  it.skipIf(!canRunAsNobody)('writes a writable report in place when its directory refuses the temporary file (as nobody)', { timeout: 30_000 }, async () => {
    await writeTree(dir, { 'ro/report.txt': 'old report\n' });
    await chmod(path.join(dir, 'ro/report.txt'), 0o666);
    await chmod(path.join(dir, 'ro'), 0o555);
    await chmod(dir, 0o755);
    const run = await runCliProcess(['lint', '-f', 'compact', '-o', 'ro/report.txt', 'LESSONS.md'], { cwd: dir, asNobody: true });
    expect(run).toEqual({ code: 1, stdout: '', stderr: '', timedOut: false });
    expect(await readFile(path.join(dir, 'ro/report.txt'), 'utf8')).toMatch(/^LESSONS\.md:\d+:\d+: error /);
    expect(await readdir(path.join(dir, 'ro'))).toEqual(['report.txt']);
  });

  it.skipIf(process.platform === 'win32')('escapes control characters in the -o path of its message', async () => {
    await mkdir(path.join(dir, 'out\nx'));
    expect(await runCli(['lint', '-o', 'out\nx', 'LESSONS.md'], { cwd: dir })).toEqual({ exitCode: 2, stdout: '', stderr: 'lessons: out\\nx: cannot write the report: is a directory\n' });
  });
});
