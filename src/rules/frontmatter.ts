import { readFrontmatterSettings } from '../config/frontmatter-settings.js';
import { defineRule } from './rule.js';

/** Front matter, when present, is valid YAML. */
export const frontmatter = defineRule({
  meta: {
    id: 'frontmatter',
    description: 'Require front matter to be valid YAML',
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      invalid: 'Unexpected YAML syntax in front matter, expected valid YAML: {{message}}',
      settings: 'Unexpected `lessons` settings in front matter: {{problem}}',
    },
    docs: {
      rationale:
        'Front matter can declare the file\'s schema and is read by static site generators; invalid YAML is ' +
        'ignored or breaks the build, silently. The YAML parser\'s own message says what is wrong. The ' +
        '`lessons` key, which chooses the file\'s schema (`lessons: { schema: postmortem }`), must name known schemas.',
      invalid: [
        [
          '---',
          'schema: [correction',
          '---',
          '',
          '## 2026-05-02 - ProtectSystem=strict blocks apt',
          '',
          '**Rule:** Do not use ProtectSystem=strict for package managers.',
          '',
        ].join('\n'),
        [
          '---',
          'lessons:',
          '  schema: corection',
          '---',
          '',
          '## 2026-05-02 - ProtectSystem=strict blocks apt',
          '',
          '**Rule:** Do not use ProtectSystem=strict for package managers.',
          '',
        ].join('\n'),
      ],
      valid: [
        [
          '---',
          'lessons:',
          '  schema: correction',
          '---',
          '',
          '## 2026-05-02 - ProtectSystem=strict blocks apt',
          '',
          '**Rule:** Do not use ProtectSystem=strict for package managers.',
          '',
        ].join('\n'),
      ],
    },
  },
  check(context) {
    const frontmatter = context.document.frontmatter;
    if (frontmatter?.data !== undefined) {
      const own = readFrontmatterSettings(frontmatter.data, context.schemas.names);
      const at = frontmatter.settingsRange ?? frontmatter.range;
      if (own.problem !== undefined) context.report({ messageId: 'settings', data: { problem: own.problem }, at });
    }
    const error = frontmatter?.error;
    if (error === undefined) return;
    // YAML errors span several lines (with a code frame); the first line says what is wrong.
    const message = (error.message.split('\n')[0] ?? '').trim().replace(/\.$/u, '');
    context.report({ messageId: 'invalid', data: { message }, at: error.range });
  },
});
