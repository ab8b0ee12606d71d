import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from './helpers.js';

const version = (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
const cwd = repoRoot;

describe('lessons (program)', () => {
  it('prints the version from package.json and exits 0', async () => {
    expect(await runCli(['--version'], { cwd })).toEqual({ exitCode: 0, stdout: `${version}\n`, stderr: '' });
    expect((await runCli(['-V'], { cwd })).stdout).toBe(`${version}\n`);
  });

  it('prints help on stdout and exits 0', async () => {
    const run = await runCli(['--help'], { cwd });
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^Usage: lessons \[options\] \[command\]/);
    expect(run.stdout).toContain('lint [options] [paths...]');
  });

  it('prints the lint command help with every option', async () => {
    const run = await runCli(['lint', '--help'], { cwd });
    expect(run.exitCode).toBe(0);
    for (const option of ['--format <name>', '--output-file <path>', '--max-warnings <n>', '--quiet', '--stdin', '--stdin-filename <path>', '--no-error-on-unmatched-pattern', '--color', '--no-color']) {
      expect(run.stdout).toContain(option);
    }
    expect((await runCli(['help', 'lint'], { cwd })).stdout).toBe(run.stdout);
  });

  it('shows help on stderr and exits 2 when no command is given', async () => {
    const run = await runCli([], { cwd });
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Usage: lessons');
  });

  it.each([
    [['frobnicate'], "lessons: unknown command 'frobnicate'"],
    [['lint', '--bogus'], "lessons: unknown option '--bogus'"],
    [['--bogus'], "lessons: unknown option '--bogus'"],
    [['lint', '--max-warnings', 'many'], "lessons: option '--max-warnings <n>' argument 'many' is invalid. Expected a non-negative integer."],
    [['lint', '--max-warnings', '-1'], "lessons: option '--max-warnings <n>' argument '-1' is invalid."],
    [['lint', '--max-warnings'], "lessons: option '--max-warnings <n>' argument missing"],
  ])('exits 2 on the usage error %j', async (argv, message) => {
    const run = await runCli(argv, { cwd });
    expect(run).toMatchObject({ exitCode: 2, stdout: '' });
    expect(run.stderr.split('\n')[0]).toContain(message);
  });

  it('rejects an unknown format, listing the valid ones', async () => {
    const run = await runCli(['lint', '--format', 'xml', 'fixtures/examples/incident.md'], { cwd });
    expect(run).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: "lessons: option '-f, --format <name>' argument 'xml' is invalid. Allowed choices are stylish, json, compact, github, sarif.\n",
    });
  });

  it('suggests the closest option for a typo', async () => {
    expect((await runCli(['lint', '--formt', 'json'], { cwd })).stderr).toContain('Did you mean --format?');
  });
});
