import * as z from 'zod';
import type { Rule } from './rule.js';

type AnyRule = Rule<unknown>;

/** The README's rule documentation: the summary table, then one section per rule. */
export function renderRulesDocs(rules: readonly AnyRule[]): string {
  return [renderRulesTable(rules), ...rules.map(renderRuleSection)].join('\n');
}

/** A Markdown table of the rules: linked id, description, default severity, whether `--fix` repairs it, options. */
export function renderRulesTable(rules: readonly AnyRule[]): string {
  const rows = rules.map(({ meta }) =>
    row([`[\`${meta.id}\`](#${meta.id})`, meta.description, `\`${meta.defaultSeverity}\``, meta.fixable ? 'yes' : '', describeOptions(meta.options)]),
  );
  return [row(['Rule', 'Description', 'Default', 'Fixed by `--fix`', 'Options']), row(['---', '---', '---', '---', '---']), ...rows].join('\n') + '\n';
}

/** One rule's section: heading (the table's anchor), rationale, and its first invalid and valid examples. */
export function renderRuleSection({ meta }: AnyRule): string {
  const options = describeOptions(meta.options);
  const fixed = meta.fixable ? ' Fixed by `--fix` where the repair is certain.' : '';
  const settings = `Default: \`${meta.defaultSeverity}\`.${fixed}${options === '' ? '' : ` Options: ${options}.`}`;
  const lines = [`### ${meta.id}`, '', `${meta.description}. ${settings}`, '', meta.docs.rationale, ''];
  const [invalid] = meta.docs.invalid;
  const [valid] = meta.docs.valid;
  if (invalid !== undefined) lines.push('Invalid:', '', fence(invalid), '');
  if (valid !== undefined) lines.push('Valid:', '', fence(valid), '');
  return lines.join('\n');
}

function row(cells: readonly string[]): string {
  // A `|` inside a cell would end it.
  return `| ${cells.map((cell) => cell.replace(/\|/gu, '\\|')).join(' | ')} |`;
}

// Examples may hold code fences of their own: the outer fence must be longer than any backtick run inside.
function fence(markdown: string): string {
  const longest = Math.max(0, ...(markdown.match(/`+/gu) ?? []).map((run) => run.length));
  const marker = '`'.repeat(Math.max(3, longest + 1));
  return `${marker}markdown\n${markdown.replace(/\n+$/u, '')}\n${marker}`;
}

interface JsonSchemaProperty {
  type?: string;
  enum?: unknown[];
  default?: unknown;
}

/** Options as `name`: `a` | `b` (default `a`), read from the rule's zod schema so docs cannot drift. */
function describeOptions(schema: z.ZodType | undefined): string {
  if (schema === undefined) return '';
  const json = z.toJSONSchema(schema, { io: 'input' }) as { properties?: Record<string, JsonSchemaProperty> };
  return Object.entries(json.properties ?? {})
    .map(([name, property]) => {
      const values = property.enum?.map((value) => `\`${String(value)}\``).join(' | ') ?? property.type ?? 'value';
      const fallback = property.default === undefined ? '' : ` (default \`${String(property.default)}\`)`;
      return `\`${name}\`: ${values}${fallback}`;
    })
    .join('; ');
}
