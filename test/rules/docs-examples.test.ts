import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ruleIds, rules } from '../../src/rules/index.js';
import { lintWithRule } from './helpers.js';

const RULES_DIR = fileURLToPath(new URL('../../src/rules/', import.meta.url));
// Files in src/rules/ that are not rules: the rule API, the registry, the README renderer.
const NOT_RULES = new Set(['rule.ts', 'index.ts', 'docs-table.ts']);

describe('rule registry', () => {
  it('has unique, kebab-case ids in sorted order', () => {
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    for (const id of ruleIds) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/u);
    expect([...ruleIds]).toEqual([...ruleIds].sort());
  });

  it('has one file per rule, named after its id', () => {
    const files = readdirSync(RULES_DIR, { withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !NOT_RULES.has(entry.name))
      .map((entry) => entry.name.replace(/\.ts$/u, ''))
      .sort();
    expect(files).toEqual([...ruleIds]);
  });

  it.each(rules.map((rule) => [rule.meta.id, rule] as const))('%s has complete metadata', (_id, rule) => {
    const { meta } = rule;
    expect(meta.description).not.toMatch(/\.$/u);
    expect(meta.docs.rationale.length).toBeGreaterThan(40);
    expect(meta.docs.invalid.length).toBeGreaterThan(0);
    expect(meta.docs.valid.length).toBeGreaterThan(0);
    for (const message of Object.values(meta.messages)) {
      expect(message).not.toMatch(/\n/u);
      expect(message).not.toMatch(/\.$/u);
    }
    if (meta.options !== undefined) expect(meta.options.parse(meta.defaultOptions ?? {})).toEqual(meta.defaultOptions);
  });
});

describe.each(rules.map((rule) => [rule.meta.id, rule] as const))('%s docs examples', (id, rule) => {
  it.each(rule.meta.docs.invalid.map((text, index) => [index, text] as const))('invalid example %i yields exactly one diagnostic', (_index, text) => {
    expect(lintWithRule(text, id)).toHaveLength(1);
  });

  it.each(rule.meta.docs.valid.map((text, index) => [index, text] as const))('valid example %i yields none', (_index, text) => {
    expect(lintWithRule(text, id)).toEqual([]);
  });
});
