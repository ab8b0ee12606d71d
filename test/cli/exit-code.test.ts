import { describe, expect, it } from 'vitest';
import { decideExitCode } from '../../src/cli/exit-code.js';

const tally = { errorCount: 0, warningCount: 0, problemCount: 0, maxWarnings: undefined };

describe('decideExitCode', () => {
  it('is 0 for a clean run and for warnings without a maximum', () => {
    expect(decideExitCode(tally)).toBe(0);
    expect(decideExitCode({ ...tally, warningCount: 99 })).toBe(0);
  });

  it('is 1 for lint errors', () => {
    expect(decideExitCode({ ...tally, errorCount: 1 })).toBe(1);
  });

  it('is 1 only when warnings exceed the maximum', () => {
    expect(decideExitCode({ ...tally, warningCount: 2, maxWarnings: 2 })).toBe(0);
    expect(decideExitCode({ ...tally, warningCount: 3, maxWarnings: 2 })).toBe(1);
    expect(decideExitCode({ ...tally, warningCount: 1, maxWarnings: 0 })).toBe(1);
  });

  it('is 2 when an input could not be linted, whatever the findings', () => {
    expect(decideExitCode({ ...tally, problemCount: 1, errorCount: 5 })).toBe(2);
  });
});
