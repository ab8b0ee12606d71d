import type { EntrySchema } from '../schema/spec.js';
import { defineRule } from './rule.js';
import { fitEntry } from './util/schema-fit.js';
import { codeList, entryName } from './util/text.js';

const MAX_LABELS = 5;

/** An entry's fields come from one schema; a file whose labels match no schema is told once. */
export const entrySchema = defineRule({
  meta: {
    id: 'entry-schema',
    description: 'Require the fields of each entry to fit one entry schema',
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      mixed: 'Unexpected {{unexpected}} in entry `{{entry}}`, expected the fields of one schema: closest is {{schema}}',
      mixedMissing:
        'Unexpected {{unexpected}} in entry `{{entry}}`, expected the fields of one schema: closest is {{schema}}, which also needs {{missing}}',
      empty: 'Missing fields in entry `{{entry}}`, expected labelled fields of {{schemas}}',
      foreign:
        'Unexpected labels {{labels}} that match no entry schema, expected the fields of {{schemas}}: declare a custom schema in the config',
      foreignNoLabels:
        'Missing fields of a known entry schema in every entry, expected the fields of {{schemas}}: declare a custom schema in the config',
    },
    docs: {
      rationale:
        'A schema is what makes an entry checkable: it says which fields belong together. An entry mixing the ' +
        'fields of two schemas is usually a copy-paste slip, and checking it against either would produce a ' +
        'cascade of errors; this rule reports it once, naming the closest schema and the difference. A file ' +
        'that uses its own labels throughout gets one diagnostic suggesting a custom schema, not one per entry.',
      invalid: [
        [
          '## 2026-02-14: sed `a` does not interpret `\\t`',
          '',
          '**Bug**: A literal `\\t` was written instead of a tab.',
          '',
          '**Impact**: LVM ignored the config line.',
          '',
          '**Fix**: Use ANSI-C quoting.',
          '',
          '**Rule**: Verify config changes take effect.',
          '',
          '## 2026-02-19: Libvirt bindings block the event loop',
          '',
          '**Bug**: The health endpoint hung.',
          '',
          '**Fix**: Run libvirt calls in one worker thread.',
          '',
          '**Rule**: Never call libvirt from async code.',
          '',
          '**Status**: Active',
          '',
        ].join('\n'),
        [
          '## 2026-02-14: Cron runs in local time',
          '',
          '**Problem**: The job ran an hour late after the DST change.',
          '',
          '**Lesson**: Schedule in UTC.',
          '',
          '## 2026-02-20: Stale cache after deploy',
          '',
          '**Problem**: Users saw the old bundle.',
          '',
          '**Lesson**: Hash asset file names.',
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
          '**Fix**: Use ANSI-C quoting.',
          '',
          '**Rule**: Verify config changes take effect.',
          '',
        ].join('\n'),
      ],
    },
  },
  check(context) {
    const { document, schemas } = context;
    const [first] = document.entries;
    if (first === undefined) return;
    if (document.schemaFit === 'foreign') {
      const labels = document.foreignLabels;
      const shown = labels.slice(0, MAX_LABELS);
      const more = labels.length > shown.length ? ` and ${labels.length - shown.length} more` : '';
      context.report({
        messageId: labels.length > 0 ? 'foreign' : 'foreignNoLabels',
        data: { labels: `${codeList(shown)}${more}`, schemas: describeSchemas(schemas.candidates) },
        at: first.heading,
      });
      return;
    }
    for (const entry of document.entries) {
      const fit = fitEntry(context, entry);
      if (fit.kind === 'empty') {
        context.report({ messageId: 'empty', data: { entry: entryName(entry), schemas: describeSchemas(schemas.candidates) }, at: entry.heading });
      } else if (fit.kind === 'mixed') {
        const noun = fit.unexpected.length === 1 ? 'field' : 'fields';
        context.report({
          messageId: fit.missing.length > 0 ? 'mixedMissing' : 'mixed',
          data: {
            entry: entryName(entry),
            unexpected: `${noun} ${codeList(fit.unexpected)}`,
            schema: describeSchema(fit.schema),
            missing: codeList(fit.missing),
          },
          at: entry.heading,
        });
      }
    }
  },
});

function describeSchema(schema: EntrySchema): string {
  return `\`${schema.name}\` (${codeList(schema.fields.map((spec) => spec.name))})`;
}

function describeSchemas(candidates: readonly EntrySchema[]): string {
  const described = candidates.map(describeSchema);
  if (described.length <= 1) return described.join('');
  return `${described.slice(0, -1).join(', ')} or ${described.at(-1) ?? ''}`;
}
