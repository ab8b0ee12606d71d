import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { JsonResult } from '../../src/report/json.js';
import { projectUrl } from '../../src/report/sarif-rules.js';
import { repoRoot, runCli } from './helpers.js';

// Every format on one fixture with findings in three files, one with a space in its name. The
// expected findings come from `--format json` (pinned below by rule and position), and each other
// format is read back and compared with them, so message wording can change without touching this.
const cwd = path.join(repoRoot, 'fixtures/formats');

interface Finding {
  file: string;
  ruleId: string;
  severity: 'error' | 'warning';
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

let findings: Finding[];
beforeAll(async () => {
  const run = await runCli(['lint', '--format', 'json'], { cwd });
  expect(run.exitCode).toBe(1);
  findings = (JSON.parse(run.stdout) as JsonResult[]).flatMap((result) =>
    result.messages.map((message) => ({
      file: path.relative(cwd, result.filePath),
      ruleId: message.ruleId,
      severity: message.severity === 2 ? ('error' as const) : ('warning' as const),
      message: message.message,
      line: message.line,
      column: message.column,
      endLine: message.endLine,
      endColumn: message.endColumn,
    })),
  );
});

/** Decode a workflow command's escapes (the runner's side of `escapeData` / `escapeProperty`). */
function unescape(text: string): string {
  return text.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

describe('lessons lint --format on fixtures/formats', () => {
  it('finds the pinned findings in three files (json)', () => {
    expect(findings.map(({ file, ruleId, line, column }) => `${file}:${line}:${column} ${ruleId}`)).toEqual([
      'LESSONS.md:6:1 merged-fields',
      'LESSONS.md:10:13 status-value',
      'docs/lessons learned.md:13:1 duplicate-entry',
      'tasks/lessons.md:3:1 required-field',
      'tasks/lessons.md:11:4 entry-date',
    ]);
  });

  it('compact: one line per finding', async () => {
    const run = await runCli(['lint', '--format', 'compact'], { cwd });
    expect(run).toMatchObject({ exitCode: 1, stderr: '' });
    const expected = findings.map((f) => `${f.file}:${f.line}:${f.column}: ${f.severity} ${f.message} [${f.ruleId}]\n`);
    expect(run.stdout).toBe(expected.join(''));
  });

  it('github: one workflow command per finding, then the stylish report', async () => {
    const run = await runCli(['lint', '--format', 'github'], { cwd });
    expect(run).toMatchObject({ exitCode: 1, stderr: '' });
    const lines = run.stdout.split('\n');
    const commands = lines.slice(0, findings.length).map((line) => {
      const match = /^::(error|warning) ([^:]*)::(.*)$/.exec(line);
      expect(match, line).not.toBeNull();
      const [, severity, list, message] = match as unknown as [string, string, string, string];
      const properties = Object.fromEntries(list.split(',').map((pair) => pair.split('=') as [string, string]));
      return { severity, message: unescape(message), properties: Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, unescape(v)])) };
    });
    expect(commands).toEqual(
      findings.map((f) => ({
        severity: f.severity,
        message: f.message,
        properties: {
          file: f.file,
          line: `${f.line}`,
          endLine: `${f.endLine}`,
          ...(f.line === f.endLine ? { col: `${f.column}`, endColumn: `${f.endColumn}` } : {}),
          title: f.ruleId,
        },
      })),
    );
    // The duplicated title `Retries hid 30% of failures: one call, in three` puts all three in a message.
    expect(findings.some((f) => /%.*:.*,/.test(f.message))).toBe(true);
    expect(run.stdout).toMatch(/^::error [^\n]*title=duplicate-entry::[^\n]*30%25 of failures: one call, in three/m);
    const stylish = await runCli(['lint', '--format', 'stylish'], { cwd });
    expect(lines.slice(findings.length).join('\n')).toBe(stylish.stdout);
  });

  it('sarif: the fired rules and one result per finding on repository-relative URIs', async () => {
    const run = await runCli(['lint', '--format', 'sarif'], { cwd });
    expect(run).toMatchObject({ exitCode: 1, stderr: '' });
    const log = JSON.parse(run.stdout) as {
      runs: { tool: { driver: { version: string; rules: { id: string; helpUri: string }[] } }; results: SarifResultShape[] }[];
    };
    const [sarifRun] = log.runs;
    const rules = sarifRun!.tool.driver.rules;
    expect(rules.map((rule) => rule.id)).toEqual([...new Set(findings.map((f) => f.ruleId))].sort());
    for (const rule of rules) expect(rule.helpUri).toBe(`${projectUrl}#${rule.id}`);
    expect(sarifRun!.tool.driver.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(
      sarifRun!.results.map((result) => {
        const { artifactLocation, region } = result.locations[0]!.physicalLocation;
        return { rule: rules[result.ruleIndex]!.id, ruleId: result.ruleId, level: result.level, text: result.message.text, uri: artifactLocation.uri, ...region };
      }),
    ).toEqual(
      findings.map((f) => ({
        rule: f.ruleId,
        ruleId: f.ruleId,
        level: f.severity,
        text: f.message,
        uri: f.file.replace(' ', '%20'),
        startLine: f.line,
        startColumn: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
      })),
    );
    const duplicate = sarifRun!.results.find((result) => result.ruleId === 'duplicate-entry');
    expect(duplicate?.relatedLocations?.[0]?.physicalLocation.region.startLine).toBe(3);
  });

  it('stylish: every file with findings, relative to the current directory', async () => {
    const run = await runCli(['lint'], { cwd });
    expect(run.exitCode).toBe(1);
    for (const file of new Set(findings.map((f) => f.file))) expect(run.stdout).toContain(`\n${file}\n`);
  });
});

interface SarifResultShape {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }[];
  relatedLocations?: { physicalLocation: { region: { startLine: number } } }[];
}
