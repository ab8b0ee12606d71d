import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/config-error.js';
import { validateConfig } from '../../src/config/validate-config.js';
import { presets } from '../../src/schema/presets.js';

const options = { baseDirectory: '/project' };

function problemOf(input: unknown): string {
  try {
    validateConfig(input, options);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('validateConfig problems', () => {
  const cases: Array<[unknown, string]> = [
    [[], 'expected an object, got an array'],
    ['incident', 'expected an object, got "incident"'],
    [{ files: 'tasks/lessons.md' }, 'files: expected an array, got "tasks/lessons.md"'],
    [{ ignores: [''] }, 'ignores[0]: expected a non-empty string'],
    [{ schema: 3 }, 'schema: expected a string or an array, got 3'],
    [{ schema: [] }, 'schema: expected at least 1 item'],
    [{ schema: 'xyzzy' }, 'schema: unknown schema "xyzzy", expected one of incident, correction'],
    [{ entryLayout: 'list' }, 'entryLayout: expected one of auto, headings, list-items, records, topic-items, got "list"'],
    [{ rules: 'off' }, 'rules: expected an object, got "off"'],
    [{ rules: { 'future-date': {} } }, 'rules.future-date: expected a severity (off, warn, error) or [severity, options], got an object'],
    [{ rules: { 'date-order': [] } }, 'rules.date-order: expected [severity] or [severity, options], got an empty array'],
    [{ rules: { 'date-order': ['error', {}, {}] } }, 'rules.date-order: expected [severity] or [severity, options], got an array of 3 items'],
    [{ rules: { 'date-order': ['eror', { order: 'newest-first' }] } }, 'rules.date-order: invalid severity "eror", expected off, warn or error (or 0, 1, 2), did you mean error?'],
    [{ rules: { 'date-order': ['error', { ordr: 'newest-first' }] } }, 'rules.date-order: invalid options: ordr: unknown key, did you mean order?'],
    [{ rules: { 'date-order': ['error', 'newest-first'] } }, 'rules.date-order: invalid options: expected an object, got "newest-first"'],
    [{ rules: { zzz: 'off' } }, 'rules.zzz: unknown rule'],
    [{ overrides: {} }, 'overrides: expected an array, got an object'],
    [{ overrides: [{ files: [] }] }, 'overrides[0].files: expected at least 1 item'],
    [{ overrides: [{ schema: 'incident' }] }, 'overrides[0].files: missing, expected an array'],
    [{ overrides: [{ file: ['docs/**'] }] }, 'overrides[0].file: unknown key, did you mean files?'],
    [{ overrides: [{ files: ['a'], rules: { 'date-order': 'of' } }] }, 'overrides[0].rules.date-order: invalid severity "of", expected off, warn or error (or 0, 1, 2), did you mean off?'],
    [{ schemas: { pm: { feilds: [] } } }, 'schemas.pm.feilds: unknown key, did you mean fields?'],
    [{ schemas: { pm: { fields: [{ nme: 'What happened' }] } } }, 'schemas.pm.fields[0].nme: unknown key, did you mean name?'],
    [{ schemas: { pm: { fields: [{ name: '' }] } } }, 'schemas.pm.fields[0].name: expected a non-empty string'],
    [{ schemas: { pm: { fields: [{ name: 'Rule', required: 'yes' }] } } }, 'schemas.pm.fields[0].required: expected a boolean, got "yes"'],
    [{ schemas: { pm: { date: { fields: 'Date' } } } }, 'schemas.pm.date.fields: unknown key, did you mean field?'],
    [{ schemas: { 'post mortem': { fields: [{ name: 'A', valus: [] }] } } }, 'schemas["post mortem"].fields[0].valus: unknown key, did you mean values?'],
    [
      { schemas: { pm: { fields: [{ name: 'Problem' }, { name: 'What happened', aliases: ['problem'] }] } } },
      'schemas.pm.fields[1].aliases[0]: "problem" is already a name or alias of field "Problem"',
    ],
    [
      { schemas: { pm: { fields: [{ name: 'Rule' }], date: { field: 'Date', aliases: ['rule'] } } } },
      'schemas.pm.date: "rule" is already a name or alias of field "Rule"',
    ],
  ];

  it.each(cases)('%j', (input, message) => {
    expect(problemOf(input)).toBe(message);
  });
});

describe('validateConfig normalises', () => {
  it('accepts the example config of the issue', () => {
    const loaded = validateConfig(
      {
        $schema: './node_modules/lessons-lint/schemas/config.schema.json',
        files: ['tasks/lessons.md', 'docs/**/lessons*.md'],
        ignores: ['archive/**'],
        schemas: {
          postmortem: {
            fields: [
              { name: 'What happened', aliases: ['Problem', 'Symptom'], required: true },
              { name: 'Root cause' },
              { name: 'Rule', aliases: ['Prevention'], required: true },
              { name: 'Status', values: ['active', 'retired'] },
            ],
          },
        },
        schema: 'postmortem',
        rules: { 'future-date': 'off', 'date-order': ['error', { order: 'newest-first' }] },
        overrides: [{ files: ['docs/**'], schema: 'incident' }],
      },
      options,
    );
    expect(loaded.schema).toEqual(['postmortem']);
    expect(loaded.schemas.postmortem?.fields.map((field) => [field.name, field.required])).toEqual([
      ['What happened', true],
      ['Root cause', false],
      ['Rule', true],
      ['Status', false],
    ]);
    expect(loaded.rules).toEqual({
      'future-date': { severity: 'off' },
      'date-order': { severity: 'error', options: { order: 'newest-first' } },
    });
    expect(loaded.overrides).toEqual([{ files: ['docs/**'], schema: ['incident'], rules: {} }]);
  });

  it('reads ESLint-style numeric severities and fills in rule option defaults', () => {
    const loaded = validateConfig({ rules: { 'future-date': 0, 'label-style': 1, 'date-order': [2, {}] } }, options);
    expect(loaded.rules).toEqual({
      'future-date': { severity: 'off' },
      'label-style': { severity: 'warn' },
      'date-order': { severity: 'error', options: { order: 'oldest-first' } },
    });
  });

  it('keeps the presets available and lets a custom schema replace one', () => {
    const loaded = validateConfig({ schemas: { incident: { fields: [{ name: 'Bug', required: true }] } } }, options);
    expect(loaded.schemas.correction).toBe(presets.get('correction'));
    expect(loaded.schemas.incident?.fields.map((field) => field.name)).toEqual(['Bug']);
  });

  it('allows a schema without fields', () => {
    const loaded = validateConfig({ schemas: { journal: {} }, schema: 'journal' }, options);
    expect(loaded.schemas.journal).toEqual({ name: 'journal', fields: [] });
  });

  it('keeps the date field apart from the fields', () => {
    const loaded = validateConfig({ schemas: { log: { fields: [{ name: 'Lesson' }], date: { field: 'Date', aliases: ['날짜'] } } } }, options);
    expect(loaded.schemas.log).toEqual({
      name: 'log',
      fields: [{ name: 'Lesson', aliases: [], required: false }],
      date: { field: 'Date', aliases: ['날짜'] },
    });
  });

  it('takes a listed date field out of the fields, its labels joining the date aliases', () => {
    const loaded = validateConfig(
      { schemas: { log: { fields: [{ name: 'Lesson' }, { name: 'Date', aliases: ['Created'], required: true }], date: { field: 'date', aliases: ['When'] } } } },
      options,
    );
    expect(loaded.schemas.log?.fields).toEqual([{ name: 'Lesson', aliases: [], required: false }]);
    expect(loaded.schemas.log?.date).toEqual({ field: 'date', aliases: ['When', 'Created'] });
  });

  it('deduplicates a schema list and keeps its order', () => {
    expect(validateConfig({ schema: ['correction', 'incident', 'correction'] }, options).schema).toEqual(['correction', 'incident']);
  });

  it('resolves the base directory', () => {
    expect(validateConfig({}, { baseDirectory: '/project/sub/..' }).baseDirectory).toBe('/project');
  });
});
