import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/lint/lint-files.js';
import { repoRoot, runCli } from './helpers.js';

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
