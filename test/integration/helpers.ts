import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The checkout under test. */
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The built CLI, as npm links it: `node bin/lessons.cjs`. */
export const lessonsBin = path.join(repoRoot, 'bin', 'lessons.cjs');

/** What a finished process printed and returned. */
export interface ProcessRun {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout and stderr interleaved as they arrived, as a terminal would show them. */
  output: string;
}

/** Options of `runProcess`. */
export interface RunProcessOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  input?: string | Uint8Array;
}

/** Run a command to completion without a shell; never rejects for a non-zero exit. */
export function runProcess(command: string, args: readonly string[], options: RunProcessOptions): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      output += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr, output }));
    // A child may exit without reading its input; the exit code tells, not a broken pipe.
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}

/** Run a command and fail with its output when it exits non-zero. */
export async function mustRun(command: string, args: readonly string[], options: RunProcessOptions): Promise<ProcessRun> {
  const run = await runProcess(command, args, options);
  if (run.code !== 0) throw new Error(`${command} ${args.join(' ')} exited ${run.code}:\n${run.output}`);
  return run;
}

/** A fresh directory under the OS temp dir. */
export function makeTempDir(prefix: string): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), `lessons-lint-${prefix}-`));
}

/** Remove a directory made by `makeTempDir`. */
export async function removeTempDir(directory: string): Promise<void> {
  await rm(directory, { recursive: true, force: true });
}

/** An environment without colour, and with git identity and config isolated from the machine's. */
export function isolatedEnv(home: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  // Without the test runner's own variables: NODE_ENV=test, say, makes lint-staged print JSON events.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')));
  return {
    ...inherited,
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    // A machine-wide core.hooksPath or commit signing must not change what a commit runs.
    GIT_CONFIG_GLOBAL: path.join(home, '.gitconfig'),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Lessons Test',
    GIT_AUTHOR_EMAIL: 'lessons-test@example.com',
    GIT_COMMITTER_NAME: 'Lessons Test',
    GIT_COMMITTER_EMAIL: 'lessons-test@example.com',
    ...extra,
  };
}

/** A new git repository at `directory` (created), on branch main. */
export async function initGitRepo(directory: string, env: NodeJS.ProcessEnv): Promise<void> {
  await mustRun('git', ['init', '--quiet', '--initial-branch=main', directory], { cwd: os.tmpdir(), env });
}

/** True when `command` can be run (found on PATH). */
export async function isOnPath(command: string): Promise<boolean> {
  try {
    return (await runProcess(command, ['--version'], { cwd: os.tmpdir() })).code === 0;
  } catch {
    return false;
  }
}
