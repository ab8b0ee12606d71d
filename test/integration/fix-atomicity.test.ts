import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lessonsBin } from './helpers.js';

// `lessons lint --fix` killed with SIGKILL at random moments, most of them near the end of the run
// where the write happens: the file is always the old text or the whole fixed text, and no
// temporary file is left beside it.
const RUNS = 50;
const entry = (i: number) => `2026-05-02 - Entry ${i}\n\nMistake: did ${i}. Correction: fixed ${i}. Rule: rule ${i}. Status: Active\n\n`;
const original = `# Lessons\n\n${Array.from({ length: 500 }, (_, i) => entry(i)).join('')}`;

let dir: string;
let fixed: string;
let fullRunMs: number;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lessons-fix-kill-'));
  await writeFile(path.join(dir, 'lessons.md'), original);
  const started = Date.now();
  spawnSync(process.execPath, [lessonsBin, 'lint', '--fix', 'lessons.md'], { cwd: dir });
  fullRunMs = Date.now() - started;
  fixed = await readFile(path.join(dir, 'lessons.md'), 'utf8');
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe('lessons lint --fix under SIGKILL', () => {
  it('fixes the file when left to finish', () => {
    expect(fixed).not.toBe(original);
    expect(fixed.match(/^## 2026-05-02 - /gmu)).toHaveLength(500);
  });

  it(`leaves the old text or the whole fixed text, never a part, in ${RUNS} kills`, async () => {
    const seen = { original: 0, fixed: 0 };
    for (let run = 0; run < RUNS; run += 1) {
      await writeFile(path.join(dir, 'lessons.md'), original);
      const child = spawn(process.execPath, [lessonsBin, 'lint', '--fix', 'lessons.md'], { cwd: dir, stdio: 'ignore' });
      const exited = new Promise((resolve) => child.on('exit', resolve));
      // A fifth of the kills anywhere in the run, the rest around its end, where the file is written.
      const share = run % 5 === 0 ? Math.random() : 0.8 + Math.random() * 0.3;
      const timer = setTimeout(() => child.kill('SIGKILL'), Math.floor(fullRunMs * share));
      await exited;
      clearTimeout(timer);
      const now = await readFile(path.join(dir, 'lessons.md'), 'utf8');
      expect([original, fixed]).toContain(now);
      seen[now === original ? 'original' : 'fixed'] += 1;
      expect(await readdir(dir)).toEqual(['lessons.md']);
    }
    expect(seen.original + seen.fixed).toBe(RUNS);
  });
});
