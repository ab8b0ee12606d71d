import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/lint/lint-text.js';
import { repoPath } from '../parse/helpers.js';

// markdownlint's test-repos, for lessons files: every real file of ../shared/corpus is linted with
// no config, and its findings (rule, messageId, position; never the files' text) are kept in
// findings.snapshot.json. A change to any of them fails until reviewed: `UPDATE_CORPUS=1 npm run
// test:corpus` rewrites the snapshot, and its diff is the review.
const corpus = repoPath('../shared/corpus');
const snapshotPath = repoPath('test/corpus/findings.snapshot.json');
const now = new Date('2026-12-01T00:00:00Z');

interface FileSnapshot {
  entries: number;
  findings: string[];
}

function snapshotOf(name: string): FileSnapshot {
  const result = lintText(readFileSync(`${corpus}/${name}`, 'utf8'), { filePath: name, now });
  return {
    entries: result.stats.entries,
    findings: result.diagnostics.map((d) => `${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.severity} ${d.ruleId}/${d.messageId}`),
  };
}

const names = readdirSync(corpus).filter((name) => name.endsWith('.md')).sort();
const actual: Record<string, FileSnapshot> = Object.fromEntries(names.map((name) => [name.replace(/\.md$/u, ''), snapshotOf(name)]));

describe('corpus regression snapshots', () => {
  if (process.env.UPDATE_CORPUS) writeFileSync(snapshotPath, `${JSON.stringify(actual, null, 2)}\n`);
  const reviewed = existsSync(snapshotPath) ? (JSON.parse(readFileSync(snapshotPath, 'utf8')) as Record<string, FileSnapshot>) : {};

  it('has a reviewed snapshot for every corpus file, and none for a file that is gone', () => {
    expect(Object.keys(reviewed).sort()).toEqual(Object.keys(actual).sort());
  });

  it.each(Object.keys(actual))('%s: findings as reviewed', (id) => {
    expect(actual[id]).toEqual(reviewed[id]);
  });
});
