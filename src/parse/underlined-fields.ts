import type { Paragraph, RootContent } from 'mdast';
import { findLabels } from './labels.js';
import type { Locator } from './location.js';
import type { UnderlinedField } from './model.js';
import { offsets } from './positions.js';

const SETEXT_UNDERLINE = /^ {0,3}(?:-+|=+)[ \t]*$/u;
const ATX_START = /^ {0,3}#/u;

/** The blocks with each underlined field line read back as the paragraph it was meant to be. */
export interface LiftedBlocks {
  blocks: RootContent[];
  underlinedFields: UnderlinedField[];
}

/**
 * Find field lines that a `---` (or `===`) directly under them turned into a setext heading
 * (`**Files**: a.ts` then `---`): the author meant a field and a rule, Markdown renders a heading.
 * Such a heading is given back to the entry as a paragraph, so its field is read where the author
 * sees it, and listed, so that the cause is reported rather than a missing field.
 */
export function liftUnderlinedFields(blocks: readonly RootContent[], source: string, vocabulary: ReadonlyMap<string, string>, locator: Locator): LiftedBlocks {
  const underlinedFields: UnderlinedField[] = [];
  const lifted = blocks.map((block) => {
    if (block.type !== 'heading' || block.depth > 2) return block;
    const { start, end } = offsets(block);
    const text = source.slice(start, end);
    if (ATX_START.test(text)) return block;
    const lastBreak = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
    const underline = text.slice(lastBreak + 1);
    if (lastBreak < 0 || !SETEXT_UNDERLINE.test(underline)) return block;
    const content = text.slice(0, text[lastBreak - 1] === '\r' && text[lastBreak] === '\n' ? lastBreak - 1 : lastBreak);
    // The label of the line the underline sits under names the field, the one the reader sees swallowed.
    const label = findLabels(content, start, vocabulary).filter((hit) => hit.isLineStart && (hit.name !== undefined || hit.style !== 'plain')).at(-1);
    if (!label) return block;
    const underlineStart = start + lastBreak + 1;
    underlinedFields.push({ label: label.label, underline: underline.trim(), range: locator.range(underlineStart, end) });
    const paragraph: Paragraph = { type: 'paragraph', children: [], ...(block.position ? { position: block.position } : {}) };
    return paragraph;
  });
  return { blocks: underlinedFields.length === 0 ? [...blocks] : lifted, underlinedFields };
}
