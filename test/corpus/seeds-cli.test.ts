import { copyFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDir, repoRoot, runCli } from '../cli/helpers.js';

// The two files the project was created from, through the CLI as a user runs it.
const seeds = path.join(repoRoot, '..', 'shared', 'seeds');

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
