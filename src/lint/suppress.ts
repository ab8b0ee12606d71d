import { suppressionTest } from '../parse/suppression.js';
import type { Directive } from '../parse/model.js';
import type { Diagnostic } from './result.js';

/** Drop the diagnostics that `<!-- lessons-disable… -->` comments switch off. */
export function applySuppressions(diagnostics: Diagnostic[], directives: Directive[]): Diagnostic[] {
  if (directives.length === 0) return diagnostics;
  const isSuppressed = suppressionTest(directives);
  return diagnostics.filter((diagnostic) => !isSuppressed(diagnostic));
}
