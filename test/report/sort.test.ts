import { describe, expect, it } from 'vitest';
import { keepErrorsOnly } from '../../src/report/filter.js';
import { sortResults } from '../../src/report/sort.js';
import { diagnostic, result } from './make-result.js';

describe('sortResults', () => {
  it('orders files by path and diagnostics by line, column, rule id', () => {
    const sorted = sortResults([
      result('/b.md', [
        diagnostic({ line: 2, column: 5, ruleId: 'b' }),
        diagnostic({ line: 2, column: 5, ruleId: 'a' }),
        diagnostic({ line: 2, column: 1, ruleId: 'z' }),
        diagnostic({ line: 1, column: 9, ruleId: 'z' }),
      ]),
      result('/B.md', []),
      result('/a.md', []),
    ]);
    expect(sorted.map((r) => r.filePath)).toEqual(['/B.md', '/a.md', '/b.md']);
    expect(sorted[2]?.diagnostics.map((d) => `${d.line}:${d.column}:${d.ruleId}`)).toEqual(['1:9:z', '2:1:z', '2:5:a', '2:5:b']);
  });

  it('does not mutate its input', () => {
    const input = [result('/b.md', [diagnostic({ line: 2, column: 1 }), diagnostic({ line: 1, column: 1 })]), result('/a.md', [])];
    sortResults(input);
    expect(input[0]?.filePath).toBe('/b.md');
    expect(input[0]?.diagnostics[0]?.line).toBe(2);
  });
});

describe('keepErrorsOnly', () => {
  it('drops warnings and zeroes the warning count', () => {
    const [kept] = keepErrorsOnly([result('/a.md', [diagnostic({ line: 1, column: 1 }), diagnostic({ line: 2, column: 1, severity: 'warning' })])]);
    expect(kept?.diagnostics.map((d) => d.severity)).toEqual(['error']);
    expect(kept).toMatchObject({ errorCount: 1, warningCount: 0 });
  });
});
