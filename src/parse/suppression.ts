import type { Directive } from './model.js';

/** Where a finding of a rule starts. */
export interface FindingPlace {
  ruleId: string;
  line: number;
  column: number;
}

/** Whether `<!-- lessons-disable… -->` comments switch off a finding of a rule at a place. */
export type SuppressionTest = (place: FindingPlace) => boolean;

// A disable or enable comment, by where it starts.
interface Switch {
  line: number;
  column: number;
  isDisable: boolean;
}

// The comments that name one rule, or (under ALL) every rule.
interface RuleSwitches {
  inFile: boolean;
  lines: Set<number>;
  switches: Switch[];
}

const ALL = '';

/**
 * Index the directives once, so that each finding is tested in time independent of how many
 * comments the file holds (a file of thousands of entries with a comment each would otherwise cost
 * comments x findings). The last disable/enable before the finding that names its rule decides, as
 * in ESLint; `disable-line` covers the comment's lines, `disable-next-line` the line after it.
 */
export function suppressionTest(directives: readonly Directive[]): SuppressionTest {
  if (directives.length === 0) return () => false;
  const byRule = new Map<string, RuleSwitches>();
  for (const directive of directives) {
    for (const rule of directive.rules.length === 0 ? [ALL] : directive.rules) add(switchesOf(byRule, rule), directive);
  }
  for (const { switches } of byRule.values()) switches.sort((a, b) => a.line - b.line || a.column - b.column);
  return (place) => {
    const all = byRule.get(ALL);
    const own = byRule.get(place.ruleId);
    if (isCoveredAlone(all, place.line) || isCoveredAlone(own, place.line)) return true;
    const decision = later(lastBefore(all?.switches, place), lastBefore(own?.switches, place));
    return decision?.isDisable === true;
  };
}

function switchesOf(byRule: Map<string, RuleSwitches>, rule: string): RuleSwitches {
  let switches = byRule.get(rule);
  if (!switches) {
    switches = { inFile: false, lines: new Set(), switches: [] };
    byRule.set(rule, switches);
  }
  return switches;
}

function add(target: RuleSwitches, directive: Directive): void {
  const { start, end } = directive.range;
  switch (directive.kind) {
    case 'disable-file':
      target.inFile = true;
      break;
    case 'disable-line':
      for (let line = start.line; line <= end.line; line += 1) target.lines.add(line);
      break;
    case 'disable-next-line':
      target.lines.add(end.line + 1);
      break;
    default:
      target.switches.push({ line: start.line, column: start.column, isDisable: directive.kind === 'disable' });
  }
}

function isCoveredAlone(switches: RuleSwitches | undefined, line: number): boolean {
  return switches !== undefined && (switches.inFile || switches.lines.has(line));
}

// The last switch at or before the place (binary search), or undefined.
function lastBefore(switches: readonly Switch[] | undefined, place: FindingPlace): Switch | undefined {
  if (!switches) return undefined;
  let low = 0;
  let high = switches.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const at = switches[middle] as Switch;
    if (at.line < place.line || (at.line === place.line && at.column <= place.column)) low = middle + 1;
    else high = middle;
  }
  return switches[low - 1];
}

function later(a: Switch | undefined, b: Switch | undefined): Switch | undefined {
  if (!a) return b;
  if (!b) return a;
  return b.line > a.line || (b.line === a.line && b.column >= a.column) ? b : a;
}
