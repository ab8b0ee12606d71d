import { defineRule, type TextEdit } from './rule.js';
import { headingMarker, stripInlineMarkdown, truncate } from './util/text.js';

/** Dated headings sit at the file's entry depth. */
export const headingDepth = defineRule({
  meta: {
    id: 'heading-depth',
    description: "Require dated headings at the file's entry depth",
    defaultSeverity: 'error',
    whenInferred: 'warn-once',
    fixable: true,
    messages: {
      offDepth:
        'Unexpected heading level `{{actual}}` on dated heading `{{heading}}`, expected `{{expected}}` like the other entries',
      offDepthUnknown: 'Unexpected heading level `{{actual}}` on dated heading `{{heading}}`, expected the entry level of this file',
    },
    docs: {
      rationale:
        'The entry depth is inferred per file (`##` in most files, `###` under grouping headings in others). A ' +
        'dated heading at another level is either an entry that will be missed by every tool reading the file, ' +
        'or a sub-heading that swallows the entries after it in the outline.',
      invalid: [
        [
          '## 2026-02-14: sed `a` does not interpret `\\t`',
          '',
          '**Rule**: Verify config changes take effect.',
          '',
          '### 2026-02-19: Libvirt bindings are not thread-safe',
          '',
          '**Rule**: Route libvirt calls through one worker thread.',
          '',
          '## 2026-02-20: Per-subprocess overhead dominates OVS startup',
          '',
          '**Rule**: Batch OVS queries with `--format=json`.',
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
    const { entryDepth } = context.document;
    for (const heading of context.document.offDepthHeadings) {
      const data = { actual: headingMarker(heading.depth).trim(), heading: truncate(stripInlineMarkdown(heading.text)) };
      if (entryDepth === undefined) context.report({ messageId: 'offDepthUnknown', data, at: heading.range });
      else context.report({ messageId: 'offDepth', data: { ...data, expected: headingMarker(entryDepth).trim() }, at: heading.range, fix: depthFix(context.document.source, heading.range.start.offset, entryDepth) });
    }
  },
});

// The ATX marker at the file's entry depth; a setext heading (no `#` to change) is left as it is.
function depthFix(source: string, start: number, depth: number): TextEdit[] | undefined {
  const marker = /^#{1,6}(?=[ \t])/u.exec(source.slice(start, start + 7))?.[0];
  return marker === undefined ? undefined : [{ start, end: start + marker.length, text: '#'.repeat(depth) }];
}
