import type { Root } from 'mdast';
import { offsets } from './positions.js';
import type { Locator } from './location.js';
import type { Directive } from './model.js';

const DIRECTIVE = /<!--\s*lessons-(disable-next-line|disable-line|disable-file|disable|enable)\b([^]*?)-->/gu;

/** Find suppression comments in every HTML node of the tree (block comments and inline ones). */
export function findDirectives(tree: Root, source: string, locator: Locator): Directive[] {
  const directives: Directive[] = [];
  const visit = (node: { type: string; children?: unknown[] }) => {
    if (node.type === 'html') directives.push(...directivesIn(node as Parameters<typeof offsets>[0], source, locator));
    for (const child of node.children ?? []) visit(child as { type: string; children?: unknown[] });
  };
  visit(tree);
  return directives;
}

function directivesIn(node: Parameters<typeof offsets>[0], source: string, locator: Locator): Directive[] {
  const { start, end } = offsets(node);
  const text = source.slice(start, end);
  return [...text.matchAll(DIRECTIVE)].map((match) => {
    const at = start + (match.index ?? 0);
    // `-- reason` after the ids is a comment for humans, as in ESLint.
    const list = (match[2] ?? '').split(/\s--\s/u)[0] ?? '';
    const listStart = at + match[0].indexOf(match[2] ?? '');
    const ruleRanges: Directive['ruleRanges'] = [];
    const rules: string[] = [];
    for (const id of list.matchAll(/[^\s,]+/gu)) {
      rules.push(id[0]);
      const idStart = listStart + (id.index ?? 0);
      ruleRanges.push(locator.range(idStart, idStart + id[0].length));
    }
    return { kind: match[1] as Directive['kind'], rules, ruleRanges, range: locator.range(at, at + match[0].length) };
  });
}
