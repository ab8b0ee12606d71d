import { describe, expect, it } from 'vitest';
import { formatterNames, getFormatter, isFormatterName, silentWhenClean } from '../../src/report/index.js';
import { formatCompact } from '../../src/report/compact.js';
import { formatGithub } from '../../src/report/github.js';
import { formatJson } from '../../src/report/json.js';
import { formatSarif } from '../../src/report/sarif.js';
import { formatStylish } from '../../src/report/stylish.js';
import { result } from './make-result.js';

describe('formatter registry', () => {
  it('lists stylish (the default) first, then json, compact, github and sarif', () => {
    expect(formatterNames).toEqual(['stylish', 'json', 'compact', 'github', 'sarif']);
  });

  it('loads each formatter by name', async () => {
    expect(await getFormatter('stylish')).toBe(formatStylish);
    expect(await getFormatter('json')).toBe(formatJson);
    expect(await getFormatter('compact')).toBe(formatCompact);
    expect(await getFormatter('github')).toBe(formatGithub);
    expect(await getFormatter('sarif')).toBe(formatSarif);
  });

  it('knows no other name', async () => {
    expect(await getFormatter('xml')).toBeUndefined();
    expect(await getFormatter('toString')).toBeUndefined();
    expect(isFormatterName('constructor')).toBe(false);
  });

  // The CLI prints nothing for a clean run in these formats without loading them: they must agree.
  it.each(formatterNames)('%s is listed as silent when clean exactly when it prints nothing for clean files', async (name) => {
    const formatter = await getFormatter(name);
    const output = formatter!([result('/repo/LESSONS.md', []), result('/repo/docs/lessons.md', [])], { cwd: '/repo', colorLevel: 1 });
    expect(silentWhenClean.has(name)).toBe(output === '');
  });
});
