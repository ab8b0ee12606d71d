import { execFile } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './helpers.js';

const run = promisify(execFile);
const bin = path.join(repoRoot, 'bin', 'lessons.js');
const built = path.join(repoRoot, 'dist', 'cli', 'lessons.mjs');

/** Newest modification time of any file below `directory`. */
function newestMtime(directory: string): number {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((newest, entry) => Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs), 0);
}

/** Exit code and streams of `node bin/lessons.js ...args`, whatever the exit code. */
async function lessons(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { cwd: repoRoot, env: { ...process.env, NO_COLOR: '1' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

describe('bin/lessons.js (built)', () => {
  beforeAll(async () => {
    // The bin runs dist/; rebuild when src/ is newer so this test never checks stale output.
    if (!existsSync(built) || statSync(built).mtimeMs < newestMtime(path.join(repoRoot, 'src'))) {
      await run(process.execPath, [path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], { cwd: repoRoot }).catch(
        () => undefined, // type errors elsewhere still emit JavaScript; the assertions below decide
      );
      // The bin runs the esbuild bundle of src/cli/run.ts (`npm run bundle`).
      await run('npm', ['run', 'bundle'], { cwd: repoRoot });
    }
  });

  it('prints the version', async () => {
    const version = (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
    expect(await lessons('--version')).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('lints the shipped example with exit 0', async () => {
    expect(await lessons('lint', 'fixtures/examples/incident.md')).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  // The bundle loads fast-glob and yaml on demand (yaml from node_modules): both paths, built.
  it('lints a glob of clean files with exit 0', async () => {
    expect(await lessons('lint', 'fixtures/examples/*.md')).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('lints a file with YAML front matter', async () => {
    const result = await lessons('lint', '--format', 'json', 'fixtures/variants/hidden-entries.md');
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as { messages: unknown[] }[])[0]?.messages).toEqual([]);
  });

  it('exits 2 with one line for a missing file', async () => {
    expect(await lessons('lint', 'no/such/file.md')).toEqual({ code: 2, stdout: '', stderr: 'lessons: no/such/file.md: no such file or directory\n' });
  });

  it('exits 1 with a stylish report for a file with errors', async () => {
    const result = await lessons('lint', 'fixtures/cli/findings.md');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^\nfixtures\/cli\/findings\.md\n/);
    expect(result.stdout).toMatch(/\u2716 \d+ problems \(\d+ errors, \d+ warnings\)\n$/);
  });
});
