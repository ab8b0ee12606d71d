import { defineRule } from './rule.js';
import { describeSchemas } from './util/schemas-text.js';
import { codeList } from './util/text.js';

const MAX_LABELS = 5;

/** A file whose entries follow none of the schemas is told once, with what to configure. */
export const unknownFormat = defineRule({
  meta: {
    id: 'unknown-format',
    description: 'Report once when a file\'s entries follow none of the entry schemas',
    defaultSeverity: 'warn',
    whenInferred: 'off',
    fixable: false,
    messages: {
      labels:
        'Unexpected entry format: labels {{labels}} match no entry schema, expected the fields of {{schemas}}: declare a schema for this format (`lessons init --from {{file}} --stdout` prints one for your config)',
      fewFields:
        'Unexpected entry format: no entry has two fields of one schema (only {{fields}}), expected the fields of {{schemas}}: declare a schema for this format (`lessons init --from {{file}} --stdout` prints one for your config)',
      noLabels:
        'Unexpected entry format: {{entries}} without labelled fields, expected the fields of {{schemas}}: declare a schema for this format, or one with no fields (`lessons init --from {{file}} --stdout` prints one for your config)',
    },
    docs: {
      rationale:
        'Most real lessons files keep their own labels (`What happened`, `原因`, `Context`) or none at all. ' +
        'Checking their entries against schemas they never meant to follow would bury the file in errors, so a ' +
        'file none of whose entries carries two fields of one schema is reported once, as a warning, naming the ' +
        'labels it does use; the other rules still check its dates, titles and duplicates. `lessons init --from` ' +
        'writes a schema that fits the file.',
      invalid: [
        [
          '## 2026-02-14: Cron runs in local time',
          '',
          '**What happened**: The job ran an hour late after the DST change.',
          '',
          '**Lesson**: Schedule in UTC.',
          '',
        ].join('\n'),
      ],
      valid: [
        [
          '## 2026-02-14: Cron runs in local time',
          '',
          '**Bug**: The job ran an hour late after the DST change.',
          '',
          '**Rule**: Schedule in UTC.',
          '',
        ].join('\n'),
      ],
    },
  },
  check(context) {
    const { document, schemas } = context;
    const [first] = document.entries;
    if (first === undefined || document.schemaFit !== 'foreign') return;
    const data = { schemas: describeSchemas(schemas.candidates), file: context.fileName, entries: document.entries.length === 1 ? 'an entry' : `${document.entries.length} entries` };
    const known = [...new Set(document.entries.flatMap((entry) => entry.fields.map((field) => field.name ?? field.label)))];
    const labels = document.foreignLabels;
    if (labels.length > 0) {
      const shown = labels.slice(0, MAX_LABELS);
      const more = labels.length > shown.length ? ` and ${labels.length - shown.length} more` : '';
      context.report({ messageId: 'labels', data: { ...data, labels: `${codeList(shown)}${more}` }, at: first.heading });
    } else if (known.length > 0) {
      context.report({ messageId: 'fewFields', data: { ...data, fields: codeList(known) }, at: first.heading });
    } else {
      context.report({ messageId: 'noLabels', data, at: first.heading });
    }
  },
});
