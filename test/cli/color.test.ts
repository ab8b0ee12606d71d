import { describe, expect, it } from 'vitest';
import { resolveColorLevel } from '../../src/cli/color.js';

describe('resolveColorLevel', () => {
  it('colours a terminal and not a pipe by default', () => {
    expect(resolveColorLevel({ flag: undefined, env: {}, isTTY: true })).toBe(1);
    expect(resolveColorLevel({ flag: undefined, env: {}, isTTY: false })).toBe(0);
  });

  it('honours NO_COLOR when set to anything non-empty', () => {
    expect(resolveColorLevel({ flag: undefined, env: { NO_COLOR: '1' }, isTTY: true })).toBe(0);
    expect(resolveColorLevel({ flag: undefined, env: { NO_COLOR: '' }, isTTY: true })).toBe(1);
  });

  it('honours FORCE_COLOR levels', () => {
    expect(resolveColorLevel({ flag: undefined, env: { FORCE_COLOR: '1' }, isTTY: false })).toBe(1);
    expect(resolveColorLevel({ flag: undefined, env: { FORCE_COLOR: '3' }, isTTY: false })).toBe(3);
    expect(resolveColorLevel({ flag: undefined, env: { FORCE_COLOR: '0' }, isTTY: true })).toBe(0);
    expect(resolveColorLevel({ flag: undefined, env: { FORCE_COLOR: 'false' }, isTTY: true })).toBe(0);
  });

  it('lets NO_COLOR win over FORCE_COLOR', () => {
    expect(resolveColorLevel({ flag: undefined, env: { NO_COLOR: '1', FORCE_COLOR: '1' }, isTTY: true })).toBe(0);
  });

  it('lets the flag win over the environment', () => {
    expect(resolveColorLevel({ flag: false, env: { FORCE_COLOR: '3' }, isTTY: true })).toBe(0);
    expect(resolveColorLevel({ flag: true, env: { NO_COLOR: '1' }, isTTY: false })).toBe(1);
    expect(resolveColorLevel({ flag: true, env: { FORCE_COLOR: '2' }, isTTY: false })).toBe(2);
  });
});
