import type { LabelStyle } from '../parse/model.js';
import { defineRule, type TextEdit } from './rule.js';
import { entryName } from './util/text.js';

/** How the colon and emphasis are written; list or not does not count. */
type LabelFamily = 'colon-outside' | 'colon-inside' | 'plain';

const FAMILY: Record<LabelStyle, LabelFamily | undefined> = {
  bold: 'colon-outside',
  'list-bold': 'colon-outside',
  'bold-colon-inside': 'colon-inside',
  'list-bold-colon-inside': 'colon-inside',
  plain: 'plain',
  'list-plain': 'plain',
  // A `### Bug` sub-heading is a layout choice, not a way of writing a label.
  heading: undefined,
};

/** Field labels are written one way throughout a file. */
export const labelStyle = defineRule({
  meta: {
    id: 'label-style',
    description: 'Require one label style (`**X**:`, `**X:**` or `X:`) throughout a file',
    defaultSeverity: 'warn',
    whenInferred: 'warn-once',
    fixable: true,
    messages: {
      style: 'Unexpected label style `{{actual}}`, expected `{{expected}}` like most labels in this file',
      styleMany:
        'Unexpected label style `{{actual}}` on {{count}} labels of entry `{{entry}}`, expected `{{expected}}` like most labels in this file',
    },
    docs: {
      rationale:
        'Mixed `**Fix**:` and `**Fix:**` is harmless to read but a sign of entries pasted from different ' +
        'sources, and it makes the file hard to grep. The file\'s majority style wins (the first one used on a ' +
        'tie). Each entry written otherwise is reported once, at its first such label, since an entry is ' +
        'usually reformatted as a whole. Bulleted and unbulleted labels count as the same style, ' +
        'since a list is a layout choice (see `merged-fields`), and `### Fix` sub-headings are not compared.',
      invalid: [
        [
          '## 2026-02-14: sed `a` does not interpret `\\t`',
          '',
          '**Bug**: A literal `\\t` was written instead of a tab.',
          '',
          '**Impact**: LVM ignored the config line.',
          '',
          '**Fix:** Use ANSI-C quoting.',
          '',
          '**Rule**: Verify config changes take effect.',
          '',
        ].join('\n'),
      ],
      valid: [
        [
          '## 2026-02-14: sed `a` does not interpret `\\t`',
          '',
          '**Bug**: A literal `\\t` was written instead of a tab.',
          '',
          '**Impact**: LVM ignored the config line.',
          '',
          '- **Fix**: Use ANSI-C quoting.',
          '- **Rule**: Verify config changes take effect.',
          '',
        ].join('\n'),
      ],
    },
  },
  check(context) {
    const labelled = context.document.entries.map((entry) =>
      entry.fields.flatMap((field) => {
        const family = FAMILY[field.labelStyle];
        return family === undefined ? [] : [{ field, family }];
      }),
    );
    const majority = majorityFamily(labelled.flat().map((item) => item.family));
    if (majority === undefined) return;
    context.document.entries.forEach((entry, index) => {
      const off = (labelled[index] ?? []).filter((item) => item.family !== majority);
      const [first] = off;
      if (first === undefined) return;
      const data = {
        actual: render(first.family, first.field.label),
        expected: render(majority, first.field.label),
        count: off.length,
        entry: entryName(entry),
      };
      const fix = off.flatMap(({ field, family }) => restyle(context.document.source, field.labelRange.start.offset, field.labelRange.end.offset, family, majority));
      context.report({ messageId: off.length === 1 ? 'style' : 'styleMany', data, at: first.field.labelRange, ...(fix.length === off.length ? { fix } : {}) });
    });
  },
});

// Counts in first-use order, so a tie goes to the style the file started with.
function majorityFamily(families: readonly LabelFamily[]): LabelFamily | undefined {
  const counts = new Map<LabelFamily, number>();
  for (const family of families) counts.set(family, (counts.get(family) ?? 0) + 1);
  let best: LabelFamily | undefined;
  for (const [family, count] of counts) {
    if (best === undefined || count > (counts.get(best) ?? 0)) best = family;
  }
  return best;
}

function render(family: LabelFamily, label: string): string {
  if (family === 'colon-outside') return `**${label}**:`;
  if (family === 'colon-inside') return `**${label}:**`;
  return `${label}:`;
}

// The label rewritten in the file's style, its emphasis marker (`**` or `__`) and colon (`:` or `：`)
// kept; nothing when the source is not exactly the label in its own style (a label split by markup).
function restyle(source: string, start: number, end: number, family: LabelFamily, target: LabelFamily): TextEdit[] {
  const written = source.slice(start, end);
  const match = /^(\*\*|__)?(.*?)(\s*)([:：])(\*\*|__)?$|^(\*\*|__)(.*?)\6(\s*)([:：])$/su.exec(written);
  if (!match) return [];
  const marker = match[1] ?? match[6] ?? '**';
  const colon = match[4] ?? match[9] ?? ':';
  const label = (match[2] ?? match[7] ?? '').trim();
  if (label === '' || render(family, label).replace(/\*\*/gu, marker).replace(':', colon) !== written) return [];
  const text = target === 'colon-outside' ? `${marker}${label}${marker}${colon}` : target === 'colon-inside' ? `${marker}${label}${colon}${marker}` : `${label}${colon}`;
  return [{ start, end, text }];
}
