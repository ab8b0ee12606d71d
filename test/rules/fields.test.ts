import { describe, expect, it } from 'vitest';
import { correction, entry, file, incident, lintWithRule, md } from './helpers.js';

describe('required-field', () => {
  it('lists every missing field in one diagnostic at the heading', () => {
    const text = file(entry('2026-02-14: Title', { Bug: 'a', Rule: 'b' }));
    const diagnostics = lintWithRule(text, 'required-field');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ messageId: 'missingMany', line: 3, column: 1 });
    expect(diagnostics[0]?.message).toContain('`Impact`, `Fix`');
    expect(diagnostics[0]?.message).toContain('schema `incident`');
  });

  it('accepts an alias for a required field', () => {
    const text = file(entry('2026-02-14: Title', { Bug: 'a', Symptoms: 'b', Solution: 'c', Rule: 'd' }));
    expect(lintWithRule(text, 'required-field')).toEqual([]);
  });

  it('leaves a field that a misspelt label stands for to unknown-field', () => {
    const text = file(entry('2026-05-02 - Title', { Mistake: 'a', Corection: 'b', Rule: 'c', Status: 'Active' }));
    expect(lintWithRule(text, 'required-field')).toEqual([]);
    expect(lintWithRule(text, 'unknown-field').map((d) => d.messageId)).toEqual(['unknown']);
  });

  it('leaves an entry mixing two schemas to entry-schema', () => {
    const text = file(incident('2026-02-14: Good'), entry('2026-02-15: Mixed', { Bug: 'a', Correction: 'b' }));
    expect(lintWithRule(text, 'required-field')).toEqual([]);
    expect(lintWithRule(text, 'entry-schema').map((d) => [d.messageId, d.line])).toEqual([['mixedMissing', 13]]);
  });
});

describe('unknown-field', () => {
  it('points at the label and suggests the canonical name', () => {
    const text = file(entry('2026-02-14: Title', { Bug: 'a', Imapct: 'b', Fix: 'c', Rule: 'd' }));
    const [diagnostic] = lintWithRule(text, 'unknown-field');
    expect(diagnostic).toMatchObject({ messageId: 'unknown', line: 7, column: 1, endColumn: 12 });
    expect(diagnostic?.message).toContain('did you mean `Impact`?');
  });

  it('ignores bold titles and labels close to a field the entry already has', () => {
    const text = file(entry('2026-02-14: Title', { Bug: 'a', Impact: 'b', Fix: 'c', Rule: 'd', Note: 'e', Role: 'f' }));
    expect(lintWithRule(text, 'unknown-field')).toEqual([]);
  });
});

describe('empty-field', () => {
  it('reports each empty field at its label', () => {
    const text = file(entry('2026-02-14: Title', { Bug: '', Impact: 'b', Fix: '', Rule: 'd' }));
    expect(lintWithRule(text, 'empty-field').map((d) => [d.line, d.column])).toEqual([
      [5, 1],
      [9, 1],
    ]);
  });
});

describe('duplicate-field', () => {
  it('reports the second copy and relates it to the first, counting aliases as the same field', () => {
    const text = file(entry('2026-02-14: Title', { Bug: 'a', Impact: 'b', Fix: 'c', Rule: 'd', Solution: 'e' }));
    const [diagnostic] = lintWithRule(text, 'duplicate-field');
    expect(diagnostic).toMatchObject({ messageId: 'duplicate', line: 13 });
    expect(diagnostic?.message).toContain('first at line 9');
    expect(diagnostic?.related).toEqual([expect.objectContaining({ line: 9, column: 1 })]);
  });
});

describe('status-value', () => {
  const withStatus = (status: string) => file(entry('2026-05-02 - Title', { Mistake: 'a', Correction: 'b', Rule: 'c', Status: status }));

  it.each(['Active', 'active.', '**Retired**', 'Superseded by the 2026-05-10 entry', '✅ Active'])('accepts %j', (status) => {
    expect(lintWithRule(withStatus(status), 'status-value')).toEqual([]);
  });

  it('points at the value and suggests a close or truncated value', () => {
    const [typo] = lintWithRule(withStatus('Retierd'), 'status-value');
    expect(typo).toMatchObject({ messageId: 'suggest', line: 11, column: 13 });
    expect(typo?.message).toContain('did you mean `Retired`?');
    expect(lintWithRule(withStatus('Supersede'), 'status-value')[0]?.message).toContain('did you mean `Superseded`?');
  });

  it('lists the allowed values when nothing is close', () => {
    const [diagnostic] = lintWithRule(withStatus('Done'), 'status-value');
    expect(diagnostic).toMatchObject({ messageId: 'unexpected' });
    expect(diagnostic?.message).toContain('`Active`, `Superseded`, `Retired`');
  });

  it('leaves an empty status to empty-field', () => {
    expect(lintWithRule(withStatus(''), 'status-value')).toEqual([]);
  });
});

describe('field-order', () => {
  it('reports each field that comes after one the schema puts later', () => {
    const text = file(entry('2026-05-02 - Title', { Status: 'Active', Rule: 'c', Correction: 'b', Mistake: 'a' }));
    expect(lintWithRule(text, 'field-order').map((d) => d.line)).toEqual([7, 9, 11]);
  });

  it('ignores repeated fields', () => {
    const text = file(entry('2026-02-14: Title', { Bug: 'a', Impact: 'b', Fix: 'c', Rule: 'd', Solution: 'e' }));
    expect(lintWithRule(text, 'field-order')).toEqual([]);
  });
});

describe('entry-schema', () => {
  it('reports an entry without any field in a conforming file', () => {
    const text = file(correction('2026-05-01 - Good'), '## 2026-05-02 - Prose only\n\nJust a paragraph.');
    expect(lintWithRule(text, 'entry-schema').map((d) => [d.messageId, d.line])).toEqual([['empty', 13]]);
  });

  it('reports a file in its own format once, naming at most five labels', () => {
    const labels = { Problem: 'a', Cause: 'b', Lesson: 'c', Action: 'd', Owner: 'e', Ticket: 'f', Context: 'g' };
    const text = file(entry('2026-02-14: One', labels), entry('2026-02-15: Two', labels), entry('2026-02-16: Three', labels));
    expect(lintWithRule(text, 'entry-schema')).toEqual([]);
    const diagnostics = lintWithRule(text, 'unknown-format');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ messageId: 'labels', line: 3 });
    expect(diagnostics[0]?.message).toContain('and 2 more');
    expect(diagnostics[0]?.message).toContain('lessons init --from');
  });

  it('names the known fields when entries carry too few of them, and says so when they carry none', () => {
    const ruleOnly = file(entry('2026-02-14: One', { Rule: 'a' }), entry('2026-02-15: Two', { Rule: 'b' }));
    expect(lintWithRule(ruleOnly, 'unknown-format').map((d) => [d.messageId, d.message.includes('(only `Rule`)')])).toEqual([['fewFields', true]]);
    const bare = '# L\n\n- 2026-02-14: one lesson\n- 2026-02-15: another\n';
    expect(lintWithRule(bare, 'unknown-format').map((d) => d.messageId)).toEqual(['noLabels']);
  });

  it('stays quiet for every schema rule in a file in its own format', () => {
    const text = file(entry('2026-02-14: One', { Problem: 'a', Lesson: 'b' }), entry('2026-02-15: Two', { Problem: 'a', Lesson: 'b' }));
    for (const id of ['required-field', 'field-order', 'status-value', 'unknown-field']) expect(lintWithRule(text, id)).toEqual([]);
  });
});

describe('duplicate-field, repeated', () => {
  it('reports a field repeated many times once, relating every copy', () => {
    const text = md('## 2026-02-06: Session', '', '**Bug**: a', '', '**Rule**: one', '', '**Rule**: two', '', '**Rule**: three');
    const diagnostics = lintWithRule(text, 'duplicate-field');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ messageId: 'duplicateMany', line: 7 });
    expect(diagnostics[0]?.message).toContain('3 times');
    expect(diagnostics[0]?.related?.map((related) => related.line)).toEqual([5, 9]);
  });
});

describe('required-field, systematic gaps', () => {
  const withoutStatus = (heading: string, extra: Record<string, string> = {}) =>
    entry(heading, { Mistake: 'a', Correction: 'b', ...extra });

  it('reports a field every entry leaves out once, relating the other entries', () => {
    const text = file(withoutStatus('2026-05-01 - A', { Rule: 'c' }), withoutStatus('2026-05-02 - B'), withoutStatus('2026-05-03 - C', { Rule: 'c' }));
    const diagnostics = lintWithRule(text, 'required-field');
    expect(diagnostics.map((d) => [d.messageId, d.line])).toEqual([
      ['missingEverywhere', 3],
      ['missing', 11],
    ]);
    expect(diagnostics[0]?.message).toContain('Missing `Status` in all 3 entries of schema `correction`');
    expect(diagnostics[0]?.related?.map((related) => related.line)).toEqual([11, 17]);
    expect(diagnostics[1]?.message).toContain('Missing field `Rule`');
  });

  it('reports per entry below three entries', () => {
    const text = file(withoutStatus('2026-05-01 - A'), withoutStatus('2026-05-02 - B'));
    expect(lintWithRule(text, 'required-field').map((d) => d.messageId)).toEqual(['missingMany', 'missingMany']);
  });
});
