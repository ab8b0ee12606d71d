import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Diagnostic, LintResult } from '../../src/lint/result.js';
import type { LintTextOptions } from '../../src/lint/lint-text.js';
import { makeTempDir, removeTempDir, runCli, snapshotTree, writeTree } from './helpers.js';

// The CLI's own logic (exit codes, --quiet, --max-warnings, formats, colour) is tested against a
// stand-in linter whose findings are spelled out in the text: `error <rule> <message>` on a line.
vi.mock('../../src/lint/lint-text.js', () => ({
  lintText(text: string, options: LintTextOptions = {}): LintResult {
    if (text.includes('THROW')) throw new Error('rule exploded');
    const diagnostics: Diagnostic[] = [];
    text.split(/\r?\n/).forEach((line, index) => {
      const match = /^(error|warning) (\S+) (.*)$/.exec(line);
      if (!match) return;
      const [, severity, ruleId, message] = match as unknown as [string, 'error' | 'warning', string, string];
      diagnostics.push({ ruleId, severity, messageId: 'test', message, line: index + 1, column: 1, endLine: index + 1, endColumn: line.length + 1 });
    });
    return {
      filePath: options.filePath ?? '<text>',
      diagnostics,
      errorCount: diagnostics.filter((d) => d.severity === 'error').length,
      warningCount: diagnostics.filter((d) => d.severity === 'warning').length,
      stats: { entries: 1 },
    };
  },
}));

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
  await writeTree(dir, {
    'clean.md': '# Lessons\n',
    'warn.md': '# Lessons\nwarning field-order Unexpected order\nwarning label-style Mixed label styles\n',
    'error.md': '# Lessons\n\nerror required-field Missing field `Fix`\nwarning field-order Unexpected order\n',
    'crash.md': 'THROW\n',
  });
});
afterEach(async () => {
  await removeTempDir(dir);
});

describe('lessons lint: exit codes and options', () => {
  it('exits 0 and prints nothing for a clean file', async () => {
    expect(await runCli(['lint', 'clean.md'], { cwd: dir })).toEqual({ exitCode: 0, stdout: '', stderr: '' });
  });

  it('exits 1 on lint errors and prints the stylish report', async () => {
    const run = await runCli(['lint', 'error.md'], { cwd: dir });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      [
        '',
        'error.md',
        '  3:1  error    Missing field `Fix`  required-field',
        '  4:1  warning  Unexpected order     field-order',
        '',
        '\u2716 2 problems (1 error, 1 warning)',
        '',
      ].join('\n'),
    );
  });

  it('exits 0 on warnings alone', async () => {
    const run = await runCli(['lint', 'warn.md'], { cwd: dir });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('\u2716 2 problems (0 errors, 2 warnings)');
  });

  it('exits 1 when warnings exceed --max-warnings, and says so', async () => {
    const run = await runCli(['lint', '--max-warnings', '1', 'warn.md'], { cwd: dir });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toBe('lessons: too many warnings (2), maximum allowed is 1\n');
  });

  it('exits 0 when warnings equal --max-warnings', async () => {
    expect((await runCli(['lint', '--max-warnings', '2', 'warn.md'], { cwd: dir })).exitCode).toBe(0);
  });

  it('does not add the warnings message when errors already fail the run', async () => {
    const run = await runCli(['lint', '--max-warnings', '0', 'error.md'], { cwd: dir });
    expect(run).toMatchObject({ exitCode: 1, stderr: '' });
  });

  it('--quiet shows errors only, and warnings no longer count against --max-warnings', async () => {
    const quietError = await runCli(['lint', '--quiet', 'error.md', 'warn.md'], { cwd: dir });
    expect(quietError.exitCode).toBe(1);
    expect(quietError.stdout).not.toContain('field-order');
    expect(quietError.stdout).not.toContain('warn.md');
    expect(quietError.stdout).toContain('\u2716 1 problem (1 error, 0 warnings)');
    expect(await runCli(['lint', '--quiet', '--max-warnings', '0', 'warn.md'], { cwd: dir })).toEqual({ exitCode: 0, stdout: '', stderr: '' });
  });

  it('prints ESLint-compatible JSON with absolute paths, sorted by path', async () => {
    const run = await runCli(['lint', '--format', 'json', 'warn.md', 'error.md', 'clean.md'], { cwd: dir });
    expect(run.exitCode).toBe(1);
    expect(run.stdout.endsWith(']\n')).toBe(true);
    const parsed = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string; severity: number; line: number }[]; errorCount: number; warningCount: number }[];
    expect(parsed.map((r) => r.filePath)).toEqual(['clean.md', 'error.md', 'warn.md'].map((name) => path.join(dir, name)));
    expect(parsed[1]).toMatchObject({
      errorCount: 1,
      warningCount: 1,
      fatalErrorCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      messages: [
        { ruleId: 'required-field', severity: 2, message: 'Missing field `Fix`', line: 3, column: 1, endLine: 3, endColumn: 41 },
        { ruleId: 'field-order', severity: 1, line: 4 },
      ],
    });
  });

  it('prints [] in JSON when nothing was found', async () => {
    expect((await runCli(['lint', '-f', 'json', 'clean.md'], { cwd: dir })).stdout).toBe(`[{"filePath":${JSON.stringify(path.join(dir, 'clean.md'))},"messages":[],"suppressedMessages":[],"errorCount":0,"fatalErrorCount":0,"warningCount":0,"fixableErrorCount":0,"fixableWarningCount":0,"usedDeprecatedRules":[]}]\n`);
  });

  describe('colour', () => {
    // eslint-disable-next-line no-control-regex
    const escape = /\u001b\[/;
    it('colours a terminal', async () => {
      expect((await runCli(['lint', 'error.md'], { cwd: dir, isTTY: true })).stdout).toMatch(escape);
    });
    it('does not colour a pipe', async () => {
      expect((await runCli(['lint', 'error.md'], { cwd: dir, isTTY: false })).stdout).not.toMatch(escape);
    });
    it('honours NO_COLOR on a terminal', async () => {
      expect((await runCli(['lint', 'error.md'], { cwd: dir, isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(escape);
    });
    it('honours FORCE_COLOR on a pipe', async () => {
      expect((await runCli(['lint', 'error.md'], { cwd: dir, env: { FORCE_COLOR: '1' } })).stdout).toMatch(escape);
    });
    it('honours --no-color and --color', async () => {
      expect((await runCli(['lint', '--no-color', 'error.md'], { cwd: dir, isTTY: true })).stdout).not.toMatch(escape);
      expect((await runCli(['lint', '--color', 'error.md'], { cwd: dir, env: { NO_COLOR: '1' } })).stdout).toMatch(escape);
    });
    it('never colours JSON', async () => {
      expect((await runCli(['lint', '-f', 'json', 'error.md'], { cwd: dir, env: { FORCE_COLOR: '3' } })).stdout).not.toMatch(escape);
    });
  });

  it('reports a linter crash on one file in one line, still lints the others, exits 2', async () => {
    const run = await runCli(['lint', 'crash.md', 'error.md'], { cwd: dir });
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toContain('Missing field `Fix`');
    expect(run.stderr).toBe('lessons: crash.md: internal error: rule exploded\n');
  });

  it('adds the stack of a crash when LESSONS_DEBUG is set', async () => {
    const run = await runCli(['lint', 'crash.md'], { cwd: dir, env: { LESSONS_DEBUG: '1' } });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/^lessons: crash\.md: internal error: rule exploded\nError: rule exploded\n\s+at /);
  });

  it('writes nothing anywhere in the input directory', async () => {
    const before = await snapshotTree(dir);
    await runCli(['lint', '--format', 'json', '.'], { cwd: dir });
    await runCli(['lint', 'clean.md', 'warn.md', 'error.md', 'crash.md'], { cwd: dir });
    expect(await snapshotTree(dir)).toEqual(before);
  });
});
