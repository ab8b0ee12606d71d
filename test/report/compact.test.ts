import { describe, expect, it } from 'vitest';
import { formatCompact } from '../../src/report/compact.js';
import { diagnostic, result } from './make-result.js';

const cwd = '/project';

describe('compact formatter', () => {
  it('prints `path:line:col: severity message [rule-id]`, files and findings in order', () => {
    const results = [
      result('/project/tasks/lessons.md', [
        diagnostic({ line: 9, column: 4, severity: 'warning', ruleId: 'future-date', message: 'Unexpected future date' }),
        diagnostic({ line: 3, column: 1, ruleId: 'required-field', message: 'Missing field `Fix`' }),
      ]),
      result('/project/LESSONS.md', [diagnostic({ line: 2, column: 17, ruleId: 'frontmatter', message: 'Unexpected YAML:\nline two' })]),
    ];
    expect(formatCompact(results, { cwd, colorLevel: 3 })).toBe(
      [
        'LESSONS.md:2:17: error Unexpected YAML: line two [frontmatter]',
        'tasks/lessons.md:3:1: error Missing field `Fix` [required-field]',
        'tasks/lessons.md:9:4: warning Unexpected future date [future-date]',
        '',
      ].join('\n'),
    );
  });

  it('shows files outside the current directory relative to it (absolute when they meet only at the root), and <stdin> as is', () => {
    const results = [
      result('/project/elsewhere/LESSONS.md', [diagnostic({ line: 1, column: 1 })]),
      result('/elsewhere/LESSONS.md', [diagnostic({ line: 1, column: 1 })]),
      result('<stdin>', [diagnostic({ line: 2, column: 1 })]),
    ];
    expect(formatCompact(results, { cwd: '/project/app' }).split('\n')).toEqual([
      '/elsewhere/LESSONS.md:1:1: error Missing field `Fix` [required-field]',
      '../elsewhere/LESSONS.md:1:1: error Missing field `Fix` [required-field]',
      '<stdin>:2:1: error Missing field `Fix` [required-field]',
      '',
    ]);
  });

  it('escapes control characters in a file name, so one finding stays one line', () => {
    const results = [result('/project/a\rb.md', [diagnostic({ line: 1, column: 1 })])];
    expect(formatCompact(results, { cwd })).toBe('a\\rb.md:1:1: error Missing field `Fix` [required-field]\n');
  });

  it('prints nothing when there are no findings', () => {
    expect(formatCompact([result('/project/LESSONS.md', [])], { cwd })).toBe('');
  });
});
