import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub } from '../../src/report/github.js';
import { formatStylish } from '../../src/report/stylish.js';
import { diagnostic, result } from './make-result.js';

const cwd = '/project';

describe('github formatter', () => {
  it('prints one workflow command per finding, then the stylish report without colour', () => {
    const results = [
      result('/project/tasks/lessons.md', [
        diagnostic({ line: 3, column: 1, endLine: 3, endColumn: 20, ruleId: 'required-field', message: 'Missing field `Fix`' }),
        diagnostic({ line: 9, column: 4, severity: 'warning', ruleId: 'future-date', message: 'Unexpected future date' }),
      ]),
      result('/project/LESSONS.md', [diagnostic({ line: 2, column: 17, endLine: 4, endColumn: 1, ruleId: 'frontmatter', message: 'Unexpected YAML' })]),
    ];
    const output = formatGithub(results, { cwd, colorLevel: 3 });
    const commands = output.split('\n').slice(0, 3);
    expect(commands).toEqual([
      '::error file=LESSONS.md,line=2,endLine=4,title=frontmatter::Unexpected YAML',
      '::error file=tasks/lessons.md,line=3,endLine=3,col=1,endColumn=20,title=required-field::Missing field `Fix`',
      '::warning file=tasks/lessons.md,line=9,endLine=9,col=4,endColumn=5,title=future-date::Unexpected future date',
    ]);
    expect(output).toBe(`${commands.join('\n')}\n${formatStylish(results, { cwd, colorLevel: 0 })}`);
    expect(output).not.toContain('\u001b[');
  });

  it('escapes %, CR and LF in messages, and also : and , in properties', () => {
    const results = [
      result('/project/docs/lessons: 50%, v2.md', [
        diagnostic({ line: 1, column: 1, ruleId: 'entry-title', message: 'Expected `## 2026-02-14: Title`, got 100% of it, twice\r\nsee: above' }),
      ]),
    ];
    const [command] = formatGithub(results, { cwd }).split('\n');
    expect(command).toBe(
      '::error file=docs/lessons%3A 50%25%2C v2.md,line=1,endLine=1,col=1,endColumn=2,title=entry-title' +
        '::Expected `## 2026-02-14: Title`, got 100%25 of it, twice%0D%0Asee: above',
    );
  });

  it('escapes % first, so an existing escape sequence survives the round trip', () => {
    expect(escapeData('50%0A')).toBe('50%250A');
    expect(escapeProperty('a:b,c%d\n')).toBe('a%3Ab%2Cc%25d%0A');
  });

  it('prints nothing when there are no findings', () => {
    expect(formatGithub([result('/project/LESSONS.md', [])], { cwd })).toBe('');
  });
});
