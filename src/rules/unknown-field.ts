import type { Field } from '../parse/model.js';
import { defineRule, type TextEdit } from './rule.js';
import { onlyClosestName, suggestLabels } from './util/suggest.js';
import { entryName } from './util/text.js';

/** A label that is a near miss of a schema field is a typo, not a new field. */
export const unknownField = defineRule({
  meta: {
    id: 'unknown-field',
    description: 'Disallow misspelt field labels, with a did-you-mean suggestion',
    defaultSeverity: 'error',
    whenInferred: 'warn-once',
    fixable: true,
    messages: {
      unknown: 'Unexpected label `{{label}}` in entry `{{entry}}`, expected a schema field: did you mean `{{suggestion}}`?',
    },
    docs: {
      rationale:
        'A misspelt label (`**Corection**:`) silently drops the field: tools and readers looking for ' +
        '`Correction` do not find it. Only labels within two edits of a field the entry lacks are reported, so ' +
        'bold bullet titles such as `**Note**:` or `**Context**:` are left alone. The field it stands for is not ' +
        'also reported by `required-field`.',
      invalid: [
        [
          '## 2026-05-02 - ProtectSystem=strict blocks apt',
          '',
          '**Mistake:** Deployed the service with ProtectSystem=strict.',
          '',
          '**Corection:** Removed ProtectSystem=strict.',
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
          '**Mistake:** Deployed the service with ProtectSystem=strict.',
          '',
          '**Correction:** Removed ProtectSystem=strict.',
          '',
          '**Rule:** Do not use ProtectSystem=strict for package managers.',
          '',
          '**Note:** apt writes to /usr, /etc and /var.',
          '',
          '**Status:** Active',
          '',
        ].join('\n'),
      ],
    },
  },
  check(context) {
    for (const entry of context.document.entries) {
      for (const { label, suggestion } of suggestLabels(context, entry)) {
        context.report({
          messageId: 'unknown',
          data: { label: label.label, entry: entryName(entry), suggestion },
          at: label.labelRange,
          ...labelFix(context.document.source, label, suggestion, vocabularyNames(context.schemas.vocabulary)),
        });
      }
    }
  },
});

function vocabularyNames(vocabulary: ReadonlyMap<string, string>): Set<string> {
  return new Set(vocabulary.values());
}

// The label respelt as the field it means, when that field is the only one as close to it.
function labelFix(source: string, label: Field, suggestion: string, names: ReadonlySet<string>): { fix?: TextEdit[] } {
  if (onlyClosestName(label.label, names) !== suggestion) return {};
  const start = label.labelRange.start.offset;
  const at = source.slice(start, label.labelRange.end.offset).indexOf(label.label);
  return at < 0 ? {} : { fix: [{ start: start + at, end: start + at + label.label.length, text: suggestion }] };
}
