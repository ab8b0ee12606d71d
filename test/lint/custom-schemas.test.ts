import { describe, expect, it } from 'vitest';
import { defaultConfig, type ResolvedConfig } from '../../src/config/resolved.js';
import { lintText } from '../../src/lint/lint-text.js';
import type { EntrySchema } from '../../src/schema/spec.js';

const now = new Date('2026-11-22T00:00:00Z');

function configWith(schema: EntrySchema, extra: Partial<ResolvedConfig> = {}): ResolvedConfig {
  const base = defaultConfig();
  return { ...base, schemas: { ...base.schemas, [schema.name]: schema }, schema: [schema.name], isFormatInferred: false, ...extra };
}

const rows = (text: string, config: ResolvedConfig) =>
  lintText(text, { config, now }).diagnostics.map((diagnostic) => `${diagnostic.line}:${diagnostic.column} ${diagnostic.ruleId}/${diagnostic.messageId}`);

describe('custom schemas', () => {
  const postmortem: EntrySchema = {
    name: 'postmortem',
    fields: [
      { name: 'What happened', aliases: ['Problem'], required: true },
      { name: 'Root cause', aliases: [], required: false },
      { name: '규칙', aliases: ['Regel'], required: true },
      { name: 'Status', aliases: [], required: false, values: ['active', 'retired'] },
    ],
  };

  it('matches names and aliases case-insensitively, in any script', () => {
    const text = '## 2026-01-01: A\n\n**problem**: x\n\n**ROOT CAUSE**: y\n\n**규칙**: z\n\n**Status**: Retired\n\n## 2026-01-02: B\n\n**What happened**: x\n\n**regel**: z\n';
    expect(rows(text, configWith(postmortem))).toEqual([]);
  });

  it('reports missing required fields and values outside the declared set', () => {
    const text = '## 2026-01-01: A\n\n**What happened**: x\n\n**Root cause**: y\n\n**Status**: paused\n';
    expect(rows(text, configWith(postmortem))).toEqual(['1:1 required-field/missing', '7:13 status-value/unexpected']);
  });

  it('takes the entry date from a date field when the schema says so, and applies the date rules to it', () => {
    const dated: EntrySchema = { name: 'dated', fields: [{ name: 'Rule', aliases: [], required: true }, { name: 'Why', aliases: [], required: false }], date: { field: 'Date', aliases: ['날짜'] } };
    const text = '## Cache keys\n\n- **Rule**: hash the full key\n- **Date**: 2026-02-30\n\n## Retries\n\n- **Rule**: add jitter\n- **날짜**: 2027-05-01\n\n## Logs\n\n- **Rule**: log the request id\n- **Why**: tracing\n';
    expect(rows(text, configWith(dated))).toEqual(['4:13 entry-date/impossible', '9:11 future-date/future', '11:1 entry-date/missing']);
  });

  it('places a date field read from a later line of its value on that line (fuzzer find: it was put past the end of the first)', () => {
    const dated: EntrySchema = { name: 'dated', fields: [{ name: 'Rule', aliases: [], required: true }], date: { field: 'Date', aliases: [] } };
    const text = '### Bug\n\n**Date**: \n\n```\n## 2026-02-14: Template\n```\n';
    const [date] = lintText(text, { config: configWith(dated), now }).diagnostics.filter((diagnostic) => diagnostic.ruleId === 'entry-date');
    expect(date).toMatchObject({ messageId: 'notIso', line: 6, column: 1, endLine: 6, endColumn: 3 });
    expect(lintText('## A\n\n**Rule**: x\n\n**Date**: 2026-**02**-30\n', { config: configWith(dated), now }).diagnostics).toContainEqual(
      expect.objectContaining({ ruleId: 'entry-date', line: 5, column: 11, endLine: 5, endColumn: 25 }),
    );
  });

  it('lets a schema with no fields make an entry a date and text', () => {
    const bare: EntrySchema = { name: 'log', fields: [] };
    const text = '# Lessons\n\n- 2026-03-01: Read the error first.\n- 2026-03-02: Pin the runtime.\n- 2026-03-02: Pin the runtime.\n';
    expect(rows(text, configWith(bare))).toEqual(['5:3 duplicate-entry/duplicate']);
  });

  it('reads list-item entries only when the layout says so', () => {
    const bare: EntrySchema = { name: 'log', fields: [] };
    const text = '# Lessons\n\n## 2026-03-01: A heading entry\n\nText.\n\n- 2026-03-02: a list-item entry\n';
    expect(lintText(text, { config: configWith(bare, { entryLayout: 'headings' }), now }).stats.entries).toBe(1);
    expect(lintText(text, { config: configWith(bare, { entryLayout: 'list-items' }), now }).stats.entries).toBe(1);
    const listOnly = lintText(text, { config: configWith(bare, { entryLayout: 'list-items' }), now });
    expect(listOnly.diagnostics).toEqual([]);
  });
});

describe('lintText and front matter', () => {
  it('lets the text choose its schema in front matter, CRLF included', () => {
    const body = '## 2026-01-01 - A\r\n\r\n**Mistake**: a\r\n\r\n**Fix**: b\r\n\r\n**Rule**: c\r\n';
    const chosen = lintText(`---\r\nlessons:\r\n  schema: correction\r\n---\r\n\r\n${body}`, { now }).diagnostics;
    expect(chosen.map((diagnostic) => diagnostic.ruleId)).toEqual(['required-field']);
    expect(chosen[0]?.message).toContain('schema `correction`');
    // Without the choice, the entry is judged by its own format (Mistake, Fix, Rule): nothing is missing.
    expect(lintText(body, { now }).diagnostics).toEqual([]);
  });
});
