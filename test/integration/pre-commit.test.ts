import { copyFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initGitRepo, isOnPath, isolatedEnv, makeTempDir, mustRun, removeTempDir, repoRoot, runProcess } from './helpers.js';

// The real pre-commit framework (Debian's `pre-commit` package) installs the hook from this
// checkout exactly as a user's `.pre-commit-config.yaml` would: it clones the repository at a
// commit, runs `npm install` (whose `prepare` script builds dist/), `npm pack`, and installs the
// tarball into a node environment. So the hook under test is the one committed at HEAD.
let temp: string;
let repo: string;
let env: NodeJS.ProcessEnv;

const git = (...args: string[]) => runProcess('git', args, { cwd: repo, env });

beforeAll(async () => {
  if (!(await isOnPath('pre-commit'))) throw new Error('pre-commit is not installed: apt-get install -y pre-commit');
  const head = (await mustRun('git', ['rev-parse', 'HEAD'], { cwd: repoRoot })).stdout.trim();
  await mustRun('git', ['cat-file', '-e', `${head}:.pre-commit-hooks.yaml`], { cwd: repoRoot });
  temp = await makeTempDir('pre-commit');
  repo = path.join(temp, 'repo');
  // PRE_COMMIT_HOME keeps the hook environment (and its clone of this checkout) out of ~/.cache.
  env = isolatedEnv(temp, { PRE_COMMIT_HOME: path.join(temp, 'cache'), PRE_COMMIT_COLOR: 'never' });
  await initGitRepo(repo, env);
  // `language_version: system` makes nodeenv link the node already installed instead of
  // downloading one, so installing the hook needs the npm registry only, not nodejs.org.
  const config = ['repos:', `  - repo: ${repoRoot}`, `    rev: ${head}`, '    hooks:', '      - id: lessons-lint', '        language_version: system', ''];
  await writeFile(path.join(repo, '.pre-commit-config.yaml'), config.join('\n'));
  await mustRun('pre-commit', ['install'], { cwd: repo, env });
  await mustRun('pre-commit', ['install-hooks'], { cwd: repo, env });
});

afterAll(async () => {
  if (temp) await removeTempDir(temp);
});

describe('pre-commit hook (real pre-commit, hook installed from this repository)', () => {
  it('installs into a node environment that uses the system node', async () => {
    const cache = await readdir(path.join(temp, 'cache'));
    const clones = cache.filter((name) => name.startsWith('repo'));
    expect(clones).toHaveLength(1);
    expect(await readdir(path.join(temp, 'cache', clones[0]!))).toContain('node_env-system');
  });

  it('blocks a commit of a malformed lessons file and prints the findings', async () => {
    await mustRun('git', ['commit', '--quiet', '--allow-empty', '-m', 'start'], { cwd: repo, env });
    await copyFile(path.join(repoRoot, 'fixtures/cli/findings.md'), path.join(repo, 'LESSONS.md'));
    await mustRun('git', ['add', 'LESSONS.md', '.pre-commit-config.yaml'], { cwd: repo, env });
    const commit = await git('commit', '-m', 'Add lessons');
    expect(commit.code, commit.output).not.toBe(0);
    expect(commit.output).toMatch(/lessons-lint\.+Failed/);
    expect(commit.output).toContain('- exit code: 1');
    expect(commit.output).toMatch(/^LESSONS\.md$/m);
    expect(commit.output).toMatch(/26:1 +error +Unexpected label `Corection`.*unknown-field/);
    expect(commit.output).toMatch(/✖ \d+ problems \(\d+ errors, \d+ warnings\)/);
    // The commit did not happen: HEAD is still the empty start commit.
    expect((await git('log', '--format=%s')).stdout).toBe('start\n');
  });

  it('lets a commit of a well-formed lessons file through', async () => {
    await copyFile(path.join(repoRoot, 'fixtures/examples/incident.md'), path.join(repo, 'LESSONS.md'));
    await mustRun('git', ['add', 'LESSONS.md', '.pre-commit-config.yaml'], { cwd: repo, env });
    const commit = await git('commit', '-m', 'Add lessons');
    expect(commit.code, commit.output).toBe(0);
    expect(commit.output).toMatch(/lessons-lint\.+Passed/);
    expect((await git('log', '--format=%s')).stdout).toBe('Add lessons\nstart\n');
  });

  it('checks lessons files at any depth and leaves other Markdown alone', async () => {
    await writeFile(path.join(repo, 'README.md'), '# Notes\n\n2026-02-30 - not a lessons file\n');
    const skipped = await git('add', 'README.md').then(() => git('commit', '-m', 'Readme'));
    expect(skipped.code, skipped.output).toBe(0);
    expect(skipped.output).toMatch(/lessons-lint\.+\(no files to check\)Skipped/);
    await mustRun('mkdir', ['-p', 'packages/api/tasks'], { cwd: repo, env });
    await copyFile(path.join(repoRoot, 'fixtures/cli/findings.md'), path.join(repo, 'packages/api/tasks/lessons.md'));
    const blocked = await git('add', 'packages').then(() => git('commit', '-m', 'Nested lessons'));
    expect(blocked.code, blocked.output).not.toBe(0);
    expect(blocked.output).toMatch(/^packages\/api\/tasks\/lessons\.md$/m);
  });
});
