import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir, runCli, snapshotTree, writeTree } from './helpers.js';

const incidentWithoutImpact = '# Lessons\n\n## 2026-01-05: Cache keys\n\n**Bug**: a\n\n**Fix**: b\n\n**Rule**: c\n';
const postmortemEntry = '# Lessons\n\n## 2026-01-05: Cache keys\n\n**What happened**: a\n\n**Prevention**: c\n';
const postmortemConfig = {
  schemas: { postmortem: { fields: [{ name: 'What happened', required: true }, { name: 'Rule', aliases: ['Prevention'], required: true }] } },
  schema: 'postmortem',
};

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
  // A repository root stops config discovery from wandering above the test directory.
  await writeTree(dir, { '.git/HEAD': 'ref: refs/heads/main\n' });
});
afterEach(async () => removeTempDir(dir));

describe('lessons lint with a config file', () => {
  it('discovers lessons.config.json and lints with its custom schema', async () => {
    await writeTree(dir, { 'lessons.config.json': JSON.stringify(postmortemConfig), 'tasks/lessons.md': postmortemEntry });
    const run = await runCli(['lint', '--format', 'json'], { cwd: dir });
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.stdout)[0].messages).toEqual([]);
  });

  it('finds the config from a subdirectory, and reads .lessonsrc.yaml and package.json "lessons"', async () => {
    await writeTree(dir, { '.lessonsrc.yaml': 'schema: postmortem\nschemas:\n  postmortem:\n    fields:\n      - { name: What happened, required: true }\n      - { name: Rule, aliases: [Prevention], required: true }\n', 'docs/sub/lessons.md': postmortemEntry });
    expect((await runCli(['lint', 'lessons.md'], { cwd: `${dir}/docs/sub` })).exitCode).toBe(0);
    await removeTempDir(`${dir}/.lessonsrc.yaml`);
    await writeTree(dir, { 'package.json': JSON.stringify({ name: 'x', lessons: { rules: { 'required-field': 'off' } } }), 'lessons.md': incidentWithoutImpact });
    expect((await runCli(['lint', 'lessons.md'], { cwd: dir })).exitCode).toBe(0);
  });

  it('--config picks a file; --no-config ignores the discovered one', async () => {
    await writeTree(dir, { 'lessons.config.json': JSON.stringify({ schema: 'incident' }), 'other.json': JSON.stringify({ schema: 'incident', rules: { 'required-field': 'warn' } }), 'lessons.md': incidentWithoutImpact });
    expect((await runCli(['lint', 'lessons.md'], { cwd: dir })).exitCode).toBe(1);
    const warned = await runCli(['lint', '--config', 'other.json', 'lessons.md'], { cwd: dir });
    expect([warned.exitCode, warned.stdout]).toEqual([0, expect.stringContaining('warning')]);
    // Without a config the file is judged by its own format, in which its one entry lacks nothing.
    expect(await runCli(['lint', '--no-config', 'lessons.md'], { cwd: dir })).toMatchObject({ exitCode: 0, stdout: '' });
  });

  it('applies overrides by path and ignores by pattern', async () => {
    const config = { schema: 'incident', rules: { 'required-field': 'off' }, ignores: ['archive/**'], overrides: [{ files: ['strict/**'], rules: { 'required-field': 'error' } }] };
    await writeTree(dir, { 'lessons.config.json': JSON.stringify(config), 'lessons.md': incidentWithoutImpact, 'strict/lessons.md': incidentWithoutImpact, 'archive/lessons.md': '## not even valid' });
    const run = await runCli(['lint', '--format', 'json'], { cwd: dir });
    const results = JSON.parse(run.stdout) as { filePath: string; errorCount: number }[];
    expect(results.map((result) => [result.filePath.slice(dir.length + 1), result.errorCount])).toEqual([
      ['lessons.md', 0],
      ['strict/lessons.md', 1],
    ]);
  });

  it('lets a file choose its schema in front matter, and reports an unknown one as a finding', async () => {
    await writeTree(dir, {
      'lessons.config.json': JSON.stringify({ ...postmortemConfig, schema: 'incident' }),
      'a/lessons.md': `---\nlessons:\n  schema: postmortem\n---\n\n${postmortemEntry}`,
      'b/lessons.md': `---\nlessons:\n  schema: postmortm\n---\n\n${postmortemEntry}`,
    });
    expect((await runCli(['lint', 'a/lessons.md'], { cwd: dir })).exitCode).toBe(0);
    const run = await runCli(['lint', '--format', 'json', 'b/lessons.md'], { cwd: dir });
    const messages = JSON.parse(run.stdout)[0].messages as { ruleId: string; message: string; line: number }[];
    expect(messages[0]).toMatchObject({ ruleId: 'frontmatter', line: 2 });
    expect(messages[0]?.message).toContain('did you mean "postmortem"?');
  });

  it('--print-config prints the resolved configuration of a file', async () => {
    await writeTree(dir, { 'lessons.config.json': JSON.stringify({ ...postmortemConfig, overrides: [{ files: ['docs/**'], schema: 'incident' }] }) });
    const run = await runCli(['lint', '--print-config', 'docs/lessons.md'], { cwd: dir });
    expect(run.exitCode).toBe(0);
    const printed = JSON.parse(run.stdout) as { schema: string[]; rules: Record<string, unknown> };
    expect(printed.schema).toEqual(['incident']);
    expect(printed.rules['required-field']).toBe('error');
  });
});

describe('lessons lint: config errors are one line and exit 2, never a fallback to defaults', () => {
  it.each([
    ['an unknown rule, with a did-you-mean', { 'lessons.config.json': '{"rules":{"duplicate-entires":"error"}}' }, 'lessons.config.json: rules.duplicate-entires: unknown rule, did you mean duplicate-entry?'],
    ['an unknown key', { 'lessons.config.json': '{"rulez":{}}' }, 'lessons.config.json: rulez: unknown key, did you mean rules?'],
    ['a bad severity', { 'lessons.config.json': '{"rules":{"future-date":"warning"}}' }, 'lessons.config.json: rules.future-date:'],
    ['bad rule options', { 'lessons.config.json': '{"rules":{"date-order":["error",{"order":"sideways"}]}}' }, 'lessons.config.json: rules.date-order:'],
    ['an unknown schema', { 'lessons.config.json': '{"schema":"postmortm","schemas":{"postmortem":{"fields":[]}}}' }, 'lessons.config.json: schema: unknown schema "postmortm", did you mean "postmortem"?'],
    ['invalid JSON, with its position', { 'lessons.config.json': '{\n  "rules": {,\n}' }, 'lessons.config.json: '],
    ['invalid YAML', { '.lessonsrc.yaml': 'rules: [unclosed\n' }, '.lessonsrc.yaml: '],
  ])('%s', async (_, files, message) => {
    await writeTree(dir, { ...files, 'lessons.md': incidentWithoutImpact });
    const before = await snapshotTree(dir);
    const run = await runCli(['lint', 'lessons.md'], { cwd: dir });
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(run.stderr).toContain(`lessons: ${message}`);
    expect(run.stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)/u);
    expect(await snapshotTree(dir)).toEqual(before);
  });

  it('--config naming a missing file', async () => {
    await writeTree(dir, { 'lessons.md': incidentWithoutImpact });
    const run = await runCli(['lint', '--config', 'nope.json', 'lessons.md'], { cwd: dir });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/^lessons: nope\.json: .+\n$/u);
  });
});
