import { defineRule } from './rule.js';

/** A field line is not a heading: `---` directly under a line of text makes it one. */
export const underlinedField = defineRule({
  meta: {
    id: 'underlined-field',
    description: 'Disallow a field line turned into a heading by a `---` or `===` line directly under it',
    defaultSeverity: 'error',
    fixable: true,
    messages: {
      underlined:
        'Unexpected heading made of field `{{label}}` by the `{{underline}}` line directly under it, expected a field and a rule: add a blank line before `{{underline}}`',
    },
    docs: {
      rationale:
        'In Markdown a line of text with `---` (or `===`) directly under it is a heading: the field above the rule ' +
        'renders as a big bold heading, and tools that read the file see a heading where the field should be. ' +
        'A blank line before the `---` makes it the rule the author meant. The field is still read as a field, ' +
        'so no other rule reports it missing.',
      invalid: ['## 2026-03-10 - Unescaped shell argument\n\n**Rule**: Pass arguments to child processes as an array.\n\n**Files**: src/run.ts\n---\n'],
      valid: ['## 2026-03-10 - Unescaped shell argument\n\n**Rule**: Pass arguments to child processes as an array.\n\n**Files**: src/run.ts\n\n---\n'],
    },
  },
  check(context) {
    for (const field of context.document.underlinedFields) {
      const at = field.range.start.offset;
      context.report({ messageId: 'underlined', data: { label: field.label, underline: field.underline }, at: field.range, fix: [{ start: at, end: at, text: '\n' }] });
    }
  },
});
