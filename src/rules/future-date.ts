import { defineRule } from './rule.js';
import { distinctDates, todayAt } from './util/dates.js';

/** Entry dates are not after today. */
export const futureDate = defineRule({
  meta: {
    id: 'future-date',
    description: 'Disallow entry dates after today',
    defaultSeverity: 'warn',
    fixable: false,
    messages: {
      future: 'Unexpected future date `{{date}}`, expected `{{today}}` or earlier: check the year and month',
    },
    docs: {
      rationale:
        'A lesson records something that already happened. A date in the future is a typo (a wrong year or ' +
        'month) that puts the entry in the wrong place when the file is sorted or searched. Compared in UTC; ' +
        'a `YYYY-MM` date is compared by month.',
      invalid: ['## 2062-02-14: Timezones in cron\n\n**Rule**: Schedule cron jobs in UTC.\n'],
      valid: ['## 2026-02-14: Timezones in cron\n\n**Rule**: Schedule cron jobs in UTC.\n'],
    },
  },
  check(context) {
    const todayAtPrecision = { day: todayAt(context.now, 'day'), month: todayAt(context.now, 'month') };
    for (const { date } of distinctDates(context.document.entries)) {
      if (date.iso === undefined || !date.isValid) continue;
      const today = todayAtPrecision[date.precision];
      // ISO strings of one precision compare correctly as text.
      if (date.iso > today) context.report({ messageId: 'future', data: { date: date.raw, today }, at: date.range });
    }
  },
});
