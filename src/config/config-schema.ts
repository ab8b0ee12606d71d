import * as z from 'zod';
import { rules as registeredRules } from '../rules/index.js';
import type { Rule } from '../rules/rule.js';
import { entrySchemaSpecSchema } from '../schema/spec.js';
import { choiceSchemas } from './choice-schemas.js';

const { entryLayoutSchema, schemaChoiceSchema } = choiceSchemas();

/** A severity as written in config: a word, or ESLint's 0 / 1 / 2. */
export const severitySchema = z
  .union([z.enum(['off', 'warn', 'error']), z.literal([0, 1, 2])])
  .meta({ id: 'severity', description: 'off | warn | error (or 0 | 1 | 2)' });

/** A rule setting as written in config: `"warn"`, `["warn"]` or `["error", { ...options }]`. */
export function ruleSettingSchema(rule: Rule<unknown>): z.ZodType {
  const forms: z.ZodType[] = [severitySchema, z.tuple([severitySchema])];
  if (rule.meta.options) forms.push(z.tuple([severitySchema, rule.meta.options]));
  return z.union(forms).describe(rule.meta.description);
}

/** The `rules` object over a rule list: one optional setting per rule id; any other key is an unknown rule. */
export function createRulesSchema(rules: readonly Rule<unknown>[]) {
  const shape = Object.fromEntries(rules.map((rule) => [rule.meta.id, ruleSettingSchema(rule).optional()]));
  return z.object(shape).strict();
}

/** The `rules` object of the config file, over the registered rules. */
export const rulesSchema = createRulesSchema(registeredRules).meta({
  id: 'rules',
  description: 'Rule id -> severity, or [severity, options]',
});

/** Glob patterns, relative to the directory of the config file. */
const patternsSchema = z.array(z.string().min(1));

const overrideSchema = z
  .object({
    files: patternsSchema.min(1).describe('Files this override applies to (globs relative to the config file)'),
    schema: schemaChoiceSchema.optional(),
    entryLayout: entryLayoutSchema.optional(),
    rules: rulesSchema.optional(),
  })
  .strict();

/** The zod schema of the config file; unknown keys are errors. */
export const configFileSchema = z
  .object({
    $schema: z.string().optional().describe('JSON Schema of this file, for editors'),
    files: patternsSchema.optional().describe('Files to lint when none are named (globs relative to the config file)'),
    ignores: patternsSchema.optional().describe('Files never linted (globs relative to the config file)'),
    schemas: z
      .record(z.string().min(1), entrySchemaSpecSchema)
      .optional()
      .describe('Custom entry schemas by name; the presets incident and correction are always available'),
    schema: schemaChoiceSchema.optional(),
    entryLayout: entryLayoutSchema.optional(),
    rules: rulesSchema.optional(),
    overrides: z
      .array(overrideSchema)
      .optional()
      .describe('Settings for some files, applied in order after the top-level ones'),
  })
  .strict()
  .describe('Configuration of lessons-lint');

/** A config file as written (before defaults). */
export type ConfigFileInput = z.input<typeof configFileSchema>;
/** A config file after zod validation. */
export type ConfigFile = z.output<typeof configFileSchema>;
/** A severity as written in config. */
export type SeverityInput = z.output<typeof severitySchema>;
