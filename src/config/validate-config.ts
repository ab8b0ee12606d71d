import path from 'node:path';
import { findRule, ruleIds } from '../rules/index.js';
import { configFileSchema, type ConfigFile } from './config-schema.js';
import { ConfigError } from './config-error.js';
import { buildSchemas } from './custom-schemas.js';
import { describeIssue, firstIssue, formatProblem, type ZodIssue } from './describe-issue.js';
import type { ConfigOverride, LoadedConfig } from './loaded-config.js';
import type { RuleSetting } from './resolved.js';
import { parseRuleSetting, type RuleSettingResult } from './rule-settings.js';
import { formatPath, valueAt } from './schema-walk.js';
import { didYouMean } from './suggest.js';
import { checkSchemaNames } from './schema-names.js';


/** Options of `validateConfig`. */
export interface ValidateConfigOptions {
  /** Directory the config's patterns are relative to (the config file's directory). */
  baseDirectory: string;
}

/**
 * Validate a config object (as parsed from a file, or built in code) and normalise it: rule
 * severities as words, rule options checked by each rule's schema, custom schemas built, every
 * schema name checked. Throws a `ConfigError` (without a file name) on the first problem.
 */
export function validateConfig(input: unknown, options: ValidateConfigOptions): LoadedConfig {
  const parsed = configFileSchema.safeParse(input);
  if (!parsed.success) throw new ConfigError(describeConfigIssue(parsed.error.issues, input));
  const file = parsed.data;
  const schemas = buildSchemas(file.schemas);
  const names = Object.keys(schemas);
  const loaded: LoadedConfig = {
    baseDirectory: path.resolve(options.baseDirectory),
    files: file.files ?? [],
    ignores: file.ignores ?? [],
    schemas,
    rules: readRules(file.rules, ['rules']),
    overrides: (file.overrides ?? []).map((override, index) => readOverride(override, index, names)),
  };
  if (file.schema !== undefined) loaded.schema = checkSchemaNames(file.schema, ['schema'], names);
  if (file.entryLayout !== undefined) loaded.entryLayout = file.entryLayout;
  return loaded;
}

type OverrideInput = NonNullable<ConfigFile['overrides']>[number];

function readOverride(override: OverrideInput, index: number, names: readonly string[]): ConfigOverride {
  const where = ['overrides', index];
  const result: ConfigOverride = { files: override.files, rules: readRules(override.rules, [...where, 'rules']) };
  if (override.schema !== undefined) result.schema = checkSchemaNames(override.schema, [...where, 'schema'], names);
  if (override.entryLayout !== undefined) result.entryLayout = override.entryLayout;
  return result;
}

function readRules(rules: Record<string, unknown> | undefined, where: PropertyKey[]): Record<string, RuleSetting> {
  const settings: Record<string, RuleSetting> = {};
  for (const [id, value] of Object.entries(rules ?? {})) {
    if (value === undefined) continue;
    const result = readRuleSetting(id, value);
    if (result.problem !== undefined) throw new ConfigError(`${formatPath([...where, id])}: ${result.problem}`);
    settings[id] = result.setting;
  }
  return settings;
}

function readRuleSetting(id: string, value: unknown): RuleSettingResult {
  const rule = findRule(id);
  return rule ? parseRuleSetting(rule, value) : { problem: `unknown rule${didYouMean(id, ruleIds)}` };
}

function describeConfigIssue(issues: readonly ZodIssue[], input: unknown): string {
  const issue = firstIssue(issues);
  if (!issue) return 'invalid config';
  const ruleAt = rulePath(issue.path);
  if (ruleAt) {
    // The union of setting forms says little; reading the setting by hand says exactly what is wrong.
    const result = readRuleSetting(ruleAt.id, valueAt(input, [...ruleAt.where, ruleAt.id]));
    return `${formatPath([...ruleAt.where, ruleAt.id])}: ${result.problem ?? 'invalid setting'}`;
  }
  return formatProblem(
    describeIssue(issue, { schema: configFileSchema, input, nameUnknownKey: (at) => (isRulesPath(at) ? 'rule' : 'key') }),
  );
}

function isRulesPath(at: readonly PropertyKey[]): boolean {
  return (at.length === 1 && at[0] === 'rules') || (at.length === 3 && at[0] === 'overrides' && at[2] === 'rules');
}

// `rules.<id>…` or `overrides[i].rules.<id>…`: the issue is inside one rule's setting.
function rulePath(at: readonly PropertyKey[]): { where: PropertyKey[]; id: string } | undefined {
  for (const size of [1, 3]) {
    const where = at.slice(0, size);
    const id = at[size];
    if (at.length > size && isRulesPath(where) && typeof id === 'string') return { where, id };
  }
  return undefined;
}
