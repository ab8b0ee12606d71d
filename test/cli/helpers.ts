import { createHash } from 'node:crypto';
import { lstat, mkdtemp, readdir, readFile, readlink, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';

/** The repository root, for paths to fixtures. */
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** What a CLI run printed and returned. */
export interface CliRun {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Run `main` in-process with a fake io capturing both streams. */
export async function runCli(
  argv: string[],
  options: { cwd: string; env?: Record<string, string | undefined>; isTTY?: boolean; stdin?: string | Uint8Array },
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd: options.cwd,
    env: options.env ?? {},
    isTTY: options.isTTY ?? false,
    // Standard input is empty unless a test gives some, as with `< /dev/null`.
    readStdin: async () => (typeof options.stdin === 'string' ? Buffer.from(options.stdin) : (options.stdin ?? new Uint8Array())),
  };
  const exitCode = await main(argv, io);
  return { exitCode, stdout, stderr };
}

/** A fresh directory under the OS temp dir; remove it with `removeTempDir`. */
export async function makeTempDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'lessons-lint-test-'));
}

/** Remove a directory made by `makeTempDir`. */
export async function removeTempDir(directory: string): Promise<void> {
  await rm(directory, { recursive: true, force: true });
}

/** Write files (relative path -> content) below `root`, creating directories. */
export async function writeTree(root: string, files: Record<string, string | Uint8Array>): Promise<void> {
  for (const [relative, content] of Object.entries(files)) {
    const target = path.join(root, relative);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
  }
}

/**
 * Every file below `root` with its size, mtime and content hash, every symlink with its target,
 * every FIFO or device with its mode (never opened: that would block): compare two to prove
 * nothing was written.
 */
export async function snapshotTree(root: string): Promise<Record<string, string>> {
  const snapshot: Record<string, string> = {};
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    const full = path.join(entry.parentPath, entry.name);
    const stats = await lstat(full);
    const relative = path.relative(root, full);
    if (stats.isDirectory()) {
      snapshot[relative] = 'dir';
    } else if (stats.isSymbolicLink()) {
      snapshot[relative] = `link:${await readlink(full)}`;
    } else if (!stats.isFile()) {
      snapshot[relative] = `special:${stats.mode.toString(8)}:${stats.rdev}`;
    } else {
      const hash = createHash('sha256').update(await readFile(full)).digest('hex');
      snapshot[relative] = `${stats.size}:${stats.mtimeMs}:${hash}`;
    }
  }
  return snapshot;
}
