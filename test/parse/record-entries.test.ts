import { describe, expect, it } from 'vitest';
import { inferSchema } from '../../src/init/infer-schema.js';
import { lintText } from '../../src/lint/lint-text.js';
import { modelOf } from './helpers.js';

const now = new Date('2026-11-22T00:00:00Z');
const lint = (text: string) => lintText(text, { filePath: 'lessons.md', now }).diagnostics.map((d) => `${d.line} ${d.ruleId} ${d.message}`);

const stamped = [
  '# Lessons',
  '',
  '[ERR-001] [2026-04-02]',
  'Where: checkout',
  'Root cause: retries were not idempotent',
  '',
  '[ERR-002] [2026-04-05]',
  'Where: indexer',
  'Root cause: the batch size was zero',
  '',
].join('\n');

describe('records without headings', () => {
  it('reads date-stamped paragraphs as entries, titled by their tags, their fields on the lines below', () => {
    const inferred = inferSchema(stamped);
    expect(inferred).toMatchObject({ layout: 'records', entryCount: 2, dates: 'heading' });
    expect(inferred.fields.map((field) => field.name)).toEqual(['Where', 'Root cause']);
  });

  it('reports the fields under the stamp line as one run-on line, naming the stamp line', () => {
    expect(lint(stamped)).toEqual([
      '4 merged-fields Unexpected fields `Where`, `Root cause` in the same paragraph as `[ERR-001] [2026-04-02]`, expected a blank line before each: they render as one run-on line',
      '8 merged-fields Unexpected fields `Where`, `Root cause` in the same paragraph as `[ERR-002] [2026-04-05]`, expected a blank line before each: they render as one run-on line',
    ]);
  });

  it('keeps a record whole when its fields follow the remedy (a blank line before each label)', () => {
    const fixed = stamped.replace(/\n(Where|Root cause):/gu, '\n\n$1:');
    expect(inferSchema(fixed).entryCount).toBe(2);
    expect(lint(fixed)).toEqual([]);
  });

  it('reads a label right after the stamp (`[2026-06-24] Context: …`), and asks no title of it', () => {
    const text = ['[2026-06-24] Context: billing', '', 'Rule: back up first', '', '[2026-06-27] Context: release', '', 'Rule: notes from tags', ''].join('\n');
    expect(inferSchema(text)).toMatchObject({ layout: 'records', entryCount: 2 });
    expect(inferSchema(text).fields.map((field) => field.name)).toEqual(['Context', 'Rule']);
    expect(lint(text)).toEqual([]);
  });

  it('reads blocks of fields between `---` rules, dated by their `Date` field', () => {
    const block = (date: string) => [`**Date:** ${date}`, '', '**Context:** a deploy', '', '**Rule:** drain first', '', '---', ''];
    const text = ['# Lessons', '', '---', '', ...block('2026-03-20'), ...block('2026-03-22'), ...block('2026-03-02')].join('\n');
    const inferred = inferSchema(text);
    expect(inferred).toMatchObject({ layout: 'records', entryCount: 3, date: { field: 'Date' } });
    expect(lint(text)).toEqual([]);
  });

  it('needs two records: one stamped paragraph is a note, and a file of headings keeps its headings', () => {
    const one = '# Notes\n\n[2026-04-02] Context: one\nRule: two\n';
    expect(modelOf(one).entries).toEqual([]);
    const headings = '## 2026-04-02: Title\n\n**Rule**: a\n\n---\n\n**Rule**: b\n**Why**: c\n\n---\n\n**Rule**: d\n**Why**: e\n';
    expect(modelOf(headings).entries.map((entry) => entry.layout)).toEqual(['heading']);
  });
});
