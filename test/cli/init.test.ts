import { chmod, lstat, mkdir, readFile, readlink, symlink } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir, repoRoot, runCli, snapshotTree, writeTree } from './helpers.js';
import { canRunAsNobody, runCliProcess } from './process.js';
import { hasFifos, makeFifo, unblockFifoLater } from './special-files.js';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
  await writeTree(dir, { '.git/HEAD': 'ref: refs/heads/main\n' });
});
afterEach(async () => removeTempDir(dir));

const readConfig = async () => JSON.parse(await readFile(path.join(dir, 'lessons.config.json'), 'utf8')) as Record<string, unknown>;

describe('lessons init', () => {
  it('writes a starter config with $schema, and refuses to overwrite it without --force', async () => {
    const first = await runCli(['init'], { cwd: dir });
    expect(first.exitCode).toBe(0);
    expect(await readConfig()).toMatchObject({ $schema: './node_modules/lessons-lint/schemas/config.schema.json', schema: ['incident', 'correction'] });
    const before = await snapshotTree(dir);
    const again = await runCli(['init'], { cwd: dir });
    expect([again.exitCode, again.stderr]).toEqual([2, 'lessons: lessons.config.json already exists; use --force to overwrite it\n']);
    expect(await snapshotTree(dir)).toEqual(before);
    expect((await runCli(['init', '--force'], { cwd: dir })).exitCode).toBe(0);
  });

  it('--from infers a schema, writes it, lints the file with it and summarises', async () => {
    const source = path.join(repoRoot, 'fixtures/init/custom-labels.md');
    const run = await runCli(['init', '--from', source], { cwd: dir });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('5 entries as ## headings');
    expect(run.stdout).toMatch(/Rule\s+required; aliases: Rules/u);
    expect(run.stdout).toContain('lints clean with it');
    expect(await readConfig()).toMatchObject({ schema: 'lessons', schemas: { lessons: { fields: expect.any(Array) } } });
    const lint = await runCli(['lint', source], { cwd: dir });
    expect(lint.exitCode).toBe(0);
  });

  it('--stdout prints the config a config already there would get, and writes nothing', async () => {
    await writeTree(dir, { 'lessons.config.json': '{"schema": "incident"}\n', 'tasks/lessons.md': await readFile(path.join(repoRoot, 'fixtures/init/custom-labels.md'), 'utf8') });
    const before = await snapshotTree(dir);
    const run = await runCli(['init', '--from', 'tasks/lessons.md', '--stdout'], { cwd: dir });
    expect([run.exitCode, run.stderr]).toEqual([0, '']);
    expect(JSON.parse(run.stdout)).toMatchObject({ schema: 'lessons', schemas: { lessons: { fields: expect.any(Array) } } });
    expect(await snapshotTree(dir)).toEqual(before);
    const starter = await runCli(['init', '--stdout'], { cwd: dir });
    expect(JSON.parse(starter.stdout)).toMatchObject({ schema: ['incident', 'correction'] });
  });

  it('the remedy unknown-format names works as written: the path from where lint ran, then --stdout', async () => {
    await writeTree(dir, {
      'lessons.config.json': '{"schema": "incident"}\n',
      'tasks/lessons.md': '## 2026-02-14: Cron\n\n**What happened**: late.\n\n**Lesson**: UTC.\n\n## 2026-02-15: Disk\n\n**What happened**: full.\n\n**Lesson**: rotate.\n',
    });
    const lint = await runCli(['lint', 'tasks/lessons.md', '--format', 'json'], { cwd: dir });
    const [finding] = (JSON.parse(lint.stdout) as { messages: { ruleId: string; message: string }[] }[])[0]?.messages ?? [];
    expect(finding?.ruleId).toBe('unknown-format');
    const command = /`lessons (init --from \S+ --stdout)`/u.exec(finding?.message ?? '')?.[1];
    expect(command).toBe('init --from tasks/lessons.md --stdout');
    const run = await runCli((command as string).split(' '), { cwd: dir });
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ schemas: { lessons: { fields: [expect.objectContaining({ name: 'What happened' }), expect.objectContaining({ name: 'Lesson' })] } } });
  });

  it('--from lists the entries that break the inferred schema', async () => {
    const run = await runCli(['init', '--from', path.join(repoRoot, 'fixtures/init/date-field.md')], { cwd: dir });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('from the field `Date`');
    expect(run.stdout).toContain('1 error, 0 warnings');
    expect(run.stdout).toMatch(/19:13\s+error\s+Unexpected date `2026-02-30`/u);
  });

  it('--from on a file with nothing to infer from is exit 2 and writes nothing', async () => {
    await writeTree(dir, { 'notes.md': '# Notes\n\n- just a bullet\n' });
    const before = await snapshotTree(dir);
    const run = await runCli(['init', '--from', 'notes.md'], { cwd: dir });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/^lessons: notes\.md: no entries found to infer a schema from/u);
    expect(await snapshotTree(dir)).toEqual(before);
  });

  it('--from on a missing or binary file is one line and exit 2', async () => {
    await writeTree(dir, { 'bin.md': new Uint8Array([0, 1, 2, 3]) });
    for (const file of ['missing.md', 'bin.md']) {
      const run = await runCli(['init', '--from', file], { cwd: dir });
      expect(run.exitCode).toBe(2);
      expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    }
  });
});

describe('lessons schema', () => {
  it('prints the JSON Schema of a preset, of a custom schema, and of the config file', async () => {
    const preset = await runCli(['schema', 'correction'], { cwd: dir });
    expect(JSON.parse(preset.stdout)).toMatchObject({ required: expect.arrayContaining(['Mistake', 'Status']) });
    await writeTree(dir, { 'lessons.config.json': JSON.stringify({ schemas: { postmortem: { fields: [{ name: 'What happened', required: true }] } } }) });
    const custom = await runCli(['schema', 'postmortem'], { cwd: dir });
    expect(JSON.parse(custom.stdout)).toMatchObject({ required: ['What happened'] });
    const config = await runCli(['schema'], { cwd: dir });
    expect(JSON.parse(config.stdout)).toHaveProperty('properties.rules');
  });

  it('an unknown schema name is exit 2 with a did-you-mean', async () => {
    const run = await runCli(['schema', 'incidnet'], { cwd: dir });
    expect([run.exitCode, run.stderr]).toEqual([2, 'lessons: unknown schema "incidnet", did you mean "incident"?\n']);
  });
});

describe('lessons init --name', () => {
  it('refuses an empty name or a preset name, and writes nothing', async () => {
    const source = path.join(repoRoot, 'fixtures/init/custom-labels.md');
    const before = await snapshotTree(dir);
    for (const name of ['', 'incident']) {
      const run = await runCli(['init', '--from', source, '--name', name], { cwd: dir });
      expect(run.exitCode).toBe(2);
      expect(run.stderr).toMatch(/^lessons: --name .*\n$/u);
    }
    expect(await snapshotTree(dir)).toEqual(before);
  });
});

describe('lessons init: a config that cannot be written is one line naming it, exit 2', () => {
  it('lessons.config.json is a directory (--force)', async () => {
    await mkdir(path.join(dir, 'lessons.config.json'));
    const before = await snapshotTree(dir);
    expect(await runCli(['init', '--force'], { cwd: dir })).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: 'lessons: lessons.config.json: cannot write the config file: is a directory\n',
    });
    const from = await runCli(['init', '--force', '--from', path.join(repoRoot, 'fixtures/init/custom-labels.md')], { cwd: dir });
    expect([from.exitCode, from.stderr]).toEqual([2, 'lessons: lessons.config.json: cannot write the config file: is a directory\n']);
    expect(await snapshotTree(dir)).toEqual(before);
  });

  it('the directory is below a regular file', async () => {
    await writeTree(dir, { 'file.txt': 'x' });
    const before = await snapshotTree(dir);
    expect(await runCli(['init'], { cwd: path.join(dir, 'file.txt', 'sub') })).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: 'lessons: lessons.config.json: cannot write the config file: a parent is not a directory\n',
    });
    expect(await snapshotTree(dir)).toEqual(before);
  });

  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)('the directory is read-only', async () => {
    await chmod(dir, 0o555);
    try {
      expect(await runCli(['init'], { cwd: dir })).toEqual({ exitCode: 2, stdout: '', stderr: 'lessons: lessons.config.json: cannot write the config file: permission denied\n' });
    } finally {
      await chmod(dir, 0o755);
    }
  });

  // Root writes anywhere: the same check as the user nobody, in a process of its own.
  it.skipIf(!canRunAsNobody)('the directory is read-only (as nobody)', { timeout: 30_000 }, async () => {
    const readOnly = path.join(dir, 'ro');
    await mkdir(readOnly);
    await chmod(dir, 0o755);
    await chmod(readOnly, 0o555);
    const run = await runCliProcess(['init'], { cwd: readOnly, asNobody: true });
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'lessons: lessons.config.json: cannot write the config file: permission denied\n', timedOut: false });
    expect(await snapshotTree(readOnly)).toEqual({});
  });

  it.skipIf(process.platform === 'win32')('a symlinked lessons.config.json is written through, and stays a link', async () => {
    await writeTree(dir, { 'dotfiles/lessons.json': '{}\n' });
    await symlink('dotfiles/lessons.json', path.join(dir, 'lessons.config.json'));
    expect((await runCli(['init', '--force'], { cwd: dir })).exitCode).toBe(0);
    expect(await readlink(path.join(dir, 'lessons.config.json'))).toBe('dotfiles/lessons.json');
    expect(JSON.parse(await readFile(path.join(dir, 'dotfiles/lessons.json'), 'utf8'))).toHaveProperty('schema');
  });
});

describe.skipIf(!hasFifos)('lessons init --from a FIFO', () => {
  it('is refused without opening it, and writes nothing', async () => {
    makeFifo(path.join(dir, 'LESSONS.md'));
    const before = await snapshotTree(dir);
    const stopWriter = unblockFifoLater(path.join(dir, 'LESSONS.md'));
    try {
      expect(await runCli(['init', '--from', 'LESSONS.md'], { cwd: dir })).toEqual({ exitCode: 2, stdout: '', stderr: 'lessons: LESSONS.md: is not a regular file (a FIFO)\n' });
    } finally {
      stopWriter();
    }
    expect(await snapshotTree(dir)).toEqual(before);
    expect((await lstat(path.join(dir, 'LESSONS.md'))).isFIFO()).toBe(true);
  });
});
