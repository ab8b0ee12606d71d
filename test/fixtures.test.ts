import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/lint/lint-text.js';
import { repoPath } from './parse/helpers.js';

// Every fixture under fixtures/{variants,defects,examples} has its expected diagnostics beside it
// (`name.expected.json`); `UPDATE_FIXTURES=1` rewrites them for review in the diff.
const folders = ['fixtures/variants', 'fixtures/defects', 'fixtures/examples'];
const now = new Date('2026-11-22T00:00:00Z');
const cases = folders.flatMap((folder) =>
  existsSync(repoPath(folder)) ? readdirSync(repoPath(folder)).filter((name) => name.endsWith('.md')).map((name) => `${folder}/${name}`) : [],
);

describe('fixtures', () => {
  it.each(cases)('%s', (fixture) => {
    const result = lintText(readFileSync(repoPath(fixture), 'utf8'), { filePath: fixture, now });
    const actual = result.diagnostics.map(({ ruleId, messageId, severity, line, column, endLine, endColumn }) => ({ ruleId, messageId, severity, line, column, endLine, endColumn }));
    const expectedPath = repoPath(fixture.replace(/\.md$/u, '.expected.json'));
    if (process.env.UPDATE_FIXTURES) writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
  });
});
