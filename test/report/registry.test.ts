import { describe, expect, it } from 'vitest';
import { formatterNames, getFormatter, isFormatterName } from '../../src/report/index.js';
import { formatJson } from '../../src/report/json.js';
import { formatStylish } from '../../src/report/stylish.js';

describe('formatter registry', () => {
  it('lists stylish (the default) first, then json', () => {
    expect(formatterNames).toEqual(['stylish', 'json']);
  });

  it('loads each formatter by name', async () => {
    expect(await getFormatter('stylish')).toBe(formatStylish);
    expect(await getFormatter('json')).toBe(formatJson);
  });

  it('knows no other name', async () => {
    expect(await getFormatter('xml')).toBeUndefined();
    expect(await getFormatter('toString')).toBeUndefined();
    expect(isFormatterName('constructor')).toBe(false);
  });
});
