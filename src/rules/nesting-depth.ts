import { MAX_NESTING } from '../parse/nesting.js';
import { defineRule } from './rule.js';

/** Block quotes and lists nest no deeper than the parser reads. */
export const nestingDepth = defineRule({
  meta: {
    id: 'nesting-depth',
    description: `Disallow block quotes and lists nested more than ${MAX_NESTING} levels deep`,
    defaultSeverity: 'warn',
    fixable: false,
    messages: {
      tooDeep:
        'Unexpected nesting {{depth}} levels deep (block quotes and lists), expected at most {{max}}: {{lines}} not read; flatten the nesting',
    },
    docs: {
      rationale:
        `Block quotes and lists nested more than ${MAX_NESTING} levels deep are left unread: the Markdown parser's cost grows ` +
        'with every open level, and thousands of them (`> > > …` on one line, a list indented one step deeper per item) ' +
        'would take minutes. No lessons file needs such depth; it comes from pasted or generated text. The lines are ' +
        'reported here, so nothing in them passes unchecked.',
      invalid: [`## 2026-02-14: Quoted log\n\n**Rule**: Quote logs in a code block.\n\n${'> '.repeat(MAX_NESTING + 1)}deep\n`],
      valid: ['## 2026-02-14: Quoted log\n\n**Rule**: Quote logs in a code block.\n\n> > quoted twice\n'],
    },
  },
  check(context) {
    for (const run of context.document.deepNesting) {
      const { start, end } = run.range;
      const lines = start.line === end.line ? `line ${start.line} is` : `lines ${start.line}-${end.line} are`;
      context.report({ messageId: 'tooDeep', data: { depth: run.depth, max: MAX_NESTING, lines }, at: run.range });
    }
  },
});
