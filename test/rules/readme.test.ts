import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderRuleSection, renderRulesDocs, renderRulesTable } from '../../src/rules/docs-table.js';
import { rules } from '../../src/rules/index.js';
import { defineRule } from '../../src/rules/rule.js';

const README = new URL('../../README.md', import.meta.url);
const START = '<!-- rules:start -->';
const END = '<!-- rules:end -->';

/** The README text between the markers, and a function to replace it. */
function generatedPart(text: string): { current: string; replace: (next: string) => string } {
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md must contain ${START} ... ${END}`);
  const from = start + START.length;
  return { current: text.slice(from, end), replace: (next) => text.slice(0, from) + next + text.slice(end) };
}

describe('README rules section', () => {
  it('matches the rule registry (UPDATE_README=1 rewrites it)', () => {
    const text = readFileSync(README, 'utf8');
    const part = generatedPart(text);
    const expected = `\n${renderRulesDocs(rules)}`;
    if (process.env.UPDATE_README === '1') {
      writeFileSync(README, part.replace(expected));
      return;
    }
    expect(part.current).toBe(expected);
  });
});

describe('renderRulesTable', () => {
  it('links every rule id to its section and escapes pipes in cells', () => {
    const table = renderRulesTable(rules);
    for (const rule of rules) expect(table).toContain(`[\`${rule.meta.id}\`](#${rule.meta.id})`);
    expect(table).toContain('`oldest-first` \\| `newest-first` (default `oldest-first`)');
    expect(table.split('\n').filter((line) => line.startsWith('| ['))).toHaveLength(rules.length);
  });

  it('gives every rule a section', () => {
    const docs = renderRulesDocs(rules);
    for (const rule of rules) expect(docs).toContain(`\n### ${rule.meta.id}\n`);
  });

  it('fences an example in more backticks than any run inside it', () => {
    const example = '## 2026-02-14: Title\n\n**Fix**:\n\n```sh\nsed -i x\n```\n';
    const [base] = rules;
    if (base === undefined) throw new Error('no rules registered');
    const rule = defineRule({
      meta: { ...base.meta, id: 'fenced', options: undefined, docs: { rationale: 'Why.', invalid: [example], valid: [example] } },
      check: () => undefined,
    });
    const fence = '`'.repeat(4);
    expect(renderRuleSection(rule)).toContain(`Invalid:\n\n${fence}markdown\n${example}${fence}\n`);
  });
});
