import { describe, expect, it } from 'vitest';
import { printConfig } from '../../src/config/print-config.js';
import { resolveConfigForFile } from '../../src/config/resolve-for-file.js';
import { defaultConfig } from '../../src/config/resolved.js';
import { validateConfig } from '../../src/config/validate-config.js';
import { ruleIds } from '../../src/rules/index.js';

describe('printConfig', () => {
  it('prints every rule with its effective setting, defaults included, as config-file JSON', () => {
    const loaded = validateConfig(
      { schemas: { journal: {} }, schema: 'journal', rules: { 'future-date': 0 }, overrides: [{ files: ['docs/**'], rules: { 'date-order': 'error' } }] },
      { baseDirectory: '/project' },
    );
    const printed = JSON.parse(printConfig(resolveConfigForFile(loaded, 'docs/lessons.md'))) as {
      schema: string[];
      entryLayout: string;
      rules: Record<string, unknown>;
      schemas: Record<string, unknown>;
    };
    expect(printed.schema).toEqual(['journal']);
    expect(printed.entryLayout).toBe('auto');
    expect(Object.keys(printed.rules)).toEqual([...ruleIds].sort());
    expect(printed.rules['future-date']).toBe('off');
    expect(printed.rules['date-order']).toEqual(['error', { order: 'oldest-first' }]);
    expect(printed.rules['duplicate-entry']).toBe('error');
    expect(printed.schemas.journal).toEqual({ name: 'journal', fields: [] });
  });

  it('is pretty JSON with a final newline, the same every time', () => {
    const text = printConfig(defaultConfig());
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "rules": {\n');
    expect(printConfig(defaultConfig())).toBe(text);
  });
});
