import { createRequire } from 'node:module';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lessonsBin, makeTempDir, removeTempDir, repoRoot, runProcess } from './helpers.js';

// Microsoft's SARIF validator (`@microsoft/sarif-multitool validate`, a dev dependency that ships a
// self-contained .NET binary per platform) with its SARIF rules and GitHub code scanning's rules.
// The npm wrapper runs the binary through a shell, which splits `Sarif;Gh`: call the binary directly.
const multitool = createRequire(import.meta.url)('@microsoft/sarif-multitool') as string;

interface ValidatorResult {
  ruleId: string;
  level?: string;
  message: { text?: string; id?: string; arguments?: string[] };
}

let temp: string;
beforeAll(async () => {
  temp = await makeTempDir('sarif');
});
afterAll(async () => {
  if (temp) await removeTempDir(temp);
});

/** The validator's findings on a SARIF file; a result without a level is a warning (its default). */
async function validate(sarifFile: string): Promise<{ errors: ValidatorResult[]; warnings: ValidatorResult[] }> {
  const output = path.join(temp, `${path.basename(sarifFile)}.validation.sarif`);
  const run = await runProcess(multitool, ['validate', sarifFile, '--output', output, '--log', 'ForceOverwrite', '--rule-kind', 'Sarif;Gh'], { cwd: temp });
  expect(run.code, run.output).toBe(0);
  const log = JSON.parse(await readFile(output, 'utf8')) as { runs: { results?: ValidatorResult[]; invocations: { executionSuccessful: boolean }[] }[] };
  const [validation] = log.runs;
  expect(validation?.invocations[0]?.executionSuccessful).toBe(true);
  const results = validation?.results ?? [];
  return { errors: results.filter((r) => r.level === 'error'), warnings: results.filter((r) => r.level === undefined || r.level === 'warning') };
}

/** `lessons lint --format sarif -o <file> ...paths`, run from the repository root. */
async function writeSarif(name: string, ...paths: string[]): Promise<string> {
  const file = path.join(temp, name);
  const run = await runProcess(process.execPath, [lessonsBin, 'lint', '--format', 'sarif', '--output-file', file, ...paths], { cwd: repoRoot });
  expect(run, run.output).toMatchObject({ stdout: '', stderr: '' });
  expect([0, 1]).toContain(run.code);
  return file;
}

describe('SARIF output, checked by Microsoft\'s SARIF validator', () => {
  it('has no errors or warnings for findings of many rules in several files, with related locations', async () => {
    const file = await writeSarif('findings.sarif', 'fixtures/formats', 'fixtures/defects/*.md', 'fixtures/variants/*.md', 'fixtures/cli/findings.md');
    const log = JSON.parse(await readFile(file, 'utf8')) as { runs: { results: { relatedLocations?: unknown[] }[]; tool: { driver: { rules: unknown[] } } }[] };
    expect(log.runs[0]!.results.length).toBeGreaterThan(20);
    expect(log.runs[0]!.tool.driver.rules.length).toBeGreaterThan(10);
    expect(log.runs[0]!.results.some((result) => result.relatedLocations !== undefined)).toBe(true);
    expect(await validate(file)).toEqual({ errors: [], warnings: [] });
  });

  it('has no errors or warnings for a clean run (a log with no results)', async () => {
    expect(await validate(await writeSarif('clean.sarif', 'fixtures/examples/incident.md'))).toEqual({ errors: [], warnings: [] });
  });

  it('reports errors for a log that breaks the rules it checks (the check can fail)', async () => {
    const file = await writeSarif('broken.sarif', 'fixtures/formats');
    const log = JSON.parse(await readFile(file, 'utf8')) as { runs: { results: Record<string, unknown>[] }[] };
    delete log.runs[0]!.results[0]!.ruleId;
    log.runs[0]!.results[1]!.locations = [];
    await writeFile(file, JSON.stringify(log));
    const { errors } = await validate(file);
    expect(errors.map((error) => error.ruleId)).toEqual(expect.arrayContaining(['SARIF1010', 'GH1015']));
  });
});
