import * as z from 'zod';
import { configFileSchema } from '../config/config-schema.js';
import type { ResolvedConfig } from '../config/resolved.js';
import { presets } from './presets.js';
import type { EntrySchema } from './spec.js';
import { compileEntrySchema } from './validate.js';

/** A JSON Schema document. */
export type JsonSchema = Record<string, unknown>;

// Draft 7 is what editors (VS Code, JetBrains) understand best; tuples become `items: [...]`.
const target = 'draft-7';

/** The JSON Schema of the config file (`schemas/config.schema.json`), for editors. */
export function configJsonSchema(): JsonSchema {
  const generated = z.toJSONSchema(configFileSchema, { target, io: 'input', unrepresentable: 'any' });
  return { ...generated, title: 'lessons-lint config' };
}

/** The JSON Schema of one entry of a schema: an object of field name -> text, enums for fields with `values`, plus its date field. */
export function entrySchemaToJsonSchema(schema: EntrySchema): JsonSchema {
  const { $schema, ...rest } = z.toJSONSchema(entryObject(schema), { target, io: 'input', unrepresentable: 'any' });
  const document: JsonSchema = { $schema, title: `lessons-lint entry: ${schema.name}` };
  if (schema.description !== undefined) document.description = schema.description;
  return { ...document, ...rest };
}

// The date field is the entry's date rather than one of its fields, but an entry still carries it.
function entryObject(schema: EntrySchema): z.ZodObject {
  const fields = compileEntrySchema(schema);
  if (!schema.date) return fields;
  return fields.extend({ [schema.date.field]: z.string().min(1).describe('The entry date, YYYY-MM-DD').optional() });
}

/**
 * The JSON Schema of the entry schema called `name` among a config's schemas (presets and custom
 * ones), for `lessons schema NAME`; undefined when the config has no such schema.
 */
export function entryJsonSchema(name: string, config: Pick<ResolvedConfig, 'schemas'>): JsonSchema | undefined {
  const schema = Object.hasOwn(config.schemas, name) ? config.schemas[name] : undefined;
  return schema === undefined ? undefined : entrySchemaToJsonSchema(schema);
}

/** A JSON Schema as committed: two-space JSON with a final newline. */
export function renderJsonSchema(schema: JsonSchema): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** A generated file: path relative to the package root, and its content. */
export interface GeneratedFile {
  path: string;
  content: string;
}

/** Every generated file of `schemas/`: the config schema and one entry schema per preset, sorted by path. */
export function generateSchemaFiles(): GeneratedFile[] {
  const files: GeneratedFile[] = [{ path: 'schemas/config.schema.json', content: renderJsonSchema(configJsonSchema()) }];
  for (const [name, schema] of presets) {
    files.push({ path: `schemas/${name}.entry.schema.json`, content: renderJsonSchema(entrySchemaToJsonSchema(schema)) });
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
