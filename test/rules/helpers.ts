import { defaultConfig, type ResolvedConfig } from '../../src/config/resolved.js';
import type { Diagnostic } from '../../src/lint/result.js';
import { lintText } from '../../src/lint/lint-text.js';
import type { SeveritySetting } from '../../src/rules/rule.js';

/** The fixed clock of rule tests: every docs example date is before it, `2062` is after. */
export const NOW = new Date('2026-06-01T12:00:00Z');

/** The presets, declared as a config file's `schema` would: the file is held to them, not judged by its own format. */
export function presetsConfig(): ResolvedConfig {
  return { ...defaultConfig(), isFormatInferred: false };
}

/** Lint `text` with `ruleId` turned on (at `error`, whatever its default) under the declared presets and return that rule's diagnostics. */
export function lintWithRule(text: string, ruleId: string, options?: unknown, severity: SeveritySetting = 'error'): Diagnostic[] {
  const config = presetsConfig();
  config.rules[ruleId] = options === undefined ? { severity } : { severity, options };
  return lintText(text, { config, now: NOW }).diagnostics.filter((diagnostic) => diagnostic.ruleId === ruleId);
}

/** Join lines into a Markdown text ending with a newline. */
export function md(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}

/** An entry: a `##` heading, then one `**Label**: value` paragraph per field. */
export function entry(heading: string, fields: Record<string, string>): string {
  const body = Object.entries(fields).map(([label, value]) => `**${label}**: ${value}`.trimEnd());
  return [`## ${heading}`, ...body].join('\n\n');
}

/** A complete incident entry under `heading`. */
export function incident(heading: string): string {
  return entry(heading, { Bug: 'It broke.', Impact: 'Users noticed.', Fix: 'Patched it.', Rule: 'Test first.' });
}

/** A complete correction entry under `heading`. */
export function correction(heading: string): string {
  return entry(heading, { Mistake: 'Did it wrong.', Correction: 'Did it right.', Rule: 'Do it right.', Status: 'Active' });
}

/** Entries joined into one file. */
export function file(...entries: string[]): string {
  return `# Lessons\n\n${entries.join('\n\n')}\n`;
}
