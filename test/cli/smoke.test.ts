import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './helpers.js';

const run = promisify(execFile);
const bin = path.join(repoRoot, 'bin', 'lessons.cjs');
const built = path.join(repoRoot, 'dist', 'cli', 'lessons.cjs');

/** Newest modification time of any file below `directory`. */
function newestMtime(directory: string): number {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((newest, entry) => Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs), 0);
}

/** Exit code and streams of `node bin/lessons.cjs ...args`, whatever the exit code. */
async function lessons(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { cwd: repoRoot, env: { ...process.env, NO_COLOR: '1' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

describe('bin/lessons.cjs (built)', () => {
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

  it('runs the bundle through its code cache, which V8 accepts', () => {
    const { loadBundle } = createRequire(import.meta.url)(bin) as { loadBundle: () => { script: { cachedDataRejected?: boolean }; key?: string } };
    const loaded = loadBundle();
    expect(loaded.key).toMatch(/^[0-9a-f]{16}$/);
    expect(loaded.script.cachedDataRejected).toBe(false);
  });

  it('is ASCII, and its escaped patterns still read full-width colons', async () => {
    expect(/[^\0-\x7f]/.test(readFileSync(built, 'latin1'))).toBe(false);
    const result = await lessons('lint', '--config', 'fixtures/formats/lessons.config.json', '-f', 'compact', 'fixtures/variants/label-styles.md');
    expect(result.stdout).toContain('label-styles.md:46:1: warning Unexpected label style `Fix:` on 2 labels of entry `Full-width colon and French spacing`');
    expect(result.stdout).not.toMatch(/required-field|unknown-field/);
  });

  // The paths the bundle loads on demand (node:crypto, node:fs/promises, the config's parser and schema).
  describe('in a scratch directory', () => {
    let scratch: string;
    beforeAll(() => {
      scratch = mkdtempSync(path.join(os.tmpdir(), 'lessons-smoke-'));
    });
    afterAll(() => rmSync(scratch, { recursive: true, force: true }));
    const inScratch = async (...args: string[]) => {
      try {
        return { code: 0, ...(await run(process.execPath, [bin, ...args], { cwd: scratch, env: { ...process.env, NO_COLOR: '1' } })) };
      } catch (error) {
        return error as { code: number; stdout: string; stderr: string };
      }
    };

    it('writes a report with --output-file', async () => {
      const findings = path.join(repoRoot, 'fixtures/cli/findings.md');
      expect(await inScratch('lint', '-f', 'sarif', '-o', 'out/report.sarif', findings)).toMatchObject({ code: 1, stdout: '', stderr: '' });
      expect(JSON.parse(readFileSync(path.join(scratch, 'out/report.sarif'), 'utf8'))).toMatchObject({ version: '2.1.0' });
    });

    it('writes a starter config with init, then lints under it, then refuses to overwrite it', async () => {
      expect(await inScratch('init')).toMatchObject({ code: 0, stderr: '' });
      copyFileSync(path.join(repoRoot, 'fixtures/examples/incident.md'), path.join(scratch, 'LESSONS.md'));
      expect(await inScratch('lint')).toEqual({ code: 0, stdout: '', stderr: '' });
      expect(await inScratch('init')).toMatchObject({ code: 2, stderr: 'lessons: lessons.config.json already exists; use --force to overwrite it\n' });
    });
  });

  describe('a copy of the package', () => {
    let copy: string;
    beforeAll(() => {
      copy = mkdtempSync(path.join(os.tmpdir(), 'lessons-bin-'));
      mkdirSync(path.join(copy, 'bin'));
      copyFileSync(bin, path.join(copy, 'bin', 'lessons.cjs'));
      copyFileSync(path.join(repoRoot, 'package.json'), path.join(copy, 'package.json'));
    });
    afterAll(() => rmSync(copy, { recursive: true, force: true }));
    const runCopy = async (...args: string[]) => {
      try {
        return { code: 0, ...(await run(process.execPath, [path.join(copy, 'bin', 'lessons.cjs'), ...args], { cwd: copy })) };
      } catch (error) {
        return error as { code: number; stdout: string; stderr: string };
      }
    };

    it('without its build exits 2 with one line saying to build', async () => {
      expect(await runCopy('--version')).toMatchObject({ code: 2, stdout: '', stderr: 'lessons: dist/cli/lessons.cjs is missing: run `npm run build`\n' });
    });

    it('with a code cache from another build ignores the cache and still runs', async () => {
      mkdirSync(path.join(copy, 'dist', 'cli'), { recursive: true });
      copyFileSync(built, path.join(copy, 'dist', 'cli', 'lessons.cjs'));
      writeFileSync(path.join(copy, 'dist', 'cli', 'lessons.cjs.cache'), Buffer.concat([Buffer.from('0123456789abcdef'), Buffer.alloc(64)]));
      expect(await runCopy('--version')).toMatchObject({ code: 0, stdout: `${readFileSync(path.join(repoRoot, 'package.json'), 'utf8').match(/"version": "([^"]+)"/)?.[1]}\n` });
    });

    it('with a damaged code cache of this build still runs', async () => {
      const key = readFileSync(built, 'latin1').slice(17, 33);
      writeFileSync(path.join(copy, 'dist', 'cli', 'lessons.cjs.cache'), Buffer.concat([Buffer.from(key, 'latin1'), Buffer.alloc(4096, 7)]));
      expect((await runCopy('lint', '--no-config', path.join(repoRoot, 'fixtures/examples/incident.md'))).code).toBe(0);
    });
  });
});
