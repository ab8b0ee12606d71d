import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/resolved.js';
import { buildDocument } from '../../src/lint/build-document.js';
import { createRangeChecker, type InvalidRange } from '../../src/lint/check-range.js';
import { lintText } from '../../src/lint/lint-text.js';
import { runRules } from '../../src/lint/run-rules.js';
import type { Range } from '../../src/parse/model.js';
import { defineRule, type Rule } from '../../src/rules/rule.js';
import { createSchemaSet } from '../../src/schema/schema-set.js';

const at = (line: number, column: number, endLine: number, endColumn: number) => ({ line, column, endLine, endColumn });

describe('createRangeChecker', () => {
  // Lines: `ab` (2), `cde` (3), `` (0), `f` (1): CRLF, CR and LF each end one.
  const checker = createRangeChecker('ab\r\ncde\r\rf');

  it('accepts places inside the text, the end of a line (after its last character) included', () => {
    for (const place of [at(1, 1, 1, 1), at(1, 1, 1, 3), at(1, 3, 2, 1), at(2, 1, 2, 4), at(3, 1, 3, 1), at(2, 4, 4, 2), at(4, 2, 4, 2)]) {
      expect(checker.problemOf(place), JSON.stringify(place)).toBeUndefined();
    }
  });

  it('says why a place does not fit the text', () => {
    expect(checker.problemOf(at(1, 3, 1, 4))).toBe('endColumn 4 outside 1..3 on line 1');
    expect(checker.problemOf(at(0, 1, 1, 1))).toBe('line 0 outside 1..4');
    expect(checker.problemOf(at(1, 1, 5, 1))).toBe('endLine 5 outside 1..4');
    expect(checker.problemOf(at(3, 2, 3, 2))).toBe('column 2 outside 1..1 on line 3');
    expect(checker.problemOf(at(2, 3, 2, 2))).toBe('end 2:2 before start 2:3');
    expect(checker.problemOf(at(2, 1, 1, 3))).toBe('end 1:3 before start 2:1');
    expect(checker.problemOf(at(1, Number.NaN, 1, 2))).toBe('column is NaN');
    expect(checker.problemOf(at(1, 1.5, 1, 2))).toBe('column is 1.5');
  });

  it('moves each point to the nearest one of the text and the end to no earlier than the start', () => {
    expect(checker.fit(at(1, 3, 1, 4))).toEqual(at(1, 3, 1, 3));
    expect(checker.fit(at(0, 5, 1, 2))).toEqual(at(1, 1, 1, 2));
    expect(checker.fit(at(4, 1, 9, 9))).toEqual(at(4, 1, 4, 2));
    expect(checker.fit(at(2, 3, 2, 2))).toEqual(at(2, 3, 2, 3));
    expect(checker.fit(at(1, Number.NaN, 1, 0))).toEqual(at(1, 1, 1, 1));
    for (const place of [at(1, 3, 1, 4), at(0, 5, 1, 2), at(9, 9, 0, 0), at(2, 3, 2, 2), at(-1, -1, Number.NaN, Infinity)]) {
      expect(checker.problemOf(checker.fit(place)), JSON.stringify(place)).toBeUndefined();
    }
  });

  it('reads a text without a line break as one line, and an empty text as one empty line', () => {
    expect(createRangeChecker('abc').problemOf(at(1, 1, 1, 4))).toBeUndefined();
    expect(createRangeChecker('').problemOf(at(1, 1, 1, 1))).toBeUndefined();
    expect(createRangeChecker('').problemOf(at(1, 1, 1, 2))).toBe('endColumn 2 outside 1..1 on line 1');
  });
});

describe('runRules checks every reported place', () => {
  const text = '## 2026-02-14: Cron\n\n**Rule**: Use UTC.\n';
  const config = { ...defaultConfig(), isFormatInferred: false };
  const schemas = createSchemaSet(config);
  const document = buildDocument(text, schemas);
  const range = (start: { line: number; column: number }, end: { line: number; column: number }): Range => ({ start: { ...start, offset: 0 }, end: { ...end, offset: 0 } });
  // A rule with a bug: it reports past the end of line 1 and before the start of the text.
  const broken: Rule<unknown> = defineRule({
    meta: { id: 'broken', description: 'Reports outside the text', defaultSeverity: 'error', fixable: false, messages: { bad: 'Bad' }, docs: { rationale: '', invalid: [], valid: [] } },
    check(context) {
      context.report({ messageId: 'bad', at: range({ line: 1, column: 5 }, { line: 1, column: 40 }), related: [{ message: 'here', at: range({ line: 0, column: 0 }, { line: 9, column: 1 }) }] });
      context.report({ messageId: 'bad', at: range({ line: 3, column: 1 }, { line: 3, column: 9 }) });
    },
  });
  const run = (onInvalidRange?: (invalid: InvalidRange) => void) =>
    runRules(document, { rules: [broken], settings: {}, schemas, now: new Date('2026-06-01T00:00:00Z'), fileName: 'FILE', onInvalidRange });

  it('makes a place outside the text fit it, so that formatters and editors get a real one', () => {
    const [first, second] = run();
    expect(first).toMatchObject({ line: 1, column: 5, endLine: 1, endColumn: 20 });
    expect(first?.related?.[0]).toMatchObject({ line: 1, column: 1, endLine: 4, endColumn: 1 });
    expect(second).toMatchObject({ line: 3, column: 1, endLine: 3, endColumn: 9 });
  });

  it('tells of each place that did not fit, which is how a test fails on a rule reporting one', () => {
    const invalid: InvalidRange[] = [];
    run((found) => invalid.push(found));
    expect(invalid).toEqual([
      { ruleId: 'broken', problem: 'endColumn 40 outside 1..20 on line 1', reported: at(1, 5, 1, 40), fitted: at(1, 5, 1, 20) },
      { ruleId: 'broken', problem: 'line 0 outside 1..4', reported: at(0, 0, 9, 1), fitted: at(1, 1, 4, 1) },
    ]);
    expect(() =>
      run((found) => {
        throw new Error(`${found.ruleId} reported ${found.problem}`);
      }),
    ).toThrow('broken reported endColumn 40 outside 1..20 on line 1');
  });

  it('finds nothing to correct in what the rules report on CRLF front matter (a YAML error over a line break)', () => {
    const invalid: InvalidRange[] = [];
    for (const eol of ['\n', '\r\n', '\r']) {
      const result = lintText(['---', 'foo: [', '---', '', text].join(eol), { onInvalidRange: (found) => invalid.push(found) });
      expect(result.diagnostics.find((diagnostic) => diagnostic.ruleId === 'frontmatter'), JSON.stringify(eol)).toMatchObject({ line: 2, column: 7, endLine: 3, endColumn: 1 });
    }
    expect(invalid).toEqual([]);
  });
});
