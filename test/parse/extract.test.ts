import { describe, expect, it } from 'vitest';
import { modelOf, modelOfFixture, summarize } from './helpers.js';

describe('extractDocument: entry headings', () => {
  it('reads H2 entries with every separator and month precision', () => {
    const document = modelOfFixture('fixtures/variants/h2-prefix-separators.md');
    expect(document.entryDepth).toBe(2);
    expect(document.entries.map((entry) => [entry.heading.date?.raw, entry.heading.separator, entry.heading.title])).toEqual([
      ['2026-01-05', ': ', 'Colon separator'],
      ['2026-01-06', ' — ', 'Em dash separator'],
      ['2026-01-07', ' - ', 'Hyphen separator'],
      ['2026-01-08', ' – ', 'En dash separator'],
      ['2026-01-09', ' · ', 'Middle dot separator'],
      ['2026-01', ' — ', 'Month precision'],
    ]);
    expect(document.entries[5]?.heading.date?.precision).toBe('month');
  });

  it('reads H3 entries under grouping H2 sections, with prefix and bracketed suffix dates', () => {
    const document = modelOfFixture('fixtures/variants/h3-under-sections.md');
    expect(document.entryDepth).toBe(3);
    expect(summarize(document).map((row) => row.split(' | ')[0])).toEqual([
      '5 2026-02-01 Lockfile drift',
      '15 2026-02-03 Flaky snapshot',
      '27 2026-02-04 Rollback without migration',
      '37 2026-02-05 Health check too strict',
    ]);
    expect(document.entries.map((entry) => entry.heading.datePlacement)).toEqual(['prefix', 'suffix', 'suffix', 'suffix']);
  });

  it('gives entries under a date-only group heading the group date', () => {
    const document = modelOfFixture('fixtures/variants/date-groups.md');
    expect(summarize(document).map((row) => row.split(' | ')[0])).toEqual([
      '5 2026-03-23 Verify the package name is free',
      '15 2026-03-23 Keep scope casing exact',
      '27 2026-03-24 Read the error before retrying',
    ]);
    expect(document.entries.every((entry) => entry.heading.date?.isInherited)).toBe(true);
    expect(document.entries[0]?.heading.date?.range.start).toMatchObject({ line: 3, column: 4 });
  });

  it('puts the date range exactly on the date', () => {
    const [entry] = modelOf('# L\n\n## Title (2026-02-14)\n\n**Rule**: x\n**Fix**: y\n').entries;
    expect(entry?.heading.date?.range).toMatchObject({ start: { line: 3, column: 11 }, end: { line: 3, column: 21 } });
  });

  it('treats undated headings without fields as sections, and with fields as undated entries', () => {
    const document = modelOf('# L\n\n## How to use this file\n\nAppend below.\n\n## Cache keys\n\n**Bug**: a\n\n**Fix**: b\n');
    expect(document.sections.map((section) => section.text)).toEqual(['How to use this file']);
    expect(document.entries.map((entry) => [entry.heading.title, entry.heading.date])).toEqual([['Cache keys', undefined]]);
  });

  it('records a dated heading off the entry depth', () => {
    const document = modelOf('# L\n\n## 2026-01-01: A\n\n**Bug**: a\n**Fix**: b\n\n### 2026-01-02: B\n\n## 2026-01-03: C\n\n**Bug**: c\n**Fix**: d\n');
    expect(document.entryDepth).toBe(2);
    expect(document.offDepthHeadings.map((heading) => [heading.depth, heading.range.start.line])).toEqual([[3, 8]]);
  });
});

describe('extractDocument: fields', () => {
  it('recognises every label style', () => {
    expect(summarize(modelOfFixture('fixtures/variants/label-styles.md'))).toEqual([
      '3 2026-04-01 Bold label, colon outside | Bug@5:1(bold) Impact@7:1(bold) Fix@9:1(bold) Rule@11:1(bold)',
      '13 2026-04-02 Bold label, colon inside | Bug@15:1(bold-colon-inside) Impact@17:1(bold-colon-inside) Fix@19:1(bold-colon-inside) Rule@21:1(bold-colon-inside)',
      '23 2026-04-03 List labels | Bug@25:3(list-bold) Impact@26:3(list-bold) Fix@27:3(list-bold-colon-inside) Rule@28:3(list-bold-colon-inside)',
      '30 2026-04-04 Plain labels | Bug@32:1(plain) Impact@34:1(plain) Fix@36:1(plain) Rule@38:1(plain)',
      '40 2026-04-05 Full-width colon and French spacing | Bug@42:1(bold) Impact@44:1(bold) Fix@46:1(plain) Rule@48:1(plain)',
      '50 2026-04-06 Sub-heading labels | Bug@52:1(heading) Impact@56:1(heading) Fix@60:1(heading) Rule@64:1(heading)',
      '68 2026-04-07 Lower-case labels | Bug@70:1(bold) Impact@72:1(bold) Fix@74:1(bold) Rule@76:1(bold)',
    ]);
  });

  it('keeps label text as written and the canonical name apart', () => {
    const [entry] = modelOfFixture('fixtures/variants/label-styles.md').entries.slice(-1);
    expect(entry?.fields.map((field) => [field.label, field.name])).toEqual([
      ['bug', 'Bug'],
      ['IMPACT', 'Impact'],
      ['fix', 'Fix'],
      ['rule', 'Rule'],
    ]);
  });

  it('lets a field body span paragraphs, lists, code and quotes; a bold bullet title is not a field', () => {
    const [entry] = modelOfFixture('fixtures/variants/multi-block-fields.md').entries;
    expect(entry?.fields.map((field) => field.name)).toEqual(['Bug', 'Impact', 'Fix', 'Rule']);
    expect(entry?.fields[0]?.value).toBe('The value starts on the next line.\n\nIt continues in a second paragraph.');
    expect(entry?.fields[1]?.value).toBe('A list follows.\n\n- first consequence\n- second consequence');
    expect(entry?.fields[2]?.value).toBe('A code block follows.\n\n```sh\nnpm ci\n```');
    expect(entry?.fields[3]?.value).toContain('**Key idea**');
    expect(entry?.unknownLabels.map((label) => label.label)).toEqual(['Key idea']);
  });

  it('extracts every label of a run-on paragraph and marks the shared ones', () => {
    const document = modelOfFixture('fixtures/variants/merged-labels.md');
    expect(summarize(document)).toEqual([
      '3 2026-05-02 Labels on consecutive lines | Mistake@5:1(bold-colon-inside) Correction@6:1(bold-colon-inside) Rule@7:1(bold-colon-inside) Status@8:1(bold-colon-inside)',
      '10 2026-05-03 Labels on one line | Mistake@12:1(plain) Correction@12:30(plain) Rule@12:57(plain) Status@12:89(plain)',
    ]);
    expect(document.entries[0]?.fields.map((field) => field.sharesParagraphWithPrevious)).toEqual([false, true, true, true]);
    expect(document.entries[1]?.fields.map((field) => field.value)).toEqual(['Skipped the review.', 'Asked for one.', 'Every change is reviewed.', 'Active']);
  });

  it('does not read a wrapped prose line starting with a field name as a label', () => {
    const [entry] = modelOf('## 2026-01-01: A\n\n**Impact**: Lost 30% of writes; the old\nfix: retry forever was wrong.\n\n**Bug**: a\n').entries;
    expect(entry?.fields.map((field) => field.name)).toEqual(['Impact', 'Bug']);
    const [plainRun] = modelOf('## 2026-01-01: A\n\nBug: a\nFix: b\n').entries;
    expect(plainRun?.fields.map((field) => field.name)).toEqual(['Bug', 'Fix']);
    const [afterSentence] = modelOf('## 2026-01-01: A\n\nThe parser choked on it.\nFix: quote the value.\n').entries;
    expect(afterSentence?.fields.map((field) => field.name)).toEqual(['Fix']);
    const [inItem] = modelOf('## 2026-01-01: A\n\n**Bug**: a\n\n- one step. The\n  cause: noted.\n  Fix: not a field here.\n').entries;
    expect(inItem?.fields.map((field) => field.name)).toEqual(['Bug']);
  });

  it('gives an empty value an empty range right after the label', () => {
    const [entry] = modelOf('## 2026-01-01: A\n\n**Bug**:\n\n**Fix**: x\n\n---\n').entries;
    expect(entry?.fields.map((field) => field.value)).toEqual(['', 'x']);
    expect(entry?.fields[0]?.valueRange.start).toEqual(entry?.fields[0]?.valueRange.end);
  });

  it('keeps text before the first field as the preamble', () => {
    const [entry] = modelOf('## 2026-01-01: A\n\nSome context.\n\n**Bug**: a\n\n**Fix**: b\n').entries;
    expect(entry?.preamble.map((block) => [block.type, block.range.start.line])).toEqual([['paragraph', 3]]);
  });
});

describe('extractDocument: what is never an entry', () => {
  it('ignores headings and labels in code fences, HTML comments, blockquotes and front matter', () => {
    const document = modelOfFixture('fixtures/variants/hidden-entries.md');
    expect(summarize(document)).toEqual(['26 2026-06-01 The only real entry | Bug@28:1(bold) Impact@30:1(bold) Fix@32:1(bold) Rule@34:1(bold)']);
    expect(document.frontmatter?.data).toEqual({ title: 'Lessons', owner: 'platform' });
  });

  it('reports invalid front matter YAML with its position instead of throwing', () => {
    const document = modelOf('---\ntitle: [unclosed\n---\n\n## 2026-01-01: A\n\n**Bug**: a\n**Fix**: b\n');
    expect(document.frontmatter?.error?.range.start.line).toBe(2);
    expect(document.entries).toHaveLength(1);
  });
});

describe('extractDocument: flattened entries', () => {
  it('finds paragraph lines that read like entry headings when fields follow', () => {
    const text = 'Lessons\n\n2026-05-02 - Host protection\n\nMistake: a. Correction: b. Rule: c. Status: Active\n\n2026-05-02 20:59:02 +00:00\n\n2026-05-03: a dated note\n';
    const document = modelOf(text);
    expect(document.pseudoHeadings.map((heading) => [heading.range.start.line, heading.title])).toEqual([[3, 'Host protection']]);
    expect(document.entries).toEqual([]);
  });
});

describe('extractDocument: line endings and BOM', () => {
  it('gives identical models for LF, CRLF and BOM text', () => {
    const text = '# L\n\n## 2026-01-01: A\n\n**Bug**: a\n**Fix**: b\n\n## 2026-01-02 - B\n\n- **Mistake:** c\n- **Correction:** d\n';
    const rows = summarize(modelOf(text));
    expect(summarize(modelOf(text.replace(/\n/gu, '\r\n')))).toEqual(rows);
    expect(summarize(modelOf(`\uFEFF${text}`))).toEqual(rows);
    expect(modelOf(text.replace(/\n/gu, '\r\n')).entries[0]?.fields[0]?.value).toBe('a');
  });
});

describe('extractDocument: list-item entries', () => {
  it('reads dated items, items under a date-only heading, and nested label items when the file has no heading entries', () => {
    const document = modelOfFixture('fixtures/variants/list-items.md');
    expect(document.entries.map((entry) => [entry.layout, entry.heading.range.start.line, entry.heading.date?.raw, entry.heading.date?.isInherited])).toEqual([
      ['list-item', 5, '2026-03-23', true],
      ['list-item', 6, '2026-03-23', true],
      ['list-item', 10, '2026-02-10', false],
      ['list-item', 11, '2026-02-11', false],
    ]);
    expect(document.entries[3]?.heading.title).toBe('Pin the runtime in CI');
    expect(summarize(document)[3]).toBe('11 2026-02-11 Pin the runtime in CI | Bug@12:5(list-plain) Impact@13:5(list-plain) Fix@14:5(list-plain) Rule@15:5(list-plain)');
    expect(document.entries[3]?.schema).toBe('incident');
  });

  it('does not read list items as entries when the file has heading entries', () => {
    const document = modelOf('## 2026-01-01: A\n\n**Bug**: a\n**Fix**: b\n\n- 2026-01-02: a note inside the entry\n');
    expect(document.entries.map((entry) => entry.layout)).toEqual(['heading']);
  });
});

describe('extractDocument: dated containers', () => {
  it('does not take a dated heading over headings at the entry depth for an off-depth entry', () => {
    const text = '# L\n\n## 2026-03-29 — Session 1\n\n### Security\n\n- note\n\n## Session 2 (2026-03-30)\n\n### [2026-03-30] A\n\n**Bug**: a\n\n**Fix**: b\n\n### [2026-03-31] B\n\n**Bug**: a\n\n**Fix**: b\n';
    const document = modelOf(text);
    expect(document.entryDepth).toBe(3);
    expect(document.offDepthHeadings).toEqual([]);
  });
});

describe('extractDocument: dates on and above headings', () => {
  it('takes a date-only heading over prose as an entry without a title, its bullets its own', () => {
    const document = modelOf('# Lessons\n\n### [2026-04-02]\n\nThe deploy deleted staging.\n\n- check env vars\n- refuse defaults\n\n### [2026-04-05]\n\nTag pushed early.\n');
    expect(document.entries.map((entry) => [entry.layout, entry.heading.date?.raw, entry.heading.title])).toEqual([
      ['heading', '2026-04-02', undefined],
      ['heading', '2026-04-05', undefined],
    ]);
  });

  it('gives entries under a titled, dated group heading (`## Session: 2026-03-22`) its date', () => {
    const document = modelOfFixture('fixtures/own-format/date-on-group-heading.md');
    expect(document.entries.map((entry) => [entry.heading.date?.raw, entry.heading.date?.isInherited])).toEqual([
      ['2026-03-22', true],
      ['2026-03-22', true],
    ]);
  });
});
