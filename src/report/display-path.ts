import path from 'node:path';

/** Names such as `<stdin>` or `<text>` stand for input without a file: they are shown as given. */
export function isPseudoPath(filePath: string): boolean {
  return filePath.startsWith('<') && filePath.endsWith('>');
}

/**
 * The path as a person would type it: relative to `cwd` when it is below it (`.` for `cwd` itself)
 * or shares a directory with it (`../other/LESSONS.md`), absolute when the two meet only at the
 * file-system root, where `../../../dev/null` would say less than `/dev/null` does. Control
 * characters are left as they are: see displayPath.
 */
export function shownPath(filePath: string, cwd: string): string {
  if (isPseudoPath(filePath)) return filePath;
  const absolute = path.resolve(cwd, filePath);
  if (meetOnlyAtRoot(absolute, path.resolve(cwd))) return absolute;
  return path.relative(cwd, absolute) || '.';
}

/** True when two absolute paths have no directory in common but the root (or are on different drives). */
function meetOnlyAtRoot(a: string, b: string): boolean {
  const top = topDirectory(b);
  // A `cwd` that is the root itself contains everything.
  if (top === path.parse(b).root) return false;
  // path.relative, not ===: on Windows it takes names that differ only in case as the same.
  return path.relative(topDirectory(a), top) !== '';
}

/** `/home` for `/home/me/repo`, `C:\Users` for `C:\Users\me`; the root for the root. */
function topDirectory(absolute: string): string {
  const { root } = path.parse(absolute);
  const [first = ''] = absolute.slice(root.length).split(path.sep);
  return path.join(root, first);
}

/**
 * shownPath with forward slashes, as tools that read reports on any OS expect (GitHub
 * annotations, editors' problem matchers). Control characters are left for each format to
 * escape its own way: GitHub's `%0A`, or printable.
 */
export function shownPosixPath(filePath: string, cwd: string): string {
  return shownPath(filePath, cwd).split(path.sep).join('/');
}

/** shownPath for people to read: on stderr, in the stylish report. */
export function displayPath(filePath: string, cwd: string): string {
  return printable(shownPath(filePath, cwd));
}

// C0 and C1 controls (DEL among them) and the Unicode line and paragraph separators: printed raw,
// each could start a line or move the cursor, so one message could pose as two
// (a file named `x\nlessons: fake.md: everything is fine`).
const CONTROL_CHARACTERS = /[\p{Cc}\u2028\u2029]/gu;
const NAMED_ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * `text` with every control character escaped as in a JavaScript string (`\n`, `\x1b`, `\u2028`),
 * for printing a name the user chose (a path, a pattern) on a line of its own. Backslashes are
 * left alone: they separate Windows paths.
 */
export function printable(text: string): string {
  return text.replace(CONTROL_CHARACTERS, (character) => {
    const code = character.codePointAt(0) ?? 0;
    return NAMED_ESCAPES[character] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
  });
}

/** Messages are one line by convention; a stray newline must not break a line-oriented format. */
export function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, ' ');
}
