import { describe, expect, it } from 'vitest';
import { artifactLocation, formatSarif } from '../../src/report/sarif.js';
import { describeSarifRule, projectUrl, ruleHelpUri } from '../../src/report/sarif-rules.js';
import { findRule } from '../../src/rules/index.js';
import { diagnostic, result } from './make-result.js';

const cwd = '/project';

interface Log {
  version: string;
  runs: {
    tool: { driver: { name: string; version?: string; informationUri: string; rules: { id: string; helpUri: string }[] } };
    originalUriBaseIds: Record<string, { uri: string }>;
    results: Record<string, unknown>[];
  }[];
}

function parse(text: string): Log {
  return JSON.parse(text) as Log;
}

describe('sarif formatter', () => {
  const results = [
    result('/project/tasks/lessons.md', [
      diagnostic({ line: 9, column: 4, endLine: 9, endColumn: 14, severity: 'warning', ruleId: 'future-date', message: 'Unexpected future date' }),
      diagnostic({
        line: 13,
        column: 1,
        endLine: 13,
        endColumn: 30,
        ruleId: 'duplicate-entry',
        message: 'Unexpected duplicate',
        related: [{ message: 'First copy of the entry', line: 3, column: 1, endLine: 3, endColumn: 30 }],
      }),
    ]),
    result('/project/docs/lessons 2025.md', [diagnostic({ line: 2, column: 1, endLine: 2, endColumn: 5, ruleId: 'duplicate-entry', message: 'Again' })]),
  ];
  const log = parse(formatSarif(results, { cwd, toolVersion: '1.2.3' }));
  const run = log.runs[0]!;

  it('names the tool, its version and home, and describes only the rules that fired, sorted', () => {
    expect(log.version).toBe('2.1.0');
    expect(run.tool.driver).toMatchObject({ name: 'lessons-lint', version: '1.2.3', informationUri: projectUrl });
    expect(run.tool.driver.rules.map((rule) => rule.id)).toEqual(['duplicate-entry', 'future-date']);
    expect(run.tool.driver.rules[1]).toEqual(describeSarifRule('future-date'));
  });

  it('describes a rule from its metadata, with a link to its README section', () => {
    const meta = findRule('future-date')!.meta;
    expect(describeSarifRule('future-date')).toMatchObject({
      id: 'future-date',
      name: 'FutureDate',
      shortDescription: { text: meta.description },
      fullDescription: { text: meta.docs.rationale },
      helpUri: `${projectUrl}#future-date`,
      defaultConfiguration: { level: 'warning' },
    });
    expect(describeSarifRule('required-field').defaultConfiguration).toEqual({ level: 'error' });
    expect(describeSarifRule('date-order').defaultConfiguration).toEqual({ level: 'warning', enabled: false });
    // SARIF forbids a name equal to the id; a one-word id has none.
    expect(describeSarifRule('frontmatter')).not.toHaveProperty('name');
    expect(describeSarifRule('no-such-rule')).toEqual({ id: 'no-such-rule', helpUri: ruleHelpUri('no-such-rule') });
  });

  it('reports each finding with its level, message and region on a repository-relative URI', () => {
    expect(run.results).toHaveLength(3);
    expect(run.results[0]).toEqual({
      ruleId: 'duplicate-entry',
      ruleIndex: 0,
      level: 'error',
      message: { text: 'Again' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'docs/lessons%202025.md', uriBaseId: '%SRCROOT%' },
            region: { startLine: 2, startColumn: 1, endLine: 2, endColumn: 5 },
          },
        },
      ],
    });
    expect(run.results[1]).toMatchObject({ ruleId: 'future-date', ruleIndex: 1, level: 'warning' });
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///project/' } });
  });

  it('adds related locations in the same file', () => {
    expect(run.results[2]).toMatchObject({
      ruleId: 'duplicate-entry',
      relatedLocations: [
        {
          id: 0,
          message: { text: 'First copy of the entry' },
          physicalLocation: {
            artifactLocation: { uri: 'tasks/lessons.md', uriBaseId: '%SRCROOT%' },
            region: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 30 },
          },
        },
      ],
    });
    expect(run.results[1]).not.toHaveProperty('relatedLocations');
  });

  it('gives a file outside the current directory an absolute file URI', () => {
    expect(artifactLocation('/elsewhere/LESSONS.md', cwd)).toEqual({ uri: 'file:///elsewhere/LESSONS.md' });
    expect(artifactLocation('/project/..lessons.md', cwd)).toEqual({ uri: '..lessons.md', uriBaseId: '%SRCROOT%' });
    expect(artifactLocation('<stdin>', cwd)).toEqual({ uri: '%3Cstdin%3E', uriBaseId: '%SRCROOT%' });
  });

  it('is a complete log with no results when nothing was found', () => {
    const empty = parse(formatSarif([result('/project/LESSONS.md', [])], { cwd }));
    expect(empty.runs[0]!.results).toEqual([]);
    expect(empty.runs[0]!.tool.driver.rules).toEqual([]);
    expect(empty.runs[0]!.tool.driver).not.toHaveProperty('version');
  });
});
