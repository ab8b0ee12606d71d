import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultConfig, type ResolvedConfig } from '../../src/config/resolved.js';
import { resolveConfigForFile } from '../../src/config/resolve-for-file.js';
import { validateConfig } from '../../src/config/validate-config.js';
import type { InvalidRange } from '../../src/lint/check-range.js';
import { lintText } from '../../src/lint/lint-text.js';
import type { Diagnostic } from '../../src/lint/result.js';
import { ruleIds } from '../../src/rules/index.js';

// Property-based: lessons-like documents made of what real files hold, linted under a few configs.
// `npm test` runs a fixed seed and few runs; `npm run fuzz` (test/lint/fuzz.vitest.config.ts) runs
// FUZZ_RUNS (default 20,000) from a random seed, printed, or from FUZZ_SEED to replay a failure.
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : process.env.FUZZ_RUNS !== undefined ? Date.now() % 2 ** 31 : 20260615;
const NOW = new Date('2026-06-15T12:00:00Z');

// ------------------------------------------------------------------ documents

const words = fc.constantFrom(
  'sed', '`a`', 'does', 'NOT', 'interpret', '`\\t`', 'as', 'tab', 'cron', 'jobs', 'UTC.', 'It', 'broke.', 'Pin', 'the', 'toolchain',
  '时区', '日本語のテキスト', '규칙을', 'über', 'Ärger', 'émoji', '🎉', '**bold**', '__bold__', '_em_', '*em*', '[link](https://x.test)',
  '[ref][r]', '<br>', '&amp;', '\\#', 'Rule:', 'Fix:', '**Rule**:', 'note:', '#', '##', '---', '|', '>', '-', '1.', '`code`',
  '<!-- c -->', '(2026-02-14)', '[2026-02-14]', '2026-02-14', '\t', '', ' ', '  ', ':', '：', '**', '__', '*', '[', ']',
);
const phrase = fc.array(words, { maxLength: 9 }).map((parts) => parts.join(' '));
const trailing = fc.constantFrom('', '', '', ' ', '  ', '\t');

const dates = fc.constantFrom(
  '2026-02-14', '2026-05-02', '2024-02-29', '1999-01-01', '2026-02-14', '2026-02-30', '2026-13-01', '0000-00-00', '2026-05', '2026-00',
  '2062-03-01', '2099-12-31', '2026/02/14', 'Feb 14, 2026', '14.02.2026', '２０２６-０２-１４', '2026-02-14T10:00:00Z', '2026-2-3', 'YYYY-MM-DD',
);
const separators = fc.constantFrom(': ', ' - ', ' — ', ' – ', ' · ', ' | ', ' ', '', '\t', '：', ' : ');

const labels = fc.constantFrom(
  'Bug', 'Impact', 'Fix', 'Rule', 'Mistake', 'Correction', 'Status', 'Root cause', 'Prevention', 'Context', 'Date', 'Note', 'Files',
  'What happened', 'Symptom', 'Lesson', 'Solution', 'rule', 'FIX', '규칙', '原因', 'Règle', 'Fxi', 'Statut',
);
const heading = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.integer({ min: 1, max: 4 }), dates, separators, phrase, trailing).map(([depth, date, sep, title, end]) => `${'#'.repeat(depth)} ${date}${sep}${title}${end}`) },
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 2, max: 3 }), phrase, dates).map(([depth, title, date]) => `${'#'.repeat(depth)} ${title} (${date})`) },
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 1, max: 3 }), phrase).map(([depth, title]) => `${'#'.repeat(depth)} ${title}`) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 2, max: 3 }), dates).map(([depth, date]) => `${'#'.repeat(depth)} [${date}]`) },
  { weight: 1, arbitrary: fc.constantFrom('#', '## ', '# ────', '##\t', '### #', '## Format', '## How to use this file', '##2026-02-14 Title') },
  // Setext headings, of one line or several (their text keeps its line breaks).
  { weight: 1, arbitrary: fc.tuple(dates, phrase, fc.constantFrom('===', '---', '-', '=')).map(([date, title, rule]) => `${date} ${title}\n${rule}`) },
  { weight: 1, arbitrary: fc.tuple(fc.array(fc.oneof(phrase, labels, dates), { minLength: 2, maxLength: 3 }), fc.constantFrom('===', '---')).map(([lines, rule]) => `${lines.join('\n')}\n${rule}`) },
);

const fieldValue = fc.oneof(
  { weight: 5, arbitrary: phrase },
  { weight: 1, arbitrary: fc.constantFrom('', 'Active', 'active', 'Retired', 'Done', 'TODO', '2026-02-14', '2062-01-01') },
  { weight: 1, arbitrary: fc.tuple(phrase, phrase).map(([a, b]) => `${a}\n${b}`) },
);
const field = fc.tuple(labels, fc.integer({ min: 0, max: 10 }), fieldValue, trailing).map(([label, style, value, end]) => {
  const forms = [
    `**${label}**: ${value}`, `**${label}:** ${value}`, `${label}: ${value}`, `- **${label}**: ${value}`, `- **${label}:** ${value}`,
    `- ${label}: ${value}`, `**${label}**：${value}`, `${label} : ${value}`, `### ${label}\n\n${value}`, `__${label}__: ${value}`, `* **${label}**:\t${value}`,
  ];
  return `${forms[style] ?? forms[0]}${end}`;
});
// Labelled lines with no blank line between them: one paragraph of several fields.
const mergedFields = fc.array(field, { minLength: 2, maxLength: 4 }).map((lines) => lines.join('\n'));

const list = fc.tuple(fc.constantFrom('- ', '* ', '+ ', '1. ', '- [ ] ', '  - '), fc.array(fc.oneof(phrase, field), { minLength: 1, maxLength: 4 })).map(([marker, items]) =>
  items.map((item, index) => `${marker.replace('1.', `${index + 1}.`)}${item}`).join('\n'),
);
const datedItem = fc.tuple(dates, separators, phrase, field).map(([date, sep, title, body]) => `- ${date}${sep}${title}\n  ${body}`);
const other = fc.constantFrom(
  '---', '***', '___', '- - -', '', '<!-- lessons-disable-next-line required-field -->', '<!-- lessons-disable -->', '<!-- lessons-enable -->',
  '<!-- lessons-disable-line -->', '<!-- a comment\nover two lines -->', '<!--', '-->', '> **Rule**: quoted', '> ## 2026-02-14: quoted heading',
  '```\n## 2026-02-14: Template\n**Bug**: ...\n**Rule**: ...\n```', '~~~md\n**Fix**: x\n~~~', '```', '    ## indented code',
  '| a | b |\n| --- | --- |\n| **Rule**: x | y |', '<details>\n<summary>x</summary>\n\n**Fix**: y\n</details>', '[r]: https://x.test',
  '\t**Rule**: tabbed', '[BUG-001] [2026-03-28]\nRoot cause: x\nRule: y', '[2026-06-24] Context: x', '**2026-05-02: Bold date line**',
  '2026-05-02 - Lost heading markup', '<br/>', '&nbsp;', '\\', '\u00a0', '\u2028', '\u200b', 'ー', '\uFEFF',
);
const block = fc.oneof(
  { weight: 5, arbitrary: heading },
  { weight: 8, arbitrary: field },
  { weight: 2, arbitrary: mergedFields },
  { weight: 2, arbitrary: list },
  { weight: 1, arbitrary: datedItem },
  { weight: 3, arbitrary: phrase },
  { weight: 3, arbitrary: other },
);
const joiner = fc.constantFrom('\n\n', '\n\n', '\n\n', '\n', '\n\n\n', '\n \n', '\n\t\n');

const frontmatter = fc.oneof(
  fc.constantFrom(
    'title: Lessons', 'lessons:\n  schema: correction', 'lessons:\n  schema: corection', 'lessons:\n  entryLayout: list-items',
    'lessons: { schema: incident }', 'tags: [a, b]', 'foo: [', 'foo: [\nbar: 1', 'a: *b', 'key: "unterminated', '\tkey: tab',
    'a: 1\na: 2', '- list\nkey: value', 'x: |\n  block\n  text', ': :', 'lessons:\n  schema: [incident', '%YAML 1.2\n---\na: 1', '',
  ),
  fc.tuple(fc.constantFrom('title', 'date', 'tags', 'lessons'), phrase).map(([key, value]) => `${key}: ${value}`),
);

/** A lessons-like document with LF line endings. */
const documents = fc
  .tuple(fc.option(frontmatter, { freq: 4 }), fc.array(fc.tuple(block, joiner), { maxLength: 24 }), fc.constantFrom('\n', '', '\n\n'))
  .map(([front, blocks, end]) => {
    const body = blocks.map(([text, join]) => `${text}${join}`).join('');
    return `${front === null ? '' : `---\n${front}\n---\n\n`}${body.replace(/\n+$/u, '')}${end}`;
  });

// ------------------------------------------------------------------ configs

function configs(): Record<string, ResolvedConfig> {
  const base = '/nonexistent-fuzz-base';
  const file = `${base}/LESSONS.md`;
  const strict = validateConfig(
    {
      schemas: {
        postmortem: { fields: [{ name: 'What happened', aliases: ['Problem', 'Symptom'], required: true }, { name: 'Rule', aliases: ['Prevention', 'Règle', '규칙'], required: true }, { name: 'Status', values: ['active', 'retired'] }] },
      },
      rules: Object.fromEntries(ruleIds.map((id) => [id, 'error'])),
    },
    { baseDirectory: base },
  );
  return {
    default: defaultConfig(),
    presets: { ...defaultConfig(), isFormatInferred: false },
    strict: resolveConfigForFile(strict, file),
    'list-items': resolveConfigForFile(validateConfig({ entryLayout: 'list-items' }, { baseDirectory: base }), file),
    'date-field': resolveConfigForFile(
      validateConfig({ schemas: { guardrail: { fields: [{ name: 'Rule', required: true }], date: { field: 'Date' } } }, rules: { 'date-order': 'warn', 'one-entry-per-date': 'warn' } }, { baseDirectory: base }),
      file,
    ),
  };
}
const CONFIGS = configs();

// ------------------------------------------------------------------ checks

/** Line lengths as the README counts lines (`\r\n`, `\r`, `\n` each end one), a leading BOM left out. */
function lineLengths(text: string): number[] {
  const source = text.replace(/^\uFEFF+/u, '');
  return source.split(/\r\n?|\n/u).map((line) => line.length);
}

type Where = Pick<Diagnostic, 'line' | 'column' | 'endLine' | 'endColumn'>;

/** Why a location does not fit the text (1-based, end exclusive, the end of a line included), or undefined. */
function badPlace(lengths: number[], where: Where): string | undefined {
  const { line, column, endLine, endColumn } = where;
  if (![line, column, endLine, endColumn].every(Number.isInteger)) return 'not integers';
  if (line < 1 || line > lengths.length || endLine < 1 || endLine > lengths.length) return `lines ${line}..${endLine} outside 1..${lengths.length}`;
  if (column < 1 || column > (lengths[line - 1] as number) + 1) return `column ${column} outside line ${line}`;
  if (endColumn < 1 || endColumn > (lengths[endLine - 1] as number) + 1) return `endColumn ${endColumn} outside line ${endLine}`;
  if (endLine < line || (endLine === line && endColumn < column)) return 'end before start';
  return undefined;
}

/** What must be identical across line endings and a BOM. */
function comparable(diagnostics: Diagnostic[]) {
  const place = (where: Where) => [where.line, where.column, where.endLine, where.endColumn];
  return diagnostics.map((d) => [d.ruleId, d.messageId, ...place(d), d.severity, d.message, (d.related ?? []).map((r) => [r.message, ...place(r)])]);
}

function variants(lf: string): Record<string, string> {
  return { CRLF: lf.replace(/\n/gu, '\r\n'), CR: lf.replace(/\n/gu, '\r'), BOM: `\uFEFF${lf}`, 'BOM+CRLF': `\uFEFF${lf.replace(/\n/gu, '\r\n')}` };
}

describe('lintText on generated lessons documents (property-based)', () => {
  let warning: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    warning = vi.spyOn(process, 'emitWarning');
  });
  afterEach(() => {
    warning.mockRestore();
  });

  it(
    `never throws or warns, reports places inside the text, the same for LF, CRLF, CR and BOM, and twice the same (seed ${SEED}, ${RUNS} runs)`,
    () => {
      if (process.env.FUZZ_RUNS !== undefined) console.log(`fuzz: ${RUNS} runs, seed ${SEED} (FUZZ_SEED=${SEED} replays them)`);
      const property = fc.property(documents, fc.constantFrom(...Object.keys(CONFIGS)), (text, configName) => {
        const invalid: InvalidRange[] = [];
        const lint = (input: string) => lintText(input, { filePath: 'LESSONS.md', config: CONFIGS[configName], now: NOW, onInvalidRange: (found) => invalid.push(found) });
        const first = lint(text);
        // A rule that reports outside the text is a bug, even though the runner makes the place fit.
        expect(invalid).toEqual([]);
        const lengths = lineLengths(text);
        for (const diagnostic of first.diagnostics) {
          for (const where of [diagnostic, ...(diagnostic.related ?? [])]) expect(badPlace(lengths, where), `${diagnostic.ruleId} ${JSON.stringify(where)}`).toBeUndefined();
        }
        expect(lint(text)).toEqual(first);
        for (const [name, variant] of Object.entries(variants(text))) {
          const result = lint(variant);
          expect(invalid, name).toEqual([]);
          expect(comparable(result.diagnostics), name).toEqual(comparable(first.diagnostics));
        }
        expect(warning).not.toHaveBeenCalled();
      });
      fc.assert(property, { seed: SEED, numRuns: RUNS });
    },
    Math.max(60_000, RUNS * 100),
  );
});
