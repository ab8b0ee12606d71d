import { z } from 'zod';
import { entryLayoutSchema, schemaChoiceSchema } from './choice-schemas.js';
import { ConfigError } from './config-error.js';
import { describeIssue, firstIssue, formatProblem } from './describe-issue.js';
import type { EntryLayout } from './resolved.js';
import { checkSchemaNames } from './schema-names.js';

/** The `lessons:` key a file's YAML front matter may carry, e.g. `lessons: { schema: postmortem }`. */
export const frontmatterSettingsSchema = z
  .object({
    schema: schemaChoiceSchema.optional(),
    entryLayout: entryLayoutSchema.optional(),
  })
  .strict();

const frontmatterSchema = z.object({ lessons: frontmatterSettingsSchema });

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
  const parsed = frontmatterSchema.safeParse(data);
  if (!parsed.success) {
    const issue = firstIssue(parsed.error.issues);
    const problem = issue ? formatProblem(describeIssue(issue, { schema: frontmatterSchema, input: data })) : 'lessons: invalid';
    return { problem };
  }
  const { schema, entryLayout } = parsed.data.lessons;
  const settings: FrontmatterSettings = {};
  if (entryLayout !== undefined) settings.entryLayout = entryLayout;
  if (schema === undefined) return { settings };
  try {
    settings.schema = checkSchemaNames(schema, ['lessons', 'schema'], schemaNames);
  } catch (error) {
    if (error instanceof ConfigError) return { problem: error.detail };
    throw error;
  }
  return { settings };
}
