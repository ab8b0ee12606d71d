import { spawn, spawnSync, type StdioOptions } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './helpers.js';

/** What a CLI process printed and returned; `code` is null when it was killed. */
export interface ProcessRun {
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

/** Options of `runCliProcess`. */
export interface ProcessOptions {
  cwd: string;
  /** Standard input: a file descriptor, 'ignore' (/dev/null), 'pipe' fed with `input`, or 'closed' (bash's `<&-`). */
  stdin?: number | 'ignore' | 'pipe' | 'closed';
  input?: string | Uint8Array;
  /** Run as the user `nobody` through setpriv (root only): root may write anywhere. */
  asNobody?: boolean;
  /** Killed after this long: a hang must fail the test, not stall the suite. */
  timeoutMs?: number;
}

const entry = path.join(repoRoot, 'test/cli/lessons-from-source.ts');
const tsxLoader = path.join(repoRoot, 'node_modules/tsx/dist/loader.mjs');
const NOBODY = ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', '--'];

/** Whether the tests may switch to `nobody`: as root on Linux, with setpriv installed. */
export const canRunAsNobody = process.platform === 'linux' && process.getuid?.() === 0 && spawnSync('setpriv', ['--version']).status === 0;

/** Run `lessons ...argv` from the sources in a child process. */
export function runCliProcess(argv: readonly string[], options: ProcessOptions): Promise<ProcessRun> {
  const lessons = [...(options.asNobody ? NOBODY : []), process.execPath, '--import', tsxLoader, entry, ...argv];
  const command = options.stdin === 'closed' ? ['bash', '-c', 'exec "$@" <&-', 'bash', ...lessons] : lessons;
  const stdin = options.stdin === 'closed' || options.stdin === undefined ? 'ignore' : options.stdin;
  const stdio: StdioOptions = [stdin, 'pipe', 'pipe'];
  const env = { PATH: process.env.PATH, NO_COLOR: '1', TSX_TSCONFIG_PATH: path.join(repoRoot, 'tsconfig.json') };
  const child = spawn(command[0] as string, command.slice(1), { cwd: options.cwd, stdio, env, timeout: options.timeoutMs ?? 20_000, killSignal: 'SIGKILL' });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  if (options.stdin === 'pipe') child.stdin?.end(options.input ?? '');
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, stdout, stderr, timedOut: signal === 'SIGKILL' }));
  });
}
