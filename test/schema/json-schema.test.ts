import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/resolved.js';
import { resolveConfigForFile } from '../../src/config/resolve-for-file.js';
import { validateConfig } from '../../src/config/validate-config.js';
import { ruleIds } from '../../src/rules/index.js';
import { configJsonSchema, entryJsonSchema, generateSchemaFiles } from '../../src/schema/json-schema.js';
import { presets } from '../../src/schema/presets.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const isUpdating = process.env.UPDATE_SCHEMAS === '1';
const howToUpdate = 'regenerate with: UPDATE_SCHEMAS=1 npx vitest run test/schema/json-schema.test.ts --config test/vitest.config.ts';

describe('committed JSON Schema files', () => {
  const files = generateSchemaFiles();

  it.each(files.map((file) => [file.path, file.content]))('%s matches the zod schemas', async (relative, content) => {
    const target = path.join(root, relative);
    if (isUpdating) await writeFile(target, content);
    const committed = await readFile(target, 'utf8').catch(() => '(missing)');
    expect(committed, `${relative} is out of date; ${howToUpdate}`).toBe(content);
  });

  it('has no stale files in schemas/', async () => {
    const expected = files.map((file) => path.basename(file.path)).sort();
    const listed = async () => (await readdir(path.join(root, 'schemas'))).filter((name) => name.endsWith('.json')).sort();
    if (isUpdating) {
      const stale = (await listed()).filter((name) => !expected.includes(name));
      await Promise.all(stale.map((name) => rm(path.join(root, 'schemas', name))));
    }
    expect(await listed(), howToUpdate).toEqual(expected);
  });

  it('holds the config schema and one entry schema per preset', () => {
    expect(files.map((file) => file.path)).toEqual([
      'schemas/config.schema.json',
      ...[...presets.keys()].sort().map((name) => `schemas/${name}.entry.schema.json`),
    ]);
  });
});

interface ObjectSchema {
  properties: Record<string, { enum?: string[] } & Record<string, unknown>>;
  required?: string[];
  additionalProperties?: unknown;
  definitions?: Record<string, ObjectSchema>;
}

describe('configJsonSchema', () => {
  const schema = configJsonSchema() as unknown as ObjectSchema;

  it('describes every top-level key and forbids others', () => {
    expect(Object.keys(schema.properties)).toEqual(['$schema', 'files', 'ignores', 'schemas', 'schema', 'entryLayout', 'rules', 'overrides']);
    expect(schema.additionalProperties).toBe(false);
  });

  it('lists every rule id, so editors complete and check them', () => {
    const rules = schema.definitions?.rules;
    expect(Object.keys(rules?.properties ?? {})).toEqual([...ruleIds]);
    expect(rules?.additionalProperties).toBe(false);
  });
});

describe('entryJsonSchema', () => {
  it('gives a preset as an object of its fields', () => {
    const schema = entryJsonSchema('correction', defaultConfig()) as unknown as ObjectSchema;
    expect(Object.keys(schema.properties)).toEqual(['Mistake', 'Correction', 'Rule', 'Status']);
    expect(schema.properties.Status?.enum).toEqual(['Active', 'Superseded', 'Retired']);
    expect(schema.required).toEqual(['Mistake', 'Correction', 'Rule', 'Status']);
  });

  it('gives a custom schema, its date field included', () => {
    const loaded = validateConfig(
      {
        schemas: {
          postmortem: {
            description: 'What happened and what we do now',
            fields: [{ name: 'What happened', required: true }, { name: 'Status', values: ['active', 'retired'] }],
            date: { field: 'Date' },
          },
        },
      },
      { baseDirectory: root },
    );
    const schema = entryJsonSchema('postmortem', resolveConfigForFile(loaded, 'LESSONS.md')) as unknown as ObjectSchema & Record<string, unknown>;
    expect(schema.title).toBe('lessons-lint entry: postmortem');
    expect(schema.description).toBe('What happened and what we do now');
    expect(Object.keys(schema.properties)).toEqual(['What happened', 'Status', 'Date']);
    expect(schema.required).toEqual(['What happened']);
    expect(schema.properties.Status?.enum).toEqual(['active', 'retired']);
  });

  it('gives undefined for an unknown name, even one on Object.prototype', () => {
    expect(entryJsonSchema('postmortem', defaultConfig())).toBeUndefined();
    expect(entryJsonSchema('constructor', defaultConfig())).toBeUndefined();
  });
});
