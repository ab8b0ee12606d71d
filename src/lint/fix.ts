import type { Diagnostic, LintResult } from './result.js';
import { lintText, type LintTextOptions } from './lint-text.js';

/** As ESLint: passes of fix-and-lint before giving up on reaching a text with nothing left to fix. */
export const MAX_FIX_PASSES = 10;

const BOM = '\uFEFF';

/** The outcome of `lintAndFix`: the fixed text, and the findings that remain in it. */
export interface FixOutcome {
  /** The text with every fix applied (BOM and line endings as they were); the input when nothing was fixed. */
  output: string;
  /** True when at least one fix was applied. */
  isFixed: boolean;
  /** The lint of `output`: what remains to fix by hand. */
  result: LintResult;
}

/**
 * Lint, apply the fixes the findings carry, and lint again, until no fix is left (at most
 * MAX_FIX_PASSES passes). Fixes that overlap one applied in the same pass wait for the next pass,
 * where they are recomputed on the new text. A BOM stays, and inserted line breaks are the text's
 * own (the runner writes them so).
 */
export function lintAndFix(text: string, options: LintTextOptions = {}): FixOutcome {
  const bom = text.startsWith(BOM) ? BOM : '';
  let source = bom ? text.slice(bom.length) : text;
  let result = lintText(source, options);
  let isFixed = false;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass += 1) {
    const fixed = applyFixes(source, result.diagnostics);
    if (fixed === source) break;
    source = fixed;
    isFixed = true;
    result = lintText(source, options);
  }
  return { output: isFixed ? bom + source : text, isFixed, result };
}

/**
 * Apply the fixes of the diagnostics to the text (offsets as the diagnostics give them), in order,
 * skipping any that overlaps one applied before it.
 */
export function applyFixes(source: string, diagnostics: readonly Diagnostic[]): string {
  const fixes = diagnostics.flatMap((diagnostic) => (diagnostic.fix ? [diagnostic.fix] : [])).sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  if (fixes.length === 0) return source;
  const parts: string[] = [];
  let from = 0;
  for (const fix of fixes) {
    const [start, end] = fix.range;
    if (start < from || end < start || end > source.length) continue;
    parts.push(source.slice(from, start), fix.text);
    from = end;
  }
  parts.push(source.slice(from));
  return parts.join('');
}
