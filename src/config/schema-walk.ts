import * as z from 'zod';

type Segment = PropertyKey;

/** The schema under wrappers that do not change the shape of a value (optional, default, nullable, pipe). */
export function unwrapSchema(schema: z.ZodType): z.ZodType {
  let current: z.ZodType = schema;
  for (;;) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodNullable || current instanceof z.ZodDefault) {
      current = current.unwrap() as z.ZodType;
    } else if (current instanceof z.ZodPipe) {
      current = current.in as z.ZodType;
    } else {
      return current;
    }
  }
}

/** The schemas that may describe the value at `path` below `schema` (several where unions branch). */
export function schemasAt(schema: z.ZodType, path: readonly Segment[]): z.ZodType[] {
  const current = unwrapSchema(schema);
  if (current instanceof z.ZodUnion) {
    return (current.options as z.ZodType[]).flatMap((option) => schemasAt(option, path));
  }
  if (path.length === 0) return [current];
  const [head, ...rest] = path;
  const child = childSchema(current, head);
  return child === undefined ? [] : schemasAt(child, rest);
}

function childSchema(schema: z.ZodType, key: Segment | undefined): z.ZodType | undefined {
  if (schema instanceof z.ZodObject && typeof key === 'string') return (schema.shape as Record<string, z.ZodType>)[key];
  if (schema instanceof z.ZodRecord) return schema.valueType as z.ZodType;
  if (schema instanceof z.ZodArray) return schema.element as z.ZodType;
  if (schema instanceof z.ZodTuple && typeof key === 'number') return schema.def.items[key] as z.ZodType | undefined;
  return undefined;
}

/** The keys an object at `path` may have, for did-you-mean on an unknown key. */
export function knownKeysAt(schema: z.ZodType, path: readonly Segment[]): string[] {
  const keys = schemasAt(schema, path).flatMap((candidate) => (candidate instanceof z.ZodObject ? Object.keys(candidate.shape) : []));
  return [...new Set(keys)];
}

/** The value at `path` in `input`, undefined where the path leads nowhere. */
export function valueAt(input: unknown, path: readonly Segment[]): unknown {
  let current = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** A path as the user reads it: `rules.date-order`, `overrides[0].schema`, `schemas["post mortem"]`. */
export function formatPath(path: readonly Segment[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (typeof key === 'string' && /^[\p{L}\p{N}_$-]+$/u.test(key)) text += text === '' ? key : `.${key}`;
    else text += `[${JSON.stringify(String(key))}]`;
  }
  return text;
}
