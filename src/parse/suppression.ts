import type { Directive } from './model.js';

/** Where a finding of a rule starts. */
export interface FindingPlace {
  ruleId: string;
  line: number;
  column: number;
}

/** True when `<!-- lessons-disable… -->` comments switch off a finding of this rule at this place. */
export function isSuppressed(directives: readonly Directive[], place: FindingPlace): boolean {
  if (directives.length === 0) return false;
  const ranged = directives.filter((directive) => directive.kind === 'disable' || directive.kind === 'enable');
  return directives.some((directive) => suppressesAlone(directive, place)) || isInDisabledRange(place, ranged);
}

function names(directive: Directive, ruleId: string): boolean {
  return directive.rules.length === 0 || directive.rules.includes(ruleId);
}

function suppressesAlone(directive: Directive, diagnostic: FindingPlace): boolean {
  if (!names(directive, diagnostic.ruleId)) return false;
  if (directive.kind === 'disable-file') return true;
  if (directive.kind === 'disable-line') return diagnostic.line >= directive.range.start.line && diagnostic.line <= directive.range.end.line;
  if (directive.kind === 'disable-next-line') return diagnostic.line === directive.range.end.line + 1;
  return false;
}

// The last disable/enable before the diagnostic that names its rule decides, as in ESLint.
function isInDisabledRange(diagnostic: FindingPlace, ranged: Directive[]): boolean {
  let decision: Directive | undefined;
  for (const directive of ranged) {
    const { line, column } = directive.range.start;
    const isBefore = line < diagnostic.line || (line === diagnostic.line && column <= diagnostic.column);
    if (isBefore && names(directive, diagnostic.ruleId)) decision = directive;
  }
  return decision?.kind === 'disable';
}
