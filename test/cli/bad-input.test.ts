import { copyFile, mkdir, readFile, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir, repoRoot, runCli, snapshotTree, writeTree } from './helpers.js';
import { hasFifos, makeFifo, unblockFifoLater } from './special-files.js';

const oneLineError = /^lessons: [^\n]+\n$/;

let dir: string;
let before: Record<string, string>;
beforeEach(async () => {
  dir = await makeTempDir();
  await copyFile(path.join(repoRoot, 'fixtures/examples/incident.md'), path.join(dir, 'good.md'));
  before = await snapshotTree(dir);
});
afterEach(async () => {
  // Every bad input, every run: nothing in the input directory is created, changed or removed.
  const after = await snapshotTree(dir);
  await removeTempDir(dir);
  expect(after, 'the linter wrote to the input directory').toEqual(before);
});

/** Add input files and retake the snapshot, so the afterEach check covers them. */
async function addFiles(files: Record<string, string | Uint8Array>): Promise<void> {
  await writeTree(dir, files);
  before = await snapshotTree(dir);
}

describe('lessons lint: bad input gets one line on stderr and exit 2', () => {
  it('a missing file', async () => {
    expect(await runCli(['lint', 'missing.md'], { cwd: dir })).toEqual({ exitCode: 2, stdout: '', stderr: 'lessons: missing.md: no such file or directory\n' });
  });

  it('a directory with no lessons files', async () => {
    await addFiles({ 'notes/readme.md': '# Notes\n' });
    const run = await runCli(['lint', 'notes'], { cwd: dir });
    expect(run).toMatchObject({ exitCode: 2, stdout: '' });
    expect(run.stderr).toMatch(oneLineError);
    expect(run.stderr).toMatch(/^lessons: notes: no lessons files found \(looked for tasks\/lessons\.md, LESSONS\.md, lessons\.md, lessons-learned\.md, LESSONS_LEARNED\.md, docs\/lessons\*\.md, \.claude\/lessons\.md\)\n$/);
  });

  it('no paths and no lessons file below the current directory', async () => {
    const run = await runCli(['lint'], { cwd: dir });
    expect(run).toMatchObject({ exitCode: 2, stdout: '' });
    expect(run.stderr).toMatch(/^lessons: \.: no lessons files found \(/);
  });

  it('a glob that matches nothing', async () => {
    expect(await runCli(['lint', 'docs/**/*.md'], { cwd: dir })).toEqual({ exitCode: 2, stdout: '', stderr: 'lessons: docs/**/*.md: no files matched\n' });
  });

  it('a binary file', async () => {
    await addFiles({ 'image.md': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]) });
    expect(await runCli(['lint', 'image.md'], { cwd: dir })).toEqual({ exitCode: 2, stdout: '', stderr: 'lessons: image.md: binary file, expected UTF-8 text\n' });
  });

  it('a file that is not valid UTF-8', async () => {
    const latin1 = Buffer.from('# Lessons\n\n## 2026-01-01: Caf\u00e9\n', 'latin1');
    await addFiles({ 'latin1.md': latin1 });
    expect(await runCli(['lint', 'latin1.md'], { cwd: dir })).toEqual({ exitCode: 2, stdout: '', stderr: 'lessons: latin1.md: invalid UTF-8 (byte 0xe9 at line 3)\n' });
  });

  it('a UTF-16 file', async () => {
    await addFiles({ 'utf16.md': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Lessons\n', 'utf16le')]) });
    expect(await runCli(['lint', 'utf16.md'], { cwd: dir })).toEqual({ exitCode: 2, stdout: '', stderr: 'lessons: utf16.md: UTF-16 encoded file, expected UTF-8\n' });
  });

  it('a file above 50 MB', async () => {
    await addFiles({ 'huge.md': '' });
    await truncate(path.join(dir, 'huge.md'), 60 * 1024 * 1024);
    before = await snapshotTree(dir);
    expect(await runCli(['lint', 'huge.md'], { cwd: dir })).toEqual({ exitCode: 2, stdout: '', stderr: 'lessons: huge.md: file too large (60.0 MB), maximum is 50 MB\n' });
  });

  it('one bad input among good ones: the good ones are still linted and printed', async () => {
    await addFiles({ 'image.md': Uint8Array.from([0, 1, 2]), 'bad.md': '# Lessons\n\n## 2026-02-30: An impossible date\n\n**Bug**: A bug.\n\n**Impact**: An impact.\n\n**Rule**: A rule.\n' });
    const run = await runCli(['lint', 'image.md', 'bad.md', 'missing.md', 'good.md'], { cwd: dir });
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toContain('\nbad.md\n');
    expect(run.stdout).toContain('entry-date');
    expect(run.stdout).not.toContain('good.md');
    expect(run.stderr).toBe('lessons: missing.md: no such file or directory\nlessons: image.md: binary file, expected UTF-8 text\n');
    const json = JSON.parse((await runCli(['lint', '-f', 'json', 'image.md', 'bad.md', 'good.md'], { cwd: dir })).stdout) as { filePath: string }[];
    expect(json.map((result) => path.basename(result.filePath))).toEqual(['bad.md', 'good.md']);
  });
});

describe('lessons lint: empty files are skipped with a notice, exit 0', () => {
  it.each([
    ['0 bytes', ''],
    ['whitespace only', '  \n\n\t\r\n'],
    ['a BOM only', '\uFEFF'],
  ])('%s', async (_name, content) => {
    await addFiles({ 'LESSONS.md': content });
    expect(await runCli(['lint', 'LESSONS.md'], { cwd: dir })).toEqual({ exitCode: 0, stdout: '', stderr: 'lessons: LESSONS.md: empty file, nothing to lint\n' });
    const json = await runCli(['lint', '-f', 'json', 'LESSONS.md'], { cwd: dir });
    expect(json.exitCode).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject([{ filePath: path.join(dir, 'LESSONS.md'), messages: [], errorCount: 0, warningCount: 0 }]);
    expect((await runCli(['lint', '--quiet', 'LESSONS.md'], { cwd: dir })).stderr).toBe('');
  });
});

describe('lessons lint: encodings and line endings lint exactly like plain LF', () => {
  let lf: string;
  beforeEach(async () => {
    lf = await readFile(path.join(repoRoot, 'fixtures/cli/findings.md'), 'utf8');
  });

  async function messagesOf(name: string, content: string | Uint8Array): Promise<unknown> {
    await addFiles({ [name]: content });
    const run = await runCli(['lint', '-f', 'json', name], { cwd: dir });
    expect(run.stderr).toBe('');
    const [result] = JSON.parse(run.stdout) as { messages: { fix?: unknown }[] }[];
    // A fix's range is offsets into the file's own text (CRLF counts two): the fix tests check it.
    return result?.messages.map(({ fix: _fix, ...message }) => message);
  }

  it('the fixture has findings on many lines, so the comparisons below mean something', async () => {
    const messages = (await messagesOf('lf.md', lf)) as { line: number }[];
    expect(messages.length).toBeGreaterThanOrEqual(5);
    expect(new Set(messages.map((message) => message.line)).size).toBeGreaterThanOrEqual(4);
    expect(Math.max(...messages.map((message) => message.line))).toBeGreaterThan(20);
  });

  it('CRLF line endings', async () => {
    expect(lf).not.toContain('\r');
    expect(await messagesOf('crlf.md', lf.replace(/\n/g, '\r\n'))).toEqual(await messagesOf('lf.md', lf));
  });

  it('a UTF-8 byte order mark', async () => {
    expect(await messagesOf('bom.md', `\uFEFF${lf}`)).toEqual(await messagesOf('lf.md', lf));
  });

  it('a BOM and CRLF together', async () => {
    expect(await messagesOf('both.md', `\uFEFF${lf.replace(/\n/g, '\r\n')}`)).toEqual(await messagesOf('lf.md', lf));
  });

  it('the same exit code and stylish rows', async () => {
    await addFiles({ 'lf.md': lf, 'crlf.md': `\uFEFF${lf.replace(/\n/g, '\r\n')}` });
    const plain = await runCli(['lint', 'lf.md'], { cwd: dir });
    const windows = await runCli(['lint', 'crlf.md'], { cwd: dir });
    expect(windows.exitCode).toBe(plain.exitCode);
    expect(windows.stdout.replace('crlf.md', 'lf.md')).toBe(plain.stdout);
  });
});

describe('lessons lint: a 10 MB file', () => {
  it('is linted, not refused', { timeout: 240_000 }, async () => {
    let text = '# Lessons Learned\n\n';
    for (let index = 1; text.length < 10 * 1024 * 1024; index += 1) {
      text +=
        `## 2025-01-01: Lesson number ${index}\n\n**Bug**: Part ${index} of the system broke.\n\n` +
        `**Impact**: Users saw errors for ${index} minutes.\n\n**Fix**: Changed module ${index}.\n\n**Rule**: Always test module ${index}.\n\n`;
    }
    await writeFile(path.join(dir, 'big.md'), text);
    before = await snapshotTree(dir);
    const run = await runCli(['lint', 'big.md'], { cwd: dir });
    expect(run).toEqual({ exitCode: 0, stdout: '', stderr: '' });
  });
});

describe.skipIf(!hasFifos)('lessons lint: only regular files are read', () => {
  /** Run with a FIFO at `name` that a writer opens after a while, so that a regression fails instead of hanging. */
  async function runWithFifo(name: string, argv: string[]): Promise<Awaited<ReturnType<typeof runCli>>> {
    makeFifo(path.join(dir, name));
    before = await snapshotTree(dir);
    const stopWriter = unblockFifoLater(path.join(dir, name));
    try {
      return await runCli(argv, { cwd: dir });
    } finally {
      stopWriter();
    }
  }

  it('refuses a FIFO given as a path, without opening it', async () => {
    expect(await runWithFifo('LESSONS.md', ['lint', 'LESSONS.md'])).toEqual({ exitCode: 2, stdout: '', stderr: 'lessons: LESSONS.md: is not a regular file (a FIFO)\n' });
  });

  it('refuses a FIFO named as the config file', async () => {
    expect(await runWithFifo('cfg.json', ['lint', '--config', 'cfg.json', 'good.md'])).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: 'lessons: cfg.json: cannot read config file: is not a regular file (a FIFO)\n',
    });
  });

  it('refuses a FIFO found as lessons.config.json', async () => {
    await addFiles({ '.git/HEAD': '' });
    expect(await runWithFifo('lessons.config.json', ['lint', 'good.md'])).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: 'lessons: lessons.config.json: cannot read config file: is not a regular file (a FIFO)\n',
    });
  });

  it('skips a FIFO met while looking for lessons files', async () => {
    await addFiles({ '.git/HEAD': '', 'tasks/lessons.md': await readFile(path.join(dir, 'good.md')) });
    expect(await runWithFifo('LESSONS.md', ['lint'])).toEqual({ exitCode: 0, stdout: '', stderr: '' });
  });

  it.skipIf(process.platform !== 'linux')('refuses a character device, shown by its absolute path rather than ../../dev/null', async () => {
    // /dev/null: should the check break, reading it ends at once (an empty file), where /dev/zero would not.
    expect(await runCli(['lint', '/dev/null'], { cwd: dir })).toEqual({ exitCode: 2, stdout: '', stderr: 'lessons: /dev/null: is not a regular file (a character device)\n' });
    expect(await runCli(['lint', '--config', '/dev/null', 'good.md'], { cwd: dir })).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: 'lessons: /dev/null: cannot read config file: is not a regular file (a character device)\n',
    });
  });
});

describe('lessons lint: a config file name that is a directory', () => {
  it('is refused with one line and exit 2, not skipped', async () => {
    await mkdir(path.join(dir, '.git'));
    await mkdir(path.join(dir, 'lessons.config.json'));
    before = await snapshotTree(dir);
    expect(await runCli(['lint', 'good.md'], { cwd: dir })).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: 'lessons: lessons.config.json: cannot read config file: is a directory, expected a file\n',
    });
  });
});

describe('lessons lint: control characters in paths are escaped, so one message stays one line', () => {
  it.skipIf(process.platform === 'win32')('an empty file whose name holds a newline', async () => {
    await addFiles({ 'a\nb.md': '' });
    expect(await runCli(['lint', 'a\nb.md'], { cwd: dir })).toEqual({ exitCode: 0, stdout: '', stderr: 'lessons: a\\nb.md: empty file, nothing to lint\n' });
  });

  it('a missing path that would forge a second message', async () => {
    expect(await runCli(['lint', 'x\nlessons: fake.md: everything is fine'], { cwd: dir })).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: 'lessons: x\\nlessons: fake.md: everything is fine: no such file or directory\n',
    });
  });

  it('a glob matching nothing, with an escape sequence and a tab', async () => {
    expect((await runCli(['lint', 'docs/\u001b[2J\t*.md'], { cwd: dir })).stderr).toBe('lessons: docs/\\x1b[2J\\t*.md: no files matched\n');
  });

  it.skipIf(process.platform === 'win32')('the file names of the stylish and compact reports', async () => {
    await addFiles({ 'x\ry/LESSONS.md': '## 2026-02-30: A bad date\n\n**Bug**: x\n' });
    const stylish = await runCli(['lint', 'x\ry'], { cwd: dir });
    expect(stylish.exitCode).toBe(1);
    expect(stylish.stdout).toMatch(/^\nx\\ry\/LESSONS\.md\n {2}1:/);
    expect(stylish.stdout).not.toContain('\r');
    const compact = await runCli(['lint', '-f', 'compact', 'x\ry'], { cwd: dir });
    expect(compact.stdout.split('\n').filter(Boolean).every((line) => line.startsWith('x\\ry/LESSONS.md:'))).toBe(true);
  });
});
