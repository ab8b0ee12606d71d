import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/lint/lint-text.js';
import { repoPath } from './parse/helpers.js';
import { presetsConfig } from './rules/helpers.js';

// Every fixture under these folders has its expected diagnostics beside it (`name.expected.json`);
// `UPDATE_FIXTURES=1` rewrites them for review in the diff. Fixtures of `own-format` are linted as
// a file with no config is (judged by its own format); the others under the declared presets.
const folders = ['fixtures/variants', 'fixtures/defects', 'fixtures/examples', 'fixtures/own-format'];
const configOf = (fixture: string) => (fixture.startsWith('fixtures/own-format/') ? undefined : presetsConfig());
const now = new Date('2026-11-22T00:00:00Z');
const cases = folders.flatMap((folder) =>
  existsSync(repoPath(folder)) ? readdirSync(repoPath(folder)).filter((name) => name.endsWith('.md')).map((name) => `${folder}/${name}`) : [],
);

describe('fixtures', () => {
  it.each(cases)('%s', (fixture) => {
    const result = lintText(readFileSync(repoPath(fixture), 'utf8'), { filePath: fixture, now, config: configOf(fixture) });
    const actual = result.diagnostics.map(({ ruleId, messageId, severity, line, column, endLine, endColumn }) => ({ ruleId, messageId, severity, line, column, endLine, endColumn }));
    const expectedPath = repoPath(fixture.replace(/\.md$/u, '.expected.json'));
    if (process.env.UPDATE_FIXTURES) writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
  });
});
