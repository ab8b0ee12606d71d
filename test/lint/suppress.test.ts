import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/lint/lint-text.js';
import { presetsConfig } from '../rules/helpers.js';

const now = new Date('2026-06-01T00:00:00Z');
// Two entries, each missing `Impact` (required-field) and with an empty `Rule` (empty-field).
const entry = (day: string) => `## 2026-01-${day}: Entry ${day}\n\n**Bug**: a\n\n**Fix**: b\n\n**Rule**:\n`;
const rulesAt = (text: string) => lintText(text, { now, config: presetsConfig() }).diagnostics.map((diagnostic) => `${diagnostic.line}:${diagnostic.ruleId}`);

describe('inline suppressions', () => {
  it('reports both entries without directives', () => {
    expect(rulesAt(`${entry('01')}\n${entry('02')}`)).toEqual(['1:required-field', '7:empty-field', '9:required-field', '15:empty-field']);
  });

  it('disable-next-line silences the named rule on the next line only', () => {
    const text = `<!-- lessons-disable-next-line required-field -->\n${entry('01')}\n${entry('02')}`;
    expect(rulesAt(text)).toEqual(['8:empty-field', '10:required-field', '16:empty-field']);
  });

  it('disable-line silences the line the comment is on', () => {
    const text = `## 2026-01-01: A <!-- lessons-disable-line required-field -->\n\n**Bug**: a\n\n**Fix**: b\n\n**Rule**: c\n`;
    expect(rulesAt(text)).toEqual([]);
  });

  it('disable … enable silences a range, for the named rules', () => {
    const text = `<!-- lessons-disable required-field, empty-field -->\n${entry('01')}\n<!-- lessons-enable -->\n${entry('02')}`;
    expect(rulesAt(text)).toEqual(['11:required-field', '17:empty-field']);
  });

  it('disable without ids silences every rule; enable of one rule brings just that one back', () => {
    const text = `<!-- lessons-disable -->\n${entry('01')}\n<!-- lessons-enable empty-field -->\n${entry('02')}`;
    expect(rulesAt(text)).toEqual(['17:empty-field']);
  });

  it('disable-file silences the named rules everywhere, even above the comment', () => {
    const text = `${entry('01')}\n<!-- lessons-disable-file empty-field -- legacy entries -->\n${entry('02')}`;
    expect(rulesAt(text)).toEqual(['1:required-field', '10:required-field']);
  });
});

describe('directive rule', () => {
  it('reports an unknown rule id in a directive, at the id, with a did-you-mean', () => {
    const text = `<!-- lessons-disable-next-line requried-field, bogus -->\n${entry('01')}`;
    const diagnostics = lintText(text, { now, config: presetsConfig() }).diagnostics.filter((diagnostic) => diagnostic.ruleId === 'directive');
    expect(diagnostics.map((diagnostic) => [diagnostic.messageId, diagnostic.line, diagnostic.column, diagnostic.severity])).toEqual([
      ['unknown', 1, 32, 'warning'],
      ['unknownNoSuggestion', 1, 48, 'warning'],
    ]);
    expect(diagnostics[0]?.message).toContain('did you mean `required-field`?');
  });
});

describe('suppressions and once-per-file reports', () => {
  it('a comment on the first entry does not hide a field missing from the other entries', () => {
    const noRule = (day: string) => `## 2026-01-${day}: Entry ${day}\n\n**Bug**: a\n\n**Impact**: b\n\n**Fix**: c\n`;
    const text = `<!-- lessons-disable-next-line required-field -->\n${noRule('01')}\n${noRule('02')}\n${noRule('03')}\n${noRule('04')}`;
    const reported = lintText(text, { now, config: presetsConfig() }).diagnostics.filter((diagnostic) => diagnostic.ruleId === 'required-field');
    expect(reported.map((diagnostic) => diagnostic.line)).toEqual([10]);
    expect(reported[0]?.related?.map((related) => related.line)).toEqual([18, 26]);
  });
});
