import { createTwoFilesPatch } from 'diff';
import type { FixedFile } from '../lint/lint-files.js';
import { isPseudoPath, shownPosixPath } from './display-path.js';

/**
 * The changes `--fix` would write, as one unified diff per file with `a/` and `b/` paths relative
 * to `cwd`: what `git apply` or `patch -p1` applies, in that directory, to give exactly the fixed files.
 */
export function formatFixDiff(fixed: readonly FixedFile[], cwd: string): string {
  return fixed
    .map((file) => {
      const name = isPseudoPath(file.filePath) ? file.filePath : shownPosixPath(file.filePath, cwd);
      return createTwoFilesPatch(`a/${name}`, `b/${name}`, file.before, file.after, undefined, undefined, { context: 3 });
    })
    .map((patch) => patch.replace(/^=+\n/mu, ''))
    .join('');
}
