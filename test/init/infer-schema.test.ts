import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inferSchema } from '../../src/init/infer-schema.js';
import { repoPath } from '../parse/helpers.js';

const infer = (fixture: string) => inferSchema(readFileSync(repoPath(fixture), 'utf8'));

describe('inferSchema', () => {
  it('takes labels on nearly every entry as required, others as optional, variants as aliases, value sets as values', () => {
    const inferred = infer('fixtures/init/custom-labels.md');
    expect(inferred.entryCount).toBe(5);
    expect(inferred.basis).toBe('entries');
    expect(inferred.fields).toEqual([
      { name: 'What went wrong', aliases: [], required: true },
      { name: 'Why', aliases: [], required: false },
      { name: 'Rule', aliases: ['Rules'], required: true },
      { name: 'Status', aliases: [], required: true, values: ['active', 'retired'] },
    ]);
  });

  it('prefers the Format template when it agrees with the entries', () => {
    const inferred = infer('fixtures/init/template.md');
    expect(inferred.basis).toBe('template');
    expect(inferred.fields.map((field) => [field.name, field.required])).toEqual([
      ['Context', true],
      ['Lesson', true],
      ['Action', false],
    ]);
  });

  it('finds a date kept in a field', () => {
    const inferred = infer('fixtures/init/date-field.md');
    expect(inferred.date).toEqual({ field: 'Date', aliases: [] });
    expect(inferred.fields.map((field) => field.name)).toEqual(['Mistake', 'Rule']);
  });

  it('reads list-item entries and their nested labels', () => {
    const inferred = infer('fixtures/variants/list-items.md');
    expect(inferred.layout).toBe('list-items');
    expect(inferred.entryCount).toBe(4);
  });

  it('infers nothing from a file without entries or template', () => {
    // One bullet under the title is a note; two or more would be the file's lessons (topic items).
    const inferred = inferSchema('# Notes\n\n- **Bold title**: text\n\nSome prose.\n');
    expect([inferred.entryCount, inferred.fields]).toEqual([0, []]);
  });
});

describe('inferSchema: date style', () => {
  it('notices entries kept in date order', () => {
    expect(infer('fixtures/init/custom-labels.md')).toMatchObject({ dates: 'heading', dateOrder: 'oldest-first' });
  });

  it('notices a file that dates no entry', () => {
    const text = '# L\n\n## Cache keys\n\n**Rule**: a\n\n## Retries\n\n**Rule**: b\n';
    expect(inferSchema(text)).toMatchObject({ dates: 'none', entryCount: 2 });
  });
});

describe('inferredConfig', () => {
  it('turns entry-date off for undated files and date-order on for ordered ones', async () => {
    const { inferredConfig } = await import('../../src/init/build-config.js');
    expect(inferredConfig(inferSchema('# L\n\n## Cache keys\n\n**Rule**: a\n\n## Retries\n\n**Rule**: b\n'), 'lessons')).toMatchObject({ rules: { 'entry-date': 'off' } });
    expect(inferredConfig(infer('fixtures/init/custom-labels.md'), 'lessons')).toMatchObject({ rules: { 'date-order': ['warn', { order: 'oldest-first' }] } });
  });
});

describe('inferredConfig: a format without titles', () => {
  it('turns entry-title off when most entries are date-only headings over prose, and lint agrees with no config', async () => {
    const { inferredConfig } = await import('../../src/init/build-config.js');
    const { lintText } = await import('../../src/lint/lint-text.js');
    const text = '# L\n\n## 2026-09-14\n\nNo emoji in code.\n\n## 2026-09-16\n\nPut controls inline.\n\n## 2026-09-17: Envelopes\n\nsessionId at the top.\n';
    expect(inferSchema(text).isTitled).toBe(false);
    expect(inferredConfig(inferSchema(text), 'lessons')).toMatchObject({ rules: { 'entry-title': 'off' } });
    expect(lintText(text, { now: new Date('2026-11-22T00:00:00Z') }).diagnostics.map((d) => d.ruleId)).not.toContain('entry-title');
    expect(inferSchema(text.replace('## 2026-09-16\n', '## 2026-09-16: Inline\n')).isTitled).toBe(true);
  });
});
