import * as z from 'zod';
import type { Entry, Field } from '../parse/model.js';
import type { EntrySchema, FieldSpec } from './spec.js';

/** A schema violation of one entry, mapped back from a zod issue path to the entry's field. */
export interface EntryIssue {
  kind: 'missing' | 'empty' | 'value';
  /** The canonical field name. */
  field: string;
  /** The entry's field, when it has one (`empty` and `value`). */
  node?: Field;
  /** The allowed values, for `value`. */
  allowed?: string[];
}

const compiled = new WeakMap<EntrySchema, z.ZodObject>();
const validated = new WeakMap<Entry, { schema: EntrySchema; issues: EntryIssue[] }>();

/** The zod object an entry of this schema must satisfy: one string per field, enums for `values`. */
export function compileEntrySchema(schema: EntrySchema): z.ZodObject {
  let object = compiled.get(schema);
  if (!object) {
    object = z.object(Object.fromEntries(schema.fields.map((field) => [field.name, fieldType(field)])));
    compiled.set(schema, object);
  }
  return object;
}

function fieldType(field: FieldSpec): z.ZodType {
  const type = field.values && field.values.length > 0 ? z.enum(field.values as [string, ...string[]]) : z.string().trim().min(1);
  return field.required ? type : type.optional();
}

/** Validate an entry against a schema with zod; the result is cached per entry, since several rules read it. */
export function validateEntry(entry: Entry, schema: EntrySchema): EntryIssue[] {
  const cached = validated.get(entry);
  if (cached?.schema === schema) return cached.issues;
  const input = entryInput(entry, schema);
  const result = compileEntrySchema(schema).safeParse(input);
  const issues = result.success ? [] : result.error.issues.flatMap((issue) => toEntryIssue(issue.path, input, entry, schema));
  validated.set(entry, { schema, issues });
  return issues;
}

// The object zod checks: the first field of each name; a value in `values` is matched case-insensitively on its first word.
function entryInput(entry: Entry, schema: EntrySchema): Record<string, string> {
  const input: Record<string, string> = {};
  for (const spec of schema.fields) {
    const field = entry.fields.find((candidate) => candidate.name === spec.name);
    if (!field) continue;
    input[spec.name] = spec.values ? canonicalValue(field.value, spec.values) : field.value;
  }
  return input;
}

/** The value a field declares (`**Active**.`, `✅ Active`): its first word, without markup, punctuation or symbols. */
export function declaredValue(value: string): string {
  for (const word of value.replace(/[`*_~]/gu, ' ').split(/\s+/u)) {
    const bare = word.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '');
    if (bare !== '') return bare;
  }
  return '';
}

function canonicalValue(value: string, allowed: string[]): string {
  const declared = declaredValue(value);
  return allowed.find((candidate) => candidate.toLowerCase() === declared.toLowerCase()) ?? declared;
}

function toEntryIssue(path: PropertyKey[], input: Record<string, string>, entry: Entry, schema: EntrySchema): EntryIssue[] {
  const name = path[0];
  if (typeof name !== 'string') return [];
  const node = entry.fields.find((field) => field.name === name);
  if (input[name] === undefined) return [{ kind: 'missing', field: name }];
  if (input[name].trim() === '') return [{ kind: 'empty', field: name, node }];
  const allowed = schema.fields.find((field) => field.name === name)?.values;
  return [{ kind: 'value', field: name, node, allowed }];
}
