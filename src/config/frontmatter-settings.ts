import * as z from 'zod';
import { lazy } from '../schema/lazy.js';
import { choiceSchemas } from './choice-schemas.js';
import { ConfigError } from './config-error.js';
import { describeIssue, firstIssue, formatProblem } from './describe-issue.js';
import type { EntryLayout } from './resolved.js';
import { checkSchemaNames } from './schema-names.js';

/** Front matter with the `lessons:` key, e.g. `lessons: { schema: postmortem }`. */
const frontmatterSchema = lazy(() => {
  const { schemaChoiceSchema, entryLayoutSchema } = choiceSchemas();
  return z.object({
    lessons: z.object({ schema: schemaChoiceSchema.optional(), entryLayout: entryLayoutSchema.optional() }).strict(),
  });
});

/** What a file's front matter chooses for itself. */
export interface FrontmatterSettings {
  /** Candidate schema names, all known. */
  schema?: string[];
  entryLayout?: EntryLayout;
}

/** The file's own settings, or why they cannot be used (one line, e.g. `lessons.schema: unknown schema "postmortm", did you mean "postmortem"?`). */
export type FrontmatterSettingsResult =
  | { settings: FrontmatterSettings; problem?: undefined }
  | { problem: string; settings?: undefined };

/**
 * Read the `lessons` settings from parsed front matter data (any value; no `lessons` key means no
 * settings). `schemaNames` are the schemas the file's config knows (`Object.keys(config.schemas)`).
 * Never throws: a problem is for the linter to report as a finding.
 */
export function readFrontmatterSettings(data: unknown, schemaNames: readonly string[]): FrontmatterSettingsResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data) || !Object.hasOwn(data, 'lessons')) {
    return { settings: {} };
  }
  const schema = frontmatterSchema();
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = firstIssue(parsed.error.issues);
    const problem = issue ? formatProblem(describeIssue(issue, { schema, input: data })) : 'lessons: invalid';
    return { problem };
  }
  const { schema: choice, entryLayout } = parsed.data.lessons;
  const settings: FrontmatterSettings = {};
  if (entryLayout !== undefined) settings.entryLayout = entryLayout;
  if (choice === undefined) return { settings };
  try {
    settings.schema = checkSchemaNames(choice, ['lessons', 'schema'], schemaNames);
  } catch (error) {
    if (error instanceof ConfigError) return { problem: error.detail };
    throw error;
  }
  return { settings };
}
