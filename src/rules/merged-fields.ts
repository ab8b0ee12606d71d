import type { Field } from '../parse/model.js';
import { truncate } from './util/text.js';
import { defineRule, type TextEdit } from './rule.js';

/** Each field starts its own paragraph. */
export const mergedFields = defineRule({
  meta: {
    id: 'merged-fields',
    description: 'Disallow several field labels in one paragraph',
    defaultSeverity: 'warn',
    fixable: true,
    messages: {
      merged:
        'Unexpected field `{{field}}` in the same paragraph as `{{previous}}`, expected a blank line between them: they render as one run-on line',
      mergedMany:
        'Unexpected fields {{fields}} in the same paragraph as `{{previous}}`, expected a blank line before each: they render as one run-on line',
    },
    docs: {
      rationale:
        'Markdown joins consecutive lines into one paragraph: `**Mistake:** ...` and `**Correction:** ...` on ' +
        'adjacent lines render on GitHub as a single run-on line. Each label sharing a paragraph with the ' +
        'previous one is reported, once per paragraph. A list (`- **Mistake:** ...`) keeps one field per line and is fine.',
      invalid: [
        [
          '## 2026-05-02 - ProtectSystem=strict blocks apt',
          '',
          '**Mistake:** Deployed the service with ProtectSystem=strict.',
          '**Correction:** Removed ProtectSystem=strict.',
          '',
          '**Rule:** Do not use ProtectSystem=strict for package managers.',
          '',
          '**Status:** Active',
          '',
        ].join('\n'),
      ],
      valid: [
        [
          '## 2026-05-02 - ProtectSystem=strict blocks apt',
          '',
          '- **Mistake:** Deployed the service with ProtectSystem=strict.',
          '- **Correction:** Removed ProtectSystem=strict.',
          '- **Rule:** Do not use ProtectSystem=strict for package managers.',
          '- **Status:** Active',
          '',
        ].join('\n'),
      ],
    },
  },
  check(context) {
    for (const entry of context.document.entries) {
      // The previous label may be an unknown one (`**Note:**`): it is still what the line runs into.
      const labels = [...entry.fields, ...entry.unknownLabels].sort((a, b) => a.labelRange.start.offset - b.labelRange.start.offset);
      // In a file judged by its own format, bold labels outside the vocabulary are labels all the
      // same (plain `Word:` lines may be prose); a declared schema leaves them to `unknown-field`.
      const isAnyBold = context.schemas.isInferred;
      const runs = mergedRuns(labels.filter((label) => label.name !== undefined || (isAnyBold && isBold(label))));
      if (runs.length === 0) continue;
      for (const run of runs) {
        const [first] = run;
        const last = run[run.length - 1];
        if (!first || !last) continue;
        // A record's first line stands for its heading: the first field of the record may run into it.
        const previous = labels[labels.indexOf(first) - 1]?.label ?? (entry.layout === 'record' ? truncate(entry.heading.text) : 'the previous label');
        const fix = splitFix(context.document.source, run);
        context.report({
          messageId: run.length === 1 ? 'merged' : 'mergedMany',
          data: { field: first.label, fields: run.map((field) => `\`${field.label}\``).join(', '), previous },
          at: { start: first.labelRange.start, end: last.labelRange.end },
          ...(fix ? { fix } : {}),
        });
      }
    }
  },
});

function isBold(label: Field): boolean {
  return label.labelStyle !== 'plain' && label.labelStyle !== 'list-plain' && label.labelStyle !== 'heading';
}

// Consecutive fields that each share a paragraph with the one before: one run per paragraph.
function mergedRuns(fields: Field[]): Field[][] {
  const runs: Field[][] = [];
  let current: Field[] = [];
  for (const field of fields) {
    if (field.sharesParagraphWithPrevious) current.push(field);
    else if (current.length > 0) {
      runs.push(current);
      current = [];
    }
  }
  if (current.length > 0) runs.push(current);
  return runs;
}

/**
 * A blank line before each label of the run: the spaces before a label in mid-line become a blank
 * line, a label at a line start gets an empty line above it. Only for plain paragraphs at the top
 * level: in a list item or a block quote the new line would need the container's prefix, and a label
 * in a heading is the heading's text.
 */
function splitFix(source: string, run: readonly Field[]): TextEdit[] | undefined {
  const edits: TextEdit[] = [];
  for (const field of run) {
    if (field.labelStyle.startsWith('list') || field.labelStyle === 'heading') return undefined;
    const labelStart = field.labelRange.start.offset;
    let start = labelStart;
    while (start > 0 && (source[start - 1] === ' ' || source[start - 1] === '\t')) start -= 1;
    const before = source[start - 1];
    const isLineStart = start === 0 || before === '\n' || before === '\r';
    if (!isPlainLine(source, labelStart - (field.labelRange.start.column - 1))) return undefined;
    edits.push(isLineStart ? { start, end: start, text: '\n' } : { start, end: labelStart, text: '\n\n' });
  }
  return edits;
}

// The line starting at `lineStart` starts with text, not a block quote, list marker or indentation.
function isPlainLine(source: string, lineStart: number): boolean {
  return !/^(?:[ \t]|>|[-*+][ \t]|\d{1,9}[.)][ \t])/u.test(source.slice(lineStart, lineStart + 12));
}
