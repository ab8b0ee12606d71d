import { collectLabelCandidates, preferredSpelling } from './label-candidates.js';

// A template shows an entry heading: `## YYYY-MM-DD: Title`, `## [date] title`, `### 2026-01-01 - …`.
const TEMPLATE_HEADING = /^#{2,4}[ \t]+.*(?:YYYY|yyyy|\d{4}-\d{2}|\[date\]|<date>|DATE)/mu;

/**
 * The field labels of the first "Format:" template among code blocks' texts: a block showing an entry
 * heading followed by at least two labels. Returns the labels in template order.
 */
export function findTemplateLabels(blocks: string[]): string[] | undefined {
  for (const block of blocks) {
    if (!TEMPLATE_HEADING.test(block)) continue;
    const labels = [...collectLabelCandidates(block.replace(/^#{1,6}[ \t].*$/gmu, '')).values()].map(preferredSpelling);
    if (labels.length >= 2) return labels;
  }
  return undefined;
}
