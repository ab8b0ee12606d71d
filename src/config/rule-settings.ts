import type { Rule, SeveritySetting } from '../rules/rule.js';
import type { RuleSetting } from './resolved.js';
import { describeIssue, describeValue, formatProblem } from './describe-issue.js';
import { didYouMean } from './suggest.js';

const severityWords: readonly SeveritySetting[] = ['off', 'warn', 'error'];

/** A rule setting read from config, or what is wrong with it (one line, without the rule's path). */
export type RuleSettingResult = { setting: RuleSetting; problem?: undefined } | { problem: string; setting?: undefined };

/**
 * Read a rule setting as written in config (`"warn"`, `1`, `["error"]`, `["error", { ... }]`):
 * the severity normalised to a word, the options validated and completed by the rule's own zod schema.
 * Options are absent when the setting gives none, so an override can change only the severity.
 */
export function parseRuleSetting(rule: Rule<unknown>, value: unknown): RuleSettingResult {
  if (!Array.isArray(value)) {
    if (typeof value !== 'string' && typeof value !== 'number') {
      return { problem: `expected a severity (off, warn, error) or [severity, options], got ${describeValue(value)}` };
    }
    return withSeverity(value, (severity) => ({ setting: { severity } }));
  }
  if (value.length === 0 || value.length > 2) {
    const got = value.length === 0 ? 'an empty array' : `an array of ${value.length} items`;
    return { problem: `expected [severity] or [severity, options], got ${got}` };
  }
  const [severityValue, options] = value as [unknown, unknown];
  return withSeverity(severityValue, (severity) => {
    if (value.length === 1) return { setting: { severity } };
    if (!rule.meta.options) return { problem: 'unexpected options, this rule takes none' };
    const parsed = rule.meta.options.safeParse(options);
    if (parsed.success) return { setting: { severity, options: parsed.data } };
    const [issue] = parsed.error.issues;
    const detail = issue ? formatProblem(describeIssue(issue, { schema: rule.meta.options, input: options })) : 'invalid';
    return { problem: `invalid options: ${detail}` };
  });
}

function withSeverity(value: unknown, then: (severity: SeveritySetting) => RuleSettingResult): RuleSettingResult {
  const severity = toSeverity(value);
  if (severity !== undefined) return then(severity);
  const hint = typeof value === 'string' ? didYouMean(value, severityWords) : '';
  return { problem: `invalid severity ${describeValue(value)}, expected off, warn or error (or 0, 1, 2)${hint}` };
}

/** `off` / `warn` / `error` for a severity as written (a word or ESLint's 0 / 1 / 2), else undefined. */
export function toSeverity(value: unknown): SeveritySetting | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? severityWords[value] : undefined;
  return severityWords.find((word) => word === value);
}
