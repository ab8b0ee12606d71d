import { readFileSync } from 'node:fs';
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { lessonsFilePatterns } from '../src/files/lessons-file-names.js';
import { repoPath } from './parse/helpers.js';

interface HookManifest {
  id: string;
  name: string;
  entry: string;
  language: string;
  files: string;
  require_serial: boolean;
}

const [hook, ...others] = parse(readFileSync(repoPath('.pre-commit-hooks.yaml'), 'utf8')) as HookManifest[];

/** pre-commit's Python pattern as a JavaScript RegExp: a leading `(?i)` becomes the `i` flag. */
function filesPattern(python: string): RegExp {
  const caseless = python.startsWith('(?i)');
  return new RegExp(caseless ? python.slice(4) : python, caseless ? 'i' : '');
}

// Paths as pre-commit passes them: relative to the repository root, forward slashes.
const samples = [
  'LESSONS.md', 'lessons.md', 'Lessons.md', 'tasks/lessons.md', 'packages/api/tasks/LESSONS.md', 'lessons-learned.md',
  'LESSONS_LEARNED.md', 'docs/lessons-learned.md', 'docs/lessons.md', 'docs/LESSONS-2025.md', 'sub/docs/lessons_q3.md',
  '.claude/lessons.md', 'README.md', 'docs/guide.md', 'mylessons.md', 'lessons.md.bak', 'lessons.txt', 'docs/old/lessons-x.md',
  'notes/lessons-2025.md', 'lessonslearned.md', 'docs/lessons/index.md',
];

describe('.pre-commit-hooks.yaml', () => {
  it('declares one hook, lessons-lint, running `lessons lint` on node, serially', () => {
    expect(others).toEqual([]);
    expect(hook).toMatchObject({ id: 'lessons-lint', name: 'lessons-lint', entry: 'lessons lint', language: 'node', require_serial: true });
  });

  it('selects exactly the files that `lessons lint` finds by itself', () => {
    const discovered = picomatch([...lessonsFilePatterns], { nocase: true, dot: true });
    const pattern = filesPattern(hook!.files);
    const selected = samples.filter((sample) => pattern.test(sample));
    expect(selected).toEqual(samples.filter((sample) => discovered(sample)));
    expect(selected).toContain('packages/api/tasks/LESSONS.md');
    expect(selected).not.toContain('README.md');
  });
});
