import { distance } from 'fastest-levenshtein';
import { lintText } from '../../src/lint/lint-text.js';

const now = new Date('2026-11-22T00:00:00Z');
// The rules whose fix respells one word: a label, a status value, a date.
const RESPELLING = new Set(['unknown-field', 'status-value', 'entry-date']);
const words = (text: string) => text.replace(/[\s#*_]/gu, '');

/**
 * What the fixes of one lint of `text` would do beyond the guarantee of `--fix`: a fix adds or
 * removes only white space, heading marks and emphasis, or (for the respelling rules) replaces a
 * word by one within two edits of it, or a date by its ISO spelling. Empty when all is well.
 */
export function fixProblems(text: string): string[] {
  const { diagnostics } = lintText(text, { filePath: 'lessons.md', now });
  return diagnostics.flatMap((diagnostic) => {
    if (!diagnostic.fix) return [];
    const before = text.slice(...diagnostic.fix.range);
    const after = diagnostic.fix.text;
    if (words(before) === words(after)) return [];
    if (RESPELLING.has(diagnostic.ruleId) && (distance(before, after) <= 2 || /^\d{4}-\d{2}(?:-\d{2})?$/u.test(after))) return [];
    return [`${diagnostic.ruleId} at ${diagnostic.line}:${diagnostic.column} changes ${JSON.stringify(before)} to ${JSON.stringify(after)}`];
  });
}
