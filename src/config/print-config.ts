import { rules as registeredRules } from '../rules/index.js';
import type { Rule } from '../rules/rule.js';
import type { ResolvedConfig } from './resolved.js';

/** Options of `printConfig`. */
export interface PrintConfigOptions {
  /** The rules to list; defaults to the registry. */
  rules?: readonly Rule<unknown>[];
}

/**
 * The resolved config of a file as pretty JSON (for `--print-config FILE`), in the config file's
 * own vocabulary: every rule with its effective severity and options (defaults included), the
 * candidate schemas, the entry layout and every schema available. Ends with a newline.
 */
export function printConfig(config: ResolvedConfig, options: PrintConfigOptions = {}): string {
  const rules = options.rules ?? registeredRules;
  const printed = {
    schema: config.schema,
    entryLayout: config.entryLayout ?? 'auto',
    rules: Object.fromEntries(
      [...rules]
        .sort((a, b) => (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0))
        .map((rule) => [rule.meta.id, effectiveSetting(rule, config)]),
    ),
    schemas: config.schemas,
  };
  return `${JSON.stringify(printed, null, 2)}\n`;
}

function effectiveSetting(rule: Rule<unknown>, config: ResolvedConfig): string | [string, unknown] {
  const setting = config.rules[rule.meta.id];
  const severity = setting?.severity ?? rule.meta.defaultSeverity;
  const options = setting?.options ?? rule.meta.defaultOptions;
  return options === undefined ? severity : [severity, options];
}
