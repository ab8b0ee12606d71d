/**
 * The names under which lessons files are usually kept, as documented in the README.
 * Matched case-insensitively at any depth, so `LESSONS.md` and `lessons.md` are one pattern.
 */
export const lessonsFileNames: readonly string[] = [
  'tasks/lessons.md',
  'LESSONS.md',
  'lessons.md',
  'lessons-learned.md',
  'LESSONS_LEARNED.md',
  'docs/lessons*.md',
  '.claude/lessons.md',
];

/** fast-glob patterns that find the usual lessons files below a directory. */
export const lessonsFilePatterns: readonly string[] = lessonsFileNames.map((name) => `**/${name}`);

/** Directories never searched: dependencies and VCS internals hold copies that are not the user's. */
export const ignoredDirectories: readonly string[] = ['**/node_modules/**', '**/.git/**'];
