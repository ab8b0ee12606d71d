import { copyFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/lint/lint-files.js';
import { makeTempDir, removeTempDir, repoRoot, runCli } from './helpers.js';

const seeds = path.join(repoRoot, '..', 'shared', 'seeds');

describe('the shipped examples (README quick start)', () => {
  it('lint clean: exit 0, nothing printed', async () => {
    expect(await runCli(['lint', 'fixtures/examples/incident.md', 'fixtures/examples/correction.md'], { cwd: repoRoot })).toEqual({
      exitCode: 0,
      stdout: '',
      stderr: '',
    });
  });

  it('have three entries each, all recognised', async () => {
    const outcome = await lintFiles(['fixtures/examples/*.md'], { cwd: repoRoot });
    expect(outcome.problems).toEqual([]);
    expect(outcome.results.map((result) => [path.basename(result.filePath), result.stats.entries, result.diagnostics.length])).toEqual([
      ['correction.md', 3, 0],
      ['incident.md', 3, 0],
    ]);
  });
});

describe('the seed files the project was created from', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await makeTempDir();
    for (const name of await readdir(seeds)) {
      if (name.endsWith('.txt')) await copyFile(path.join(seeds, name), path.join(dir, `${name.slice(0, 3)}.md`));
    }
  });
  afterAll(async () => {
    await removeTempDir(dir);
  });

  it('seed 000 (incident format) has no errors', async () => {
    const run = await runCli(['lint', '--quiet', '000.md'], { cwd: dir });
    expect(run).toEqual({ exitCode: 0, stdout: '', stderr: '' });
  });

  it('seed 004 (flattened correction format) gets one finding per flattened entry and exit 1', async () => {
    const run = await runCli(['lint', '--format', 'json', '004.md'], { cwd: dir });
    expect(run.exitCode).toBe(1);
    const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string; line: number }[] }[];
    const pseudoHeadings = result?.messages.filter((message) => message.ruleId === 'pseudo-heading') ?? [];
    expect(pseudoHeadings.map((message) => message.line)).toEqual([44, 48, 52, 56, 60]);
  });
});
