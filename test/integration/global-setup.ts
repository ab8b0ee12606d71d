import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { mustRun, repoRoot } from './helpers.js';

/** Newest modification time of any file below `directory`. */
function newestMtime(directory: string): number {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((newest, entry) => Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs), 0);
}

/** The suites run the built CLI (bin/lessons.cjs -> dist/): build it when missing or older than src/. */
export default async function setup(): Promise<void> {
  const dist = path.join(repoRoot, 'dist');
  if (existsSync(dist) && newestMtime(dist) >= newestMtime(path.join(repoRoot, 'src'))) return;
  await mustRun('npm', ['run', 'build'], { cwd: repoRoot });
}
