import { describe, expect, it } from 'vitest';
import { formatStylish } from '../../src/report/stylish.js';
import { diagnostic, result } from './make-result.js';

const cwd = '/project';

describe('formatStylish', () => {
  it('prints nothing when there are no problems', () => {
    expect(formatStylish([result('/project/LESSONS.md', [])], { cwd })).toBe('');
    expect(formatStylish([], { cwd })).toBe('');
  });

  it('groups by relative path, aligns rows, sorts them, and closes with the count', () => {
    const output = formatStylish(
      [
        result('/project/tasks/lessons.md', [
          diagnostic({ line: 12, column: 1, ruleId: 'required-field', message: 'Missing field `Fix`' }),
          diagnostic({ line: 3, column: 15, ruleId: 'future-date', severity: 'warning', message: 'Unexpected future date' }),
        ]),
        result('/project/LESSONS.md', [diagnostic({ line: 1, column: 1, ruleId: 'entry-date', message: 'Missing date' })]),
        result('/project/clean.md', []),
      ],
      { cwd },
    );
    expect(output).toBe(
      [
        '',
        'LESSONS.md',
        '  1:1  error  Missing date  entry-date',
        '',
        'tasks/lessons.md',
        '   3:15  warning  Unexpected future date  future-date',
        '  12:1   error    Missing field `Fix`     required-field',
        '',
        '\u2716 3 problems (2 errors, 1 warning)',
        '',
      ].join('\n'),
    );
  });

  it('orders diagnostics on one position by rule id', () => {
    const output = formatStylish(
      [result('/project/a.md', [diagnostic({ line: 2, column: 1, ruleId: 'z-rule' }), diagnostic({ line: 2, column: 1, ruleId: 'a-rule' })])],
      { cwd },
    );
    expect(output.indexOf('a-rule')).toBeLessThan(output.indexOf('z-rule'));
  });

  it('uses singular words for one problem', () => {
    const output = formatStylish([result('/project/a.md', [diagnostic({ line: 1, column: 1, severity: 'warning' })])], { cwd });
    expect(output).toContain('\u2716 1 problem (0 errors, 1 warning)');
  });

  it('keeps a stray newline in a message from breaking the table', () => {
    const output = formatStylish([result('/project/a.md', [diagnostic({ line: 1, column: 1, message: 'two\nlines' })])], { cwd });
    expect(output).toContain('  1:1  error  two lines  required-field\n');
  });

  it('shows paths outside cwd relative too, or absolute when they meet only at the root', () => {
    const output = formatStylish([result('/project/elsewhere/LESSONS.md', [diagnostic({ line: 1, column: 1 })])], { cwd: '/project/app' });
    expect(output).toContain('\n../elsewhere/LESSONS.md\n');
    expect(formatStylish([result('/elsewhere/LESSONS.md', [diagnostic({ line: 1, column: 1 })])], { cwd })).toContain('\n/elsewhere/LESSONS.md\n');
  });

  it('escapes control characters in a file name, so the header stays one line', () => {
    const output = formatStylish([result('/project/a\nb.md', [diagnostic({ line: 1, column: 1 })])], { cwd });
    expect(output).toContain('\na\\nb.md\n');
  });

  it('has no escape codes at colour level 0 and colours severities at level 1', () => {
    const results = [
      result('/project/a.md', [diagnostic({ line: 1, column: 1 }), diagnostic({ line: 2, column: 1, severity: 'warning' })]),
    ];
    // eslint-disable-next-line no-control-regex
    const escape = /\u001b\[/;
    expect(formatStylish(results, { cwd, colorLevel: 0 })).not.toMatch(escape);
    const colored = formatStylish(results, { cwd, colorLevel: 1 });
    expect(colored).toContain('\u001b[4ma.md\u001b[24m');
    expect(colored).toContain('\u001b[31merror  \u001b[39m');
    expect(colored).toContain('\u001b[33mwarning\u001b[39m');
  });

  it('colours the summary yellow when there are only warnings', () => {
    const colored = formatStylish([result('/project/a.md', [diagnostic({ line: 1, column: 1, severity: 'warning' })])], { cwd, colorLevel: 1 });
    expect(colored).toMatch(/\u001b\[33m\u001b\[1m\u2716 1 problem/);
  });
});
