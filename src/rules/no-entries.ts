import { defineRule } from './rule.js';

/** A lessons file has entries the linter can see. */
export const noEntries = defineRule({
  meta: {
    id: 'no-entries',
    description: 'Report a file in which no lessons entry is found',
    defaultSeverity: 'warn',
    fixable: false,
    messages: {
      none: 'Missing lessons entries: no heading, list item or paragraph of this file starts with a date, expected entries like `## 2026-02-14: Title` over labelled fields like `**{{field}}**: ...`',
    },
    docs: {
      rationale:
        'A lessons file with no recognisable entry is either not a lessons file or written in a shape nothing ' +
        'can check; one file-level diagnostic says what an entry looks like, instead of a wall of errors. ' +
        'Lines that look like flattened entries are reported by `pseudo-heading` instead.',
      invalid: ['# Lessons Learned\n\nWe should write down what went wrong last sprint.\n'],
      valid: ['# Lessons Learned\n\n## 2026-02-14: Timezones in cron\n\n**Rule**: Schedule cron jobs in UTC.\n'],
    },
  },
  check(context) {
    const { document } = context;
    if (document.entries.length > 0 || document.pseudoHeadings.length > 0) return;
    const origin = { line: 1, column: 1, offset: 0 };
    // `Rule` is the field nearly every format has; else the first field of the first candidate schema.
    const fields = context.schemas.candidates[0]?.fields.map((candidate) => candidate.name) ?? [];
    const field = fields.length === 0 || fields.includes('Rule') ? 'Rule' : (fields[0] as string);
    context.report({ messageId: 'none', data: { field }, at: { start: origin, end: origin } });
  },
});
