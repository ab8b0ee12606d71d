import { describe, expect, it } from 'vitest';
import { entry, file, incident, lintWithRule, md } from './helpers.js';

describe('entry-date', () => {
  it('points at the date itself for a bad date', () => {
    const [diagnostic] = lintWithRule(file(incident('2026-13-01: Title')), 'entry-date');
    expect(diagnostic).toMatchObject({ messageId: 'impossible', line: 3, column: 4, endColumn: 14 });
    expect(diagnostic?.message).toContain('month `13` does not exist');
  });

  it('reports a bad date of a group heading once, not once per entry below it', () => {
    const text = md('# Lessons', '', '## 2026-02-30', '', '### One', '', '**Rule**: a', '', '### Two', '', '**Rule**: b');
    const diagnostics = lintWithRule(text, 'entry-date');
    expect(diagnostics.map((d) => [d.messageId, d.line])).toEqual([['impossible', 3]]);
  });

  it('accepts month precision and dates inherited from a group heading', () => {
    expect(lintWithRule(file(incident('2026-02: Title')), 'entry-date')).toEqual([]);
    expect(lintWithRule(md('## 2026-02-14', '', '### One', '', '**Rule**: a'), 'entry-date')).toEqual([]);
  });

  it('suggests the ISO spelling only when it is unambiguous', () => {
    const [diagnostic] = lintWithRule(file(entry('14.02.2026: Title', { Rule: 'a' })), 'entry-date');
    expect(diagnostic).toMatchObject({ messageId: 'notIso' });
    expect(diagnostic?.message).toContain('expected an ISO 8601 date, `YYYY-MM-DD`');
  });
});

describe('future-date', () => {
  it('uses the injected clock: today is not the future, tomorrow is', () => {
    expect(lintWithRule(file(incident('2026-06-01: Today')), 'future-date')).toEqual([]);
    const [diagnostic] = lintWithRule(file(incident('2026-06-02: Tomorrow')), 'future-date');
    expect(diagnostic).toMatchObject({ messageId: 'future', line: 3, column: 4 });
  });

  it('compares a month date by month', () => {
    expect(lintWithRule(file(incident('2026-06: This month')), 'future-date')).toEqual([]);
    expect(lintWithRule(file(incident('2026-07: Next month')), 'future-date')).toHaveLength(1);
  });
});

describe('entry-title', () => {
  it('reports a dated heading with nothing after the date', () => {
    const [diagnostic] = lintWithRule(file(incident('2026-02-14 —')), 'entry-title');
    expect(diagnostic).toMatchObject({ messageId: 'missing', line: 3, column: 1 });
  });

  it('does not report date-only group headings or undated headings', () => {
    expect(lintWithRule(md('## 2026-02-14', '', '### One', '', '**Rule**: a'), 'entry-title')).toEqual([]);
    expect(lintWithRule(file(incident('No date here')), 'entry-title')).toEqual([]);
  });
});

describe('entry-date, undated files', () => {
  it('reports a file without any dated entry once, at its first entry', () => {
    const text = file(incident('Lesson 1: A'), incident('Lesson 2: B'), incident('Lesson 3: C'));
    const diagnostics = lintWithRule(text, 'entry-date');
    expect(diagnostics.map((d) => [d.messageId, d.line])).toEqual([['missingAll', 3]]);
    expect(diagnostics[0]?.message).toContain('all 3 entry headings');
  });

  it('reports each undated entry when others are dated', () => {
    const text = file(incident('2026-02-14: A'), incident('B'), incident('C'));
    expect(lintWithRule(text, 'entry-date').map((d) => [d.messageId, d.line])).toEqual([
      ['missing', 13],
      ['missing', 23],
    ]);
  });
});

describe('entry-date, template headings', () => {
  it('calls a placeholder date a placeholder', () => {
    const [diagnostic] = lintWithRule(file(entry('Short descriptive title (YYYY-MM-DD)', { Rule: 'a', Fix: 'b' })), 'entry-date');
    expect(diagnostic).toMatchObject({ messageId: 'placeholder', line: 3 });
    expect(diagnostic?.message).toContain('`YYYY-MM-DD`');
  });
});
