import type * as z from 'zod';
import { didYouMean } from './suggest.js';
import { formatPath, knownKeysAt, valueAt } from './schema-walk.js';

/** A zod issue, as found in `ZodError.issues`. */
export type ZodIssue = z.core.$ZodIssue;

/** What an issue is about: the schema and the value that was checked. */
export interface IssueContext {
  schema: z.ZodType;
  input: unknown;
  /** What to call an unknown key at a path (`rule` under `rules`); default `key`. */
  nameUnknownKey?: (path: readonly PropertyKey[]) => string;
}

/** A problem found in a value: where it is and what is wrong. */
export interface ValueProblem {
  path: PropertyKey[];
  text: string;
}

/** The issue to report first: a misspelt key also makes the key it stands for missing, and the misspelling is the cause. */
export function firstIssue(issues: readonly ZodIssue[]): ZodIssue | undefined {
  return issues.find((issue) => issue.code === 'unrecognized_keys') ?? issues[0];
}

/** Turn a zod issue into a one-line problem with the path where it is and, for unknown keys, a did-you-mean. */
export function describeIssue(issue: ZodIssue, context: IssueContext): ValueProblem {
  const path = [...issue.path];
  switch (issue.code) {
    case 'unrecognized_keys': {
      const key = issue.keys[0] ?? '';
      const noun = context.nameUnknownKey?.(path) ?? 'key';
      return { path: [...path, key], text: `unknown ${noun}${didYouMean(key, knownKeysAt(context.schema, path))}` };
    }
    case 'invalid_union':
      return describeUnion(issue, path, context);
    case 'invalid_type': {
      const value = valueAt(context.input, path);
      const expected = article(issue.expected);
      return { path, text: value === undefined ? `missing, expected ${expected}` : `expected ${expected}, got ${describeValue(value)}` };
    }
    case 'invalid_value':
      return { path, text: `expected one of ${issue.values.map(String).join(', ')}, got ${describeValue(valueAt(context.input, path))}` };
    case 'too_small':
      return { path, text: sizeText(issue.origin, 'at least', issue.minimum) };
    case 'too_big':
      return { path, text: sizeText(issue.origin, 'at most', issue.maximum) };
    default:
      return { path, text: issue.message };
  }
}

// A union fails as a whole; the branch whose type matched says what is really wrong, otherwise list the types.
function describeUnion(issue: Extract<ZodIssue, { code: 'invalid_union' }>, path: PropertyKey[], context: IssueContext): ValueProblem {
  const branches = issue.errors;
  const matched = branches.find((branch) => branch.length > 0 && !branch.every((inner) => isTypeMismatch(inner)));
  const first = matched?.[0];
  if (first) return describeIssue({ ...first, path: [...path, ...first.path] } as ZodIssue, context);
  const expected = [...new Set(branches.flatMap((branch) => branch.flatMap((inner) => expectedTypes(inner))))];
  const got = describeValue(valueAt(context.input, path));
  return { path, text: expected.length > 0 ? `expected ${expected.map(article).join(' or ')}, got ${got}` : `invalid value ${got}` };
}

function isTypeMismatch(issue: ZodIssue): boolean {
  if (issue.path.length > 0) return false;
  if (issue.code === 'invalid_type') return true;
  return issue.code === 'invalid_union' && issue.errors.every((branch) => branch.every((inner) => isTypeMismatch(inner)));
}

function expectedTypes(issue: ZodIssue): string[] {
  if (issue.path.length > 0) return [];
  if (issue.code === 'invalid_type') return [issue.expected];
  if (issue.code === 'invalid_value') return issue.values.map((value) => JSON.stringify(value));
  if (issue.code === 'invalid_union') return issue.errors.flatMap((branch) => branch.flatMap((inner) => expectedTypes(inner)));
  return [];
}

function sizeText(origin: string, bound: string, limit: number | bigint): string {
  if (origin === 'string') return Number(limit) === 1 && bound === 'at least' ? 'expected a non-empty string' : `expected ${bound} ${limit} characters`;
  if (origin === 'array') return `expected ${bound} ${limit} item${Number(limit) === 1 ? '' : 's'}`;
  return `expected ${bound} ${limit}`;
}

function article(type: string): string {
  if (type.startsWith('"')) return type;
  if (type === 'tuple') return 'an array';
  if (type === 'record') return 'an object';
  return /^[aeiou]/u.test(type) ? `an ${type}` : `a ${type}`;
}

/** A short description of a value for messages: `"eror"`, `3`, `an array`, `nothing`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return JSON.stringify(value);
  return String(value);
}

/** `path: text`, or just `text` at the root. */
export function formatProblem(problem: ValueProblem): string {
  const where = formatPath(problem.path);
  return where === '' ? problem.text : `${where}: ${problem.text}`;
}
