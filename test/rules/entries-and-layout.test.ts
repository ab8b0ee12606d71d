import { describe, expect, it, vi } from 'vitest';
import { correction, file, incident, lintWithRule, md } from './helpers.js';

describe('duplicate-entry', () => {
  it('reports the later copy, naming and relating the first', () => {
    const text = file(incident('2026-02-14: Same title'), incident('2026-02-15: Other'), incident('2026-02-14: same   TITLE'));
    const [diagnostic] = lintWithRule(text, 'duplicate-entry');
    expect(diagnostic).toMatchObject({ messageId: 'duplicate', line: 23 });
    expect(diagnostic?.message).toContain('first at line 3');
    expect(diagnostic?.related).toEqual([expect.objectContaining({ line: 3, column: 1 })]);
  });

  it('compares undated entries with each other', () => {
    const text = file(incident('Same title'), incident('Same title'));
    expect(lintWithRule(text, 'duplicate-entry').map((d) => d.messageId)).toEqual(['duplicateUndated']);
  });

  it('does not report the same title on different dates', () => {
    expect(lintWithRule(file(incident('2026-02-14: Same'), incident('2026-02-15: Same')), 'duplicate-entry')).toEqual([]);
  });

  it('sees the date an entry inherits from its group heading', () => {
    const text = md('## 2026-03-23', '', '### Same', '', '**Rule**: a', '', '## 2026-03-24', '', '### Same', '', '**Rule**: b', '', '### Same', '', '**Rule**: c');
    expect(lintWithRule(text, 'duplicate-entry').map((d) => d.line)).toEqual([13]);
  });
});

describe('one-entry-per-date', () => {
  it('reports every entry after the first on a date', () => {
    const text = file(incident('2026-02-14: A'), incident('2026-02-14: B'), incident('2026-02-14: C'));
    expect(lintWithRule(text, 'one-entry-per-date').map((d) => d.line)).toEqual([13, 23]);
  });

  it('is off by default', () => {
    const text = file(incident('2026-02-14: A'), incident('2026-02-14: B'));
    expect(lintWithRule(text, 'one-entry-per-date', undefined, 'off')).toEqual([]);
  });
});

describe('date-order', () => {
  const shuffled = file(incident('2026-02-10: A'), incident('2026-02-20: B'), incident('2026-02-15: C'), incident('2026-02-25: D'));

  it('defaults to oldest first and reports each entry out of order once', () => {
    const diagnostics = lintWithRule(shuffled, 'date-order');
    expect(diagnostics.map((d) => [d.line, d.column])).toEqual([[23, 4]]);
    expect(diagnostics[0]?.message).toContain('`oldest-first`');
  });

  it('checks newest first on request', () => {
    expect(lintWithRule(shuffled, 'date-order', { order: 'newest-first' }).map((d) => d.line)).toEqual([13, 33]);
  });

  it('treats a month date as equal to the days in it', () => {
    const text = file(incident('2026-02-14: A'), incident('2026-02: B'), incident('2026-02-20: C'));
    expect(lintWithRule(text, 'date-order')).toEqual([]);
  });
});

describe('heading-depth and pseudo-heading', () => {
  it('names the entry depth a dated heading should have', () => {
    const text = file(incident('2026-02-14: A'), incident('2026-02-15: B'), `#${incident('2026-02-16: C')}`);
    const [diagnostic] = lintWithRule(text, 'heading-depth');
    expect(diagnostic).toMatchObject({ messageId: 'offDepth', line: 23 });
    expect(diagnostic?.message).toContain('expected `##`');
  });
});

describe('merged-fields', () => {
  it('reports each run-on paragraph once, spanning its merged labels', () => {
    const text = md('## 2026-05-02 - Title', '', '**Mistake:** a', '**Correction:** b', '**Rule:** c', '', '**Status:** Active', '**Note:** x');
    const diagnostics = lintWithRule(text, 'merged-fields');
    expect(diagnostics.map((d) => [d.messageId, d.line, d.column, d.endLine])).toEqual([['mergedMany', 4, 1, 5]]);
    expect(diagnostics[0]?.message).toContain('fields `Correction`, `Rule` in the same paragraph as `Mistake`');
  });

  it('names the one label of a two-label paragraph', () => {
    const text = md('## 2026-05-02 - Title', '', '**Mistake:** a', '**Correction:** b', '', '**Rule:** c', '', '**Status:** Active');
    const diagnostics = lintWithRule(text, 'merged-fields');
    expect(diagnostics.map((d) => [d.messageId, d.line])).toEqual([['merged', 4]]);
    expect(diagnostics[0]?.message).toContain('`Correction` in the same paragraph as `Mistake`');
  });
});

describe('orphan-content', () => {
  it('spans all blocks before the first field', () => {
    const text = md('## 2026-02-14: Title', '', 'First paragraph.', '', '- a list', '', '**Bug**: a', '', '**Rule**: b');
    const diagnostics = lintWithRule(text, 'orphan-content');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ line: 3, column: 1, endLine: 5 });
  });

  it('leaves alone text that opens with a label the schema lacks', () => {
    const text = md('## 2026-02-14: Title', '', '**Incident:** the outage of May', '', '**Bug**: a', '', '**Rule**: b');
    expect(lintWithRule(text, 'orphan-content')).toEqual([]);
  });

  it('ignores entries without fields', () => {
    expect(lintWithRule(md('## 2026-02-14: Title', '', 'Prose only.'), 'orphan-content')).toEqual([]);
  });
});

describe('label-style', () => {
  it('takes the majority style and counts bulleted labels as the same style', () => {
    const text = md('## 2026-02-14: Title', '', '- **Bug:** a', '- **Impact:** b', '', '**Fix:** c', '', '**Rule**: d');
    const diagnostics = lintWithRule(text, 'label-style');
    expect(diagnostics.map((d) => d.line)).toEqual([8]);
    expect(diagnostics[0]?.message).toContain('expected `**Rule:**`');
  });

  it('reports each entry in a minority style once, at its first such label', () => {
    const text = file(incident('2026-02-14: A'), incident('2026-02-15: B'), md('## 2026-02-16: C', '', 'Bug: a', '', 'Impact: b', '', '**Fix**: c'));
    const diagnostics = lintWithRule(text, 'label-style');
    expect(diagnostics.map((d) => [d.messageId, d.line])).toEqual([['styleMany', 25]]);
    expect(diagnostics[0]?.message).toContain('`Bug:` on 2 labels of entry `C`');
  });

  it('breaks a tie in favour of the first style used', () => {
    const tie = md('## 2026-02-14: Title', '', '**Bug:** a', '', '**Rule**: d');
    expect(lintWithRule(tie, 'label-style').map((d) => d.line)).toEqual([5]);
  });

  it('does not compare sub-heading labels', () => {
    const text = md('## 2026-02-14: Title', '', '### Bug', '', 'a', '', '**Rule**: d');
    expect(lintWithRule(text, 'label-style')).toEqual([]);
  });
});

describe('frontmatter', () => {
  it('reports invalid YAML once with the parser\'s first line', () => {
    const text = md('---', 'a: b: c', '---', '', correction('2026-05-02 - Title'));
    const diagnostics = lintWithRule(text, 'frontmatter');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.message).not.toContain('\n');
  });

  it('reports an alias to no anchor at the alias, as a finding', () => {
    const text = md('---', 'a: 1', 'b: *nowhere', '---', '', correction('2026-05-02 - Title'));
    const diagnostics = lintWithRule(text, 'frontmatter');
    expect(diagnostics.map((d) => [d.line, d.column])).toEqual([[3, 4]]);
    expect(diagnostics[0]?.message).toMatch(/alias/iu);
  });

  it('reports an alias bomb instead of expanding it', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 12; i += 1) lines.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`);
    const text = md('---', ...lines, '---', '', correction('2026-05-02 - Title'));
    const diagnostics = lintWithRule(text, 'frontmatter');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.message).toMatch(/alias/iu);
  });

  it('reads an unknown tag as a plain value, without writing a warning to stderr', () => {
    const write = vi.spyOn(process, 'emitWarning');
    const text = md('---', 'x: !custom y', '---', '', correction('2026-05-02 - Title'));
    expect(lintWithRule(text, 'frontmatter')).toEqual([]);
    expect(write).not.toHaveBeenCalled();
    write.mockRestore();
  });
});

describe('no-entries', () => {
  it('reports once at 1:1 for an empty file', () => {
    expect(lintWithRule('', 'no-entries')).toEqual([expect.objectContaining({ line: 1, column: 1, endLine: 1, endColumn: 1 })]);
  });

  it('says why nothing was read, with an entry shape to follow', () => {
    expect(lintWithRule(md('# Lessons', '', 'Notes to self.'), 'no-entries')[0]?.message).toBe(
      'Missing lessons entries: no heading, list item or paragraph of this file starts with a date, expected entries like `## 2026-02-14: Title` over labelled fields like `**Rule**: ...`',
    );
  });

  it('leaves flattened entries to pseudo-heading', () => {
    const text = md('# Lessons', '', '2026-05-02 - Flattened title', '', 'Mistake: a');
    expect(lintWithRule(text, 'no-entries')).toEqual([]);
    expect(lintWithRule(text, 'pseudo-heading')).toHaveLength(1);
  });
});

describe('empty-heading', () => {
  it('reports a lone `#` and a heading of symbols only, where they are', () => {
    const text = md('# Lessons', '', '## 2026-02-14: A', '', '**Rule**: a', '', '#', '', '# ────────', '', '## 2026-02-15: B', '', '**Rule**: b');
    expect(lintWithRule(text, 'empty-heading').map((d) => [d.messageId, d.line, d.column])).toEqual([
      ['empty', 7, 1],
      ['symbols', 9, 1],
    ]);
  });

  it('is satisfied by the remedy: the line escaped as `\\#`, or a heading with words', () => {
    const text = md('# Lessons', '', '## 2026-02-14: A', '', '**Rule**: a', '', '\\# ────────', '', '## Notes 2', '', 'text');
    expect(lintWithRule(text, 'empty-heading')).toEqual([]);
  });
});

describe('underlined-field', () => {
  const entryWith = (files: string) => md('# Lessons', '', '## 2026-03-10 - Unescaped shell argument', '', '**Rule**: Pass arguments as an array.', '', ...files.split('\n'));

  it('reports the underline under a field line, naming the field of the line above it', () => {
    const text = entryWith('**Bug**: quoting broke\n**Files**: src/run.ts\n---');
    expect(lintWithRule(text, 'underlined-field').map((d) => [d.line, d.column, d.message])).toEqual([
      [9, 1, 'Unexpected heading made of field `Files` by the `---` line directly under it, expected a field and a rule: add a blank line before `---`'],
    ]);
  });

  it('still reads the field, so no rule reports it missing', () => {
    const text = md(
      '# Lessons', '', '## 2026-03-03 - A', '', '**Rule**: a', '', '**Files**: a.ts', '',
      '## 2026-03-10 - B', '', '**Rule**: b', '', '**Files**: b.ts', '---', '',
      '## 2026-03-17 - C', '', '**Rule**: c', '', '**Files**: c.ts',
    );
    expect(lintWithRule(text, 'required-field')).toEqual([]);
    expect(lintWithRule(text, 'underlined-field')).toHaveLength(1);
  });

  it('is satisfied by the remedy, and leaves headings that are headings alone', () => {
    expect(lintWithRule(entryWith('**Files**: src/run.ts\n\n---'), 'underlined-field')).toEqual([]);
    expect(lintWithRule(entryWith('Notes on the fix\n---'), 'underlined-field')).toEqual([]);
    expect(lintWithRule(entryWith('## Files: src/run.ts\n---'), 'underlined-field')).toEqual([]);
  });
});

describe('stray-heading', () => {
  const log = (middle: string, last = '**Rule**: Pin npm.') =>
    md('# Lessons', '', '## 2026-02-14: A', '', '**Rule**: a', '', ...middle.split('\n'), '', '## 2026-02-20: B', '', '**Rule**: b', '', '## 2026-02-27: C', '', last);

  it('reports an undated section heading between dated entries, where it is', () => {
    expect(lintWithRule(log('## Notes\n\ndrifted too'), 'stray-heading').map((d) => [d.messageId, d.line, d.column])).toEqual([['betweenEntries', 7, 1]]);
  });

  it('is satisfied by the remedy, and leaves preambles, footers and lesson-like titles alone', () => {
    expect(lintWithRule(log('### Notes\n\ndrifted too'), 'stray-heading')).toEqual([]);
    expect(lintWithRule(log('## Light/dark theme mismatch\n\nprose'), 'stray-heading')).toEqual([]);
    expect(lintWithRule(md('# Lessons', '', '## How to use', '', 'text', '', '## 2026-02-14: A', '', '**Rule**: a', '', '## Related', '', 'x'), 'stray-heading')).toEqual([]);
  });

  it('reports heading marks inside a line, but not inside inline code', () => {
    expect(lintWithRule(log('text', '**Rule**: Pin npm. Notes follow. ## Summary'), 'stray-heading').map((d) => [d.messageId, d.line, d.column])).toEqual([['insideLine', 15, 34]]);
    expect(lintWithRule(log('text', '**Rule**: Pin npm, e.g. `x. ## Summary`.'), 'stray-heading')).toEqual([]);
  });
});
