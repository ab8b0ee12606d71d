import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayPath, printable, shownPath } from '../../src/report/display-path.js';

describe.skipIf(process.platform === 'win32')('shownPath', () => {
  it('is relative below the working directory, `.` for the directory itself', () => {
    expect(shownPath('/project/tasks/lessons.md', '/project')).toBe(path.join('tasks', 'lessons.md'));
    expect(shownPath('/project', '/project')).toBe('.');
  });

  it('is relative outside it when the two share a directory', () => {
    expect(shownPath('/home/me/other/LESSONS.md', '/home/me/repo')).toBe('../other/LESSONS.md');
  });

  it('is absolute when they meet only at the root: /dev/null, not ../../../dev/null', () => {
    expect(shownPath('/dev/null', '/home/me/repo')).toBe('/dev/null');
    expect(shownPath('/homework/x.md', '/home/me')).toBe('/homework/x.md');
  });

  it('is relative to a working directory that is the root', () => {
    expect(shownPath('/etc/lessons.md', '/')).toBe('etc/lessons.md');
  });

  it('leaves <stdin> as it is', () => {
    expect(shownPath('<stdin>', '/project')).toBe('<stdin>');
  });
});

describe('printable', () => {
  it('escapes control characters as a JavaScript string would, and leaves the rest alone', () => {
    expect(printable('a\nb\rc\td\u0000e\u001b[2J\u007f\u0085\u2028f')).toBe('a\\nb\\rc\\td\\x00e\\x1b[2J\\x7f\\x85\\u2028f');
    expect(printable('ü 日本 ✓ C:\\Users\\me')).toBe('ü 日本 ✓ C:\\Users\\me');
  });

  it('is what displayPath applies to the shown path', () => {
    expect(displayPath('/project/x\ny.md', '/project')).toBe('x\\ny.md');
  });
});
