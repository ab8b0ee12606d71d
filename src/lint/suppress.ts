import type { Directive } from '../parse/model.js';
import type { Diagnostic } from './result.js';

/** Drop the diagnostics that `<!-- lessons-disable… -->` comments switch off. */
export function applySuppressions(diagnostics: Diagnostic[], directives: Directive[]): Diagnostic[] {
  if (directives.length === 0) return diagnostics;
  const ranged = directives.filter((directive) => directive.kind === 'disable' || directive.kind === 'enable');
  return diagnostics.filter((diagnostic) => !directives.some((directive) => suppressesAlone(directive, diagnostic)) && !isInDisabledRange(diagnostic, ranged));
}

function names(directive: Directive, ruleId: string): boolean {
  return directive.rules.length === 0 || directive.rules.includes(ruleId);
}

function suppressesAlone(directive: Directive, diagnostic: Diagnostic): boolean {
  if (!names(directive, diagnostic.ruleId)) return false;
  if (directive.kind === 'disable-file') return true;
  if (directive.kind === 'disable-line') return diagnostic.line >= directive.range.start.line && diagnostic.line <= directive.range.end.line;
  if (directive.kind === 'disable-next-line') return diagnostic.line === directive.range.end.line + 1;
  return false;
}

// The last disable/enable before the diagnostic that names its rule decides, as in ESLint.
function isInDisabledRange(diagnostic: Diagnostic, ranged: Directive[]): boolean {
  let decision: Directive | undefined;
  for (const directive of ranged) {
    const { line, column } = directive.range.start;
    const isBefore = line < diagnostic.line || (line === diagnostic.line && column <= diagnostic.column);
    if (isBefore && names(directive, diagnostic.ruleId)) decision = directive;
  }
  return decision?.kind === 'disable';
}
