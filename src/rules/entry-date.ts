import * as z from 'zod';
import { isDatedFormat } from '../schema/dated-format.js';
import { lazy } from '../schema/lazy.js';
import { defineRule, type RuleContext } from './rule.js';
import { distinctDates, impossibility, isoSpelling } from './util/dates.js';
import { headingMarker, stripInlineMarkdown, truncate } from './util/text.js';

// A template entry left in the file (`## Title (YYYY-MM-DD)`) needs a different hint than a missing date.
const PLACEHOLDER = /\b(?:YYYY-MM-DD|YYYY-MM|YYYY\/MM\/DD|DD\.MM\.YYYY)\b/iu;

const optionsSchema = lazy(() =>
  z
    .object({
      /**
       * `always`: every entry carries a date. `when-dated`: only a file that dates (nearly) every entry
       * is asked for the missing ones; dates that are written are checked either way.
       */
      require: z.enum(['always', 'when-dated']).default('always'),
    })
    .strict(),
);

/** Options of `entry-date`. */
export type EntryDateOptions = z.output<ReturnType<typeof optionsSchema>>;

/** Every entry heading carries a real `YYYY-MM-DD` date. */
export const entryDate = defineRule<EntryDateOptions>({
  meta: {
    id: 'entry-date',
    description: 'Require a valid `YYYY-MM-DD` date on every entry heading',
    defaultSeverity: 'error',
    fixable: true,
    messages: {
      missing: 'Missing date in entry heading `{{heading}}`, expected `{{marker}}YYYY-MM-DD: {{heading}}`',
      missingAll:
        'Missing dates in all {{count}} entry headings, expected `{{marker}}YYYY-MM-DD: Title`: date each entry when it was written',
      placeholder:
        'Unexpected placeholder `{{placeholder}}` in entry heading `{{heading}}`, expected a real date: fill it in, or put a template in a code block',
      notIso: 'Unexpected date `{{date}}`, expected {{expected}}',
      impossible: 'Unexpected date `{{date}}`, expected a calendar date: {{reason}}',
    },
    // Built on first use: only a config that sets this rule's options needs it.
    get options() {
      return optionsSchema();
    },
    defaultOptions: { require: 'always' },
    docs: {
      rationale:
        'The date is how a lesson is found, sorted and retired. ISO dates sort as text, read the same in every ' +
        'locale, and can be checked; `2026/02/14`, `14.02.2026` and `Feb 14` cannot be compared reliably, and ' +
        'an impossible date such as `2026-02-30` is always a typo. A file in which no entry is dated gets ' +
        'one diagnostic, at its first entry, rather than one per entry. Option `require`: `always` (default) or ' +
        '`when-dated`, which asks for missing dates only in a file where at least three entries and 80% of them are ' +
        'dated (how a file with no declared schema is judged).',
      invalid: [
        '## sed `a` does not interpret `\\t`\n\n**Bug**: a literal `\\t` was written.\n',
        '## 2026/02/14: sed `a` does not interpret `\\t`\n\n**Bug**: a literal `\\t` was written.\n',
        '## 2026-02-30: sed `a` does not interpret `\\t`\n\n**Bug**: a literal `\\t` was written.\n',
      ],
      valid: ['## 2026-02-14: sed `a` does not interpret `\\t`\n\n**Bug**: a literal `\\t` was written.\n'],
    },
  },
  check(context) {
    const { entries } = context.document;
    const [first] = entries;
    if (context.options?.require === 'when-dated' && !isDatedFormat(entries)) {
      reportBadDates(context);
      return;
    }
    // A file that dates nothing made a choice: say so once instead of once per entry.
    if (first !== undefined && entries.length > 1 && entries.every((entry) => entry.heading.date === undefined)) {
      context.report({
        messageId: 'missingAll',
        data: { count: entries.length, marker: headingMarker(first.heading.depth) },
        at: first.heading,
      });
      return;
    }
    for (const entry of entries) {
      if (entry.heading.date === undefined) {
        const placeholder = PLACEHOLDER.exec(entry.heading.text)?.[0];
        if (placeholder !== undefined) {
          const heading = truncate(stripInlineMarkdown(entry.heading.text));
          context.report({ messageId: 'placeholder', data: { placeholder, heading }, at: entry.heading });
          continue;
        }
        context.report({
          messageId: 'missing',
          data: { heading: truncate(stripInlineMarkdown(entry.heading.text)), marker: headingMarker(entry.heading.depth) },
          at: entry.heading,
        });
      }
    }
    reportBadDates(context);
  },
});

// The dates that are written but wrong: never ISO, or not a day of the calendar.
function reportBadDates(context: RuleContext<EntryDateOptions>): void {
  for (const { date } of distinctDates(context.document.entries)) {
    if (date.notation === 'other') {
      const iso = isoSpelling(date.raw);
      context.report({
        messageId: 'notIso',
        data: { date: date.raw, expected: describeExpected(iso) },
        at: date.range,
        // Year first (`2026/02/14`, `2026.2.14`, `2026年2月14日`) is one respelling from ISO; a
        // day-month order such as `02/03/2026` never gets here, being ambiguous.
        ...(iso !== undefined && isCalendarDate(iso) && context.document.source.slice(date.range.start.offset, date.range.end.offset) === date.raw
          ? { fix: [{ start: date.range.start.offset, end: date.range.end.offset, text: iso }] }
          : {}),
      });
    } else if (!date.isValid) {
      context.report({ messageId: 'impossible', data: { date: date.raw, reason: impossibility(date.raw) }, at: date.range });
    }
  }
}

// `2026-02-15` (ISO 8601) when the date can be respelt, else the format itself.
function describeExpected(iso: string | undefined): string {
  return iso === undefined ? 'an ISO 8601 date, `YYYY-MM-DD`' : `\`${iso}\` (ISO 8601)`;
}

function isCalendarDate(iso: string): boolean {
  const [year, month, day = 1] = iso.split('-').map(Number) as [number, number, number?];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
