import * as z from 'zod';
import type { EntryHeading } from '../parse/model.js';
import { lazy } from '../schema/lazy.js';
import { defineRule } from './rule.js';
import { compareIso } from './util/dates.js';

const optionsSchema = lazy(() =>
  z
    .object({
      /** `oldest-first` suits files that are appended to, as most are; `newest-first` suits changelog-style files. */
      order: z.enum(['oldest-first', 'newest-first']).default('oldest-first'),
    })
    .strict(),
);

/** Options of `date-order`. */
export type DateOrderOptions = z.output<ReturnType<typeof optionsSchema>>;

/** Opt-in: entries are sorted by date. */
export const dateOrder = defineRule<DateOrderOptions>({
  meta: {
    id: 'date-order',
    description: 'Require entries to be sorted by date (off by default)',
    defaultSeverity: 'off',
    fixable: false,
    messages: {
      outOfOrder:
        'Unexpected date `{{date}}` after `{{previous}}` (line {{line}}), expected entries `{{order}}`: move this entry',
    },
    // Built on first use: only a config that sets this rule's options needs it.
    get options() {
      return optionsSchema();
    },
    defaultOptions: { order: 'oldest-first' },
    docs: {
      rationale:
        'A sorted file reads as a timeline and makes duplicates and superseded lessons easy to spot. Off by ' +
        'default because many files are grouped by topic instead. Option `order`: `oldest-first` (default; most ' +
        'lessons files are appended to) or `newest-first`. Each entry is compared with the dated entry before ' +
        'it, so one misplaced entry is reported once; equal dates are in order, and a `YYYY-MM` date is ' +
        'compared by month.',
      invalid: [
        [
          '## 2026-02-19: Libvirt bindings are not thread-safe',
          '',
          '**Rule**: Route libvirt calls through one worker thread.',
          '',
          '## 2026-02-14: sed `a` does not interpret `\\t`',
          '',
          '**Rule**: Verify config changes take effect.',
          '',
        ].join('\n'),
      ],
      valid: [
        [
          '## 2026-02-14: sed `a` does not interpret `\\t`',
          '',
          '**Rule**: Verify config changes take effect.',
          '',
          '## 2026-02-19: Libvirt bindings are not thread-safe',
          '',
          '**Rule**: Route libvirt calls through one worker thread.',
          '',
        ].join('\n'),
      ],
    },
  },
  check(context) {
    // Defensive: a runner that skips option parsing must not crash the rule.
    const order = (context.options as DateOrderOptions | undefined)?.order ?? 'oldest-first';
    const direction = order === 'newest-first' ? -1 : 1;
    // The previous entry's heading, not its line: a line is worked out only for a finding.
    let previous: { iso: string; raw: string; heading: EntryHeading } | undefined;
    for (const entry of context.document.entries) {
      const date = entry.heading.date;
      if (date?.iso === undefined) continue;
      if (previous !== undefined && compareIso(date.iso, previous.iso) * direction < 0) {
        context.report({
          messageId: 'outOfOrder',
          data: { date: date.raw, previous: previous.raw, line: previous.heading.range.start.line, order },
          at: date.isInherited ? entry.heading : date.range,
        });
      }
      previous = { iso: date.iso, raw: date.raw, heading: entry.heading };
    }
  },
});
