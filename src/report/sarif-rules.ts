import { findRule } from '../rules/index.js';
import type { SeveritySetting } from '../rules/rule.js';

/** The project page; each rule is documented in its README under an anchor named after the rule id. */
export const projectUrl = 'https://github.com/lessons-lint/lessons-lint';

/** SARIF `reportingDescriptor` of a rule: what GitHub code scanning shows next to an alert. */
export interface SarifRule {
  id: string;
  name?: string;
  shortDescription?: { text: string };
  fullDescription?: { text: string };
  help?: { text: string; markdown: string };
  helpUri: string;
  defaultConfiguration?: { level: 'error' | 'warning'; enabled?: false };
}

/** The README section documenting a rule. */
export function ruleHelpUri(ruleId: string): string {
  return `${projectUrl}#${ruleId}`;
}

/** The SARIF description of a rule from its metadata; only id and help link for an unknown id. */
export function describeSarifRule(ruleId: string): SarifRule {
  const rule = findRule(ruleId);
  const helpUri = ruleHelpUri(ruleId);
  if (rule === undefined) return { id: ruleId, helpUri };
  const { description, docs, defaultSeverity } = rule.meta;
  const name = pascalCase(ruleId);
  return {
    id: ruleId,
    // SARIF wants a name distinct from the id, or none: `frontmatter` would only repeat itself.
    ...(name.toLowerCase() === ruleId.toLowerCase() ? {} : { name }),
    shortDescription: { text: description },
    fullDescription: { text: docs.rationale },
    help: { text: `${docs.rationale}\n\n${helpUri}`, markdown: `${docs.rationale}\n\n[Documentation of \`${ruleId}\`](${helpUri})` },
    helpUri,
    defaultConfiguration: defaultConfiguration(defaultSeverity),
  };
}

function defaultConfiguration(severity: SeveritySetting): NonNullable<SarifRule['defaultConfiguration']> {
  if (severity === 'error') return { level: 'error' };
  // A rule that is off by default only fires when a config turns it on; the default says so.
  return severity === 'off' ? { level: 'warning', enabled: false } : { level: 'warning' };
}

/** SARIF's `name` is a readable identifier distinct from the id: `required-field` -> `RequiredField`. */
function pascalCase(ruleId: string): string {
  return ruleId
    .split(/[^A-Za-z0-9]+/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}
