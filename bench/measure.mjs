// Runs one command as a child process and measures its wall time and peak resident memory.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TIME = '/usr/bin/time';
const hasGnuTime = existsSync(TIME);
const rssReporter = path.join(path.dirname(fileURLToPath(import.meta.url)), 'report-rss.cjs');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'lessons-bench-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
let counter = 0;

/** How peak RSS is measured on this machine. */
export const rssMethod = hasGnuTime ? 'GNU time %M' : 'process.resourceUsage().maxRSS (preloaded)';

/**
 * Run `command args` in `cwd` with stdout and stderr discarded; resolves to
 * `{ ms, rssKb, code, timedOut }`. Peak RSS comes from GNU time when installed, otherwise from a
 * preloaded script that reports the Node child's own maxRSS (every command here is Node).
 */
export function measure({ command, args, cwd, timeoutMs }) {
  const rssFile = path.join(scratch, `rss-${counter++}`);
  const env = { ...process.env, NO_COLOR: '1' };
  let file = command;
  let argv = args;
  if (hasGnuTime) {
    file = TIME;
    argv = ['-f', '%M %U %S', '-o', rssFile, command, ...args];
  } else {
    env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} --require ${rssReporter}`.trim();
    env.LESSONS_BENCH_RSS_FILE = rssFile;
  }
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    // Own process group, so a timeout kills the whole tree, not just GNU time.
    const child = spawn(file, argv, { cwd, env, stdio: 'ignore', detached: true });
    let timedOut = false;
    const timer = timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          try {
            process.kill(-child.pid, 'SIGKILL');
          } catch {
            // already gone
          }
        }, timeoutMs)
      : undefined;
    child.on('error', reject);
    child.on('exit', (code) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (timer) clearTimeout(timer);
      resolve({ ms, ...readUsage(rssFile), code, timedOut });
    });
  });
}

// Peak RSS in KB and, from GNU time, user + system CPU time in ms (less sensitive to a busy machine).
function readUsage(file) {
  if (!existsSync(file)) return {};
  // GNU time prints "Command exited with non-zero status N" before the figures when the child fails.
  const lines = readFileSync(file, 'utf8').trim().split('\n');
  const [rss, user, system] = (lines[lines.length - 1] ?? '').split(' ').map(Number);
  return {
    rssKb: Number.isFinite(rss) && rss > 0 ? rss : undefined,
    cpuMs: user !== undefined && system !== undefined && Number.isFinite(user + system) ? Math.round((user + system) * 1000) : undefined,
  };
}
