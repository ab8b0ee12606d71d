import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/resolved.js';
import { resolveConfigForFile } from '../../src/config/resolve-for-file.js';
import { emptyLoadedConfig } from '../../src/config/loaded-config.js';
import { lintText } from '../../src/lint/lint-text.js';
import { correction, entry, file, md, presetsConfig } from '../rules/helpers.js';

const now = new Date('2026-11-22T00:00:00Z');
const rows = (text: string, config = defaultConfig()) =>
  lintText(text, { config, now }).diagnostics.map((d) => `${d.line} ${d.severity} ${d.ruleId}/${d.messageId}`);

// Mistake / Correction / Rule in every entry, Status nowhere.
const withoutStatus = file(
  ...[1, 2, 3, 4, 5].map((day) => entry(`2026-05-0${day} - Lesson ${day}`, { 'Mistake:': 'Did it wrong.', 'Correction:': 'Did it right.', 'Rule:': 'Do it right.' })),
);

describe('a file with no declared schema is judged by its own format', () => {
  it('does not ask for a preset field the file never writes', () => {
    expect(rows(withoutStatus)).toEqual([]);
    // Declared, the preset holds: Status is missing everywhere.
    expect(rows(withoutStatus, presetsConfig())).toEqual(['3 error required-field/missingEverywhere']);
  });

  it('asks for a field that all but one entry in eight carry, as an error at that entry', () => {
    const entries = [1, 2, 3, 4, 5, 6, 7, 8].map((day) =>
      entry(`2026-05-0${day}: Lesson ${day}`, day === 6 ? { Pattern: 'p', Rule: 'r' } : { 'What went wrong': 'w', Pattern: 'p', Rule: 'r' }),
    );
    const text = file(...entries);
    const line = text.split('\n').findIndex((row) => row.startsWith('## 2026-05-06')) + 1;
    expect(rows(text)).toEqual([`${line} error required-field/missingInFile`]);
  });

  it('does not ask an undated or partly dated file for dates, but checks the dates it writes', () => {
    const text = file(entry('Cache keys', { Rule: 'a' }), entry('Retries (2026-02-30)', { Rule: 'b' }), entry('Logs', { Rule: 'c' }));
    expect(rows(text)).toEqual(['7 error entry-date/impossible']);
  });

  it('reports what rests on a guess once per file, as a warning', () => {
    const text = file(correction('2026-05-01 - A'), correction('2026-05-02 - B'), correction('2026-05-03 - C').replace('Active', 'Actve'), correction('2026-05-04 - D').replace('Active', 'Retird'));
    expect(rows(text).filter((row) => row.includes('status-value'))).toHaveLength(1);
    expect(rows(text).filter((row) => row.includes('status-value'))[0]).toMatch(/ warning /u);
  });

  it('keeps a severity the config sets, even without a schema', () => {
    const loaded = { ...emptyLoadedConfig('/tmp'), rules: { 'status-value': { severity: 'error' as const } } };
    const config = resolveConfigForFile(loaded, '/tmp/lessons.md');
    expect(config.isFormatInferred).toBe(true);
    const text = file(correction('2026-05-01 - A'), correction('2026-05-02 - B'), correction('2026-05-03 - C').replace('Active', 'Actve'), correction('2026-05-04 - D').replace('Active', 'Retird'));
    expect(rows(text, config).filter((row) => row.includes('status-value'))).toEqual(['31 error status-value/suggest', '41 error status-value/suggest']);
  });

  it('is declared by a config schema, an override or front matter', () => {
    const loaded = emptyLoadedConfig('/tmp');
    expect(resolveConfigForFile({ ...loaded, schema: ['correction'] }, '/tmp/lessons.md').isFormatInferred).toBe(false);
    expect(resolveConfigForFile({ ...loaded, overrides: [{ files: ['**'], rules: {}, schema: ['incident'] }] }, '/tmp/lessons.md').isFormatInferred).toBe(false);
    expect(resolveConfigForFile(loaded, '/tmp/lessons.md', { lessons: { schema: 'incident' } }).isFormatInferred).toBe(false);
    const chosen = lintText(md('---', 'lessons:', '  schema: correction', '---', '', withoutStatus), { now });
    expect(chosen.errorCount).toBeGreaterThan(0);
  });
});
