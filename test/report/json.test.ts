import { describe, expect, it } from 'vitest';
import { formatJson } from '../../src/report/json.js';
import { diagnostic, result } from './make-result.js';

describe('formatJson', () => {
  it('prints ESLint-compatible results with absolute paths, sorted', () => {
    const output = formatJson(
      [
        result('tasks/lessons.md', [
          diagnostic({ line: 9, column: 3, ruleId: 'future-date', messageId: 'future', severity: 'warning', message: 'Unexpected future date', endLine: 9, endColumn: 13 }),
          diagnostic({ line: 2, column: 1, ruleId: 'required-field', message: 'Missing field `Fix`', endLine: 2, endColumn: 30 }),
        ]),
        result('/abs/LESSONS.md', []),
      ],
      { cwd: '/project' },
    );
    expect(output).not.toContain('\n');
    expect(JSON.parse(output)).toEqual([
      {
        filePath: '/abs/LESSONS.md',
        messages: [],
        suppressedMessages: [],
        errorCount: 0,
        fatalErrorCount: 0,
        warningCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
        usedDeprecatedRules: [],
      },
      {
        filePath: '/project/tasks/lessons.md',
        messages: [
          { ruleId: 'required-field', messageId: 'missing', severity: 2, message: 'Missing field `Fix`', line: 2, column: 1, endLine: 2, endColumn: 30 },
          { ruleId: 'future-date', messageId: 'future', severity: 1, message: 'Unexpected future date', line: 9, column: 3, endLine: 9, endColumn: 13 },
        ],
        suppressedMessages: [],
        errorCount: 1,
        fatalErrorCount: 0,
        warningCount: 1,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
        usedDeprecatedRules: [],
      },
    ]);
  });

  it('prints an empty array for no results', () => {
    expect(formatJson([], { cwd: '/' })).toBe('[]');
  });

  it('counts from the messages, not from stale result counts', () => {
    const stale = { ...result('/a.md', [diagnostic({ line: 1, column: 1 })]), errorCount: 7, warningCount: 3 };
    expect(JSON.parse(formatJson([stale], { cwd: '/' }))).toMatchObject([{ errorCount: 1, warningCount: 0 }]);
  });
});
