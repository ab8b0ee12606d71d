import { describe, expect, it, vi } from 'vitest';
import { repoRoot, runCli } from './helpers.js';

vi.mock('../../src/lint/lint-files.js', () => ({
  lintFiles(): never {
    throw new Error('disk on fire\nsecond line of detail');
  },
}));

describe('lessons: unexpected exceptions', () => {
  it('prints one line, no stack, and exits 2', async () => {
    expect(await runCli(['lint', 'x.md'], { cwd: repoRoot })).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: 'lessons: internal error: disk on fire\n',
    });
  });

  it('adds the stack when LESSONS_DEBUG is set', async () => {
    const run = await runCli(['lint', 'x.md'], { cwd: repoRoot, env: { LESSONS_DEBUG: '1' } });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/^lessons: internal error: disk on fire\nError: disk on fire\nsecond line of detail\n\s+at /);
  });

  it('treats LESSONS_DEBUG=0 as unset', async () => {
    expect((await runCli(['lint', 'x.md'], { cwd: repoRoot, env: { LESSONS_DEBUG: '0' } })).stderr).toBe('lessons: internal error: disk on fire\n');
  });
});
