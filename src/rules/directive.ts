import { closestName } from './util/suggest.js';
import { defineRule } from './rule.js';

/** Suppression comments name rules that exist. */
export const directive = defineRule({
  meta: {
    id: 'directive',
    description: 'Require suppression comments to name known rules',
    defaultSeverity: 'warn',
    fixable: false,
    messages: {
      unknown: 'Unexpected rule `{{id}}` in `lessons-{{kind}}`, expected a rule id: did you mean `{{suggestion}}`?',
      unknownNoSuggestion: 'Unexpected rule `{{id}}` in `lessons-{{kind}}`, expected a rule id such as `required-field`',
    },
    docs: {
      rationale:
        'A suppression comment that names a misspelt rule suppresses nothing, silently: the finding it was ' +
        'meant to hide still fails the build, or, worse, a later `lessons-enable` does not match. Each unknown ' +
        'rule id is reported where it is written, with the closest rule id.',
      invalid: [
        [
          '<!-- lessons-disable-next-line requried-field -->',
          '## 2026-02-14: sed `a` does not interpret `\\t`',
          '',
          '**Bug**: a',
          '',
          '**Fix**: b',
          '',
          '**Rule**: c',
          '',
        ].join('\n'),
      ],
      valid: [
        [
          '<!-- lessons-disable-next-line required-field -->',
          '## 2026-02-14: sed `a` does not interpret `\\t`',
          '',
          '**Bug**: a',
          '',
          '**Fix**: b',
          '',
          '**Rule**: c',
          '',
        ].join('\n'),
      ],
    },
  },
  check(context) {
    for (const comment of context.document.directives) {
      comment.rules.forEach((id, index) => {
        if (context.ruleIds.includes(id)) return;
        const suggestion = closestName(id, context.ruleIds);
        const at = comment.ruleRanges[index] ?? comment.range;
        const data = { id, kind: comment.kind, suggestion: suggestion ?? '' };
        context.report({ messageId: suggestion ? 'unknown' : 'unknownNoSuggestion', data, at });
      });
    }
  },
});
