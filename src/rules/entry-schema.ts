import { defineRule } from './rule.js';
import { fitEntry } from './util/schema-fit.js';
import { describeSchema, describeSchemas } from './util/schemas-text.js';
import { codeList, entryName } from './util/text.js';

/** An entry's fields come from one schema. */
export const entrySchema = defineRule({
  meta: {
    id: 'entry-schema',
    description: 'Require the fields of each entry to fit one entry schema',
    defaultSeverity: 'error',
    whenInferred: 'warn-once',
    fixable: false,
    messages: {
      mixed: 'Unexpected {{unexpected}} in entry `{{entry}}`, expected the fields of one schema: closest is {{schema}}',
      mixedMissing:
        'Unexpected {{unexpected}} in entry `{{entry}}`, expected the fields of one schema: closest is {{schema}}, which also needs {{missing}}',
      empty: 'Missing fields in entry `{{entry}}`, expected labelled fields of {{schemas}}',
    },
    docs: {
      rationale:
        'A schema is what makes an entry checkable: it says which fields belong together. An entry mixing the ' +
        'fields of two schemas is usually a copy-paste slip, and checking it against either would produce a ' +
        'cascade of errors; this rule reports it once, naming the closest schema and the difference. A file ' +
        'that follows no schema at all is left to `unknown-format`, which reports it once.',
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
    // A file in a format of its own is reported once, by `unknown-format`.
    if (document.schemaFit === 'foreign') return;
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
