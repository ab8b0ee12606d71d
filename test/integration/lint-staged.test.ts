import { chmod, copyFile, mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initGitRepo, isolatedEnv, makeTempDir, mustRun, removeTempDir, repoRoot, runProcess } from './helpers.js';

// Real lint-staged (this repository's dev dependency) as a git pre-commit hook in a temporary
// repository, with the README's configuration and lessons-lint installed as npm would link it.
const lintStaged = path.join(repoRoot, 'node_modules', 'lint-staged', 'bin', 'lint-staged.js');

/** The README's lint-staged recipe. */
const lintStagedConfig = {
  '**/{lessons,LESSONS,Lessons,lessons-learned,LESSONS-LEARNED,lessons_learned,LESSONS_LEARNED}.md': 'lessons lint',
  '**/docs/{lessons,LESSONS}*.md': 'lessons lint',
};

let temp: string;
let repo: string;
let env: NodeJS.ProcessEnv;

const git = (...args: string[]) => runProcess('git', args, { cwd: repo, env });

beforeAll(async () => {
  temp = await makeTempDir('lint-staged');
  repo = path.join(temp, 'repo');
  env = isolatedEnv(temp);
  await initGitRepo(repo, env);
  const manifest = { name: 'demo', private: true, 'lint-staged': lintStagedConfig };
  await writeFile(path.join(repo, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  // node_modules/lessons-lint and its bin link, as `npm install --save-dev lessons-lint` makes them.
  await mkdir(path.join(repo, 'node_modules', '.bin'), { recursive: true });
  await symlink(repoRoot, path.join(repo, 'node_modules', 'lessons-lint'), 'dir');
  await symlink('../lessons-lint/bin/lessons.cjs', path.join(repo, 'node_modules', '.bin', 'lessons'));
  await writeFile(path.join(repo, '.gitignore'), 'node_modules/\n');
  // What husky's `.husky/pre-commit` would run: `npx lint-staged`.
  const hook = path.join(repo, '.git', 'hooks', 'pre-commit');
  await writeFile(hook, `#!/bin/sh\nexec "${process.execPath}" "${lintStaged}"\n`);
  await chmod(hook, 0o755);
  await mustRun('git', ['add', 'package.json', '.gitignore'], { cwd: repo, env });
  await mustRun('git', ['commit', '--quiet', '-m', 'start'], { cwd: repo, env });
});

afterAll(async () => {
  if (temp) await removeTempDir(temp);
});

describe('lint-staged (real lint-staged as the pre-commit hook)', () => {
  it('blocks a commit of a malformed staged lessons file and prints the findings', async () => {
    await mkdir(path.join(repo, 'tasks'), { recursive: true });
    await copyFile(path.join(repoRoot, 'fixtures/cli/findings.md'), path.join(repo, 'tasks/lessons.md'));
    await writeFile(path.join(repo, 'NOTES.md'), '2026-02-30 - not a lessons file\n');
    await mustRun('git', ['add', 'tasks/lessons.md', 'NOTES.md'], { cwd: repo, env });
    const commit = await git('commit', '-m', 'Add lessons');
    expect(commit.code, commit.output).not.toBe(0);
    expect(commit.output).toContain('lessons lint');
    expect(commit.output).toMatch(/tasks\/lessons\.md/);
    expect(commit.output).toMatch(/Unexpected label `Corection`.*unknown-field/);
    expect(commit.output).not.toContain('NOTES.md');
    expect((await git('log', '--format=%s')).stdout).toBe('start\n');
  });

  it('lets the commit through once the staged file is fixed', async () => {
    await copyFile(path.join(repoRoot, 'fixtures/examples/correction.md'), path.join(repo, 'tasks/lessons.md'));
    await mustRun('git', ['add', 'tasks/lessons.md'], { cwd: repo, env });
    const commit = await git('commit', '-m', 'Add lessons');
    expect(commit.code, commit.output).toBe(0);
    expect((await git('log', '--format=%s')).stdout).toBe('Add lessons\nstart\n');
    expect((await git('show', '--name-only', '--format=', 'HEAD')).stdout.split('\n').sort()).toEqual(['', 'NOTES.md', 'tasks/lessons.md']);
  });

  it('lints only what is staged: a malformed unstaged change does not block the commit', async () => {
    await copyFile(path.join(repoRoot, 'fixtures/examples/incident.md'), path.join(repo, 'LESSONS.md'));
    await mustRun('git', ['add', 'LESSONS.md'], { cwd: repo, env });
    await copyFile(path.join(repoRoot, 'fixtures/cli/findings.md'), path.join(repo, 'LESSONS.md'));
    const commit = await git('commit', '-m', 'More lessons');
    expect(commit.code, commit.output).toBe(0);
    // lint-staged hid the unstaged edit while linting, then put it back.
    expect((await git('diff', '--stat')).stdout).toContain('LESSONS.md');
  });
});
