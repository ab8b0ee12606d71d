import path from 'node:path';
import { loadConfig } from '../config/load-config.js';
import { lintFiles } from '../lint/lint-files.js';
import type { InferredSchema } from '../init/infer-schema.js';
import { describeInferredSchema } from '../init/summary.js';
import { getFormatter } from '../report/index.js';
import { ExitCode } from './exit-code.js';
import type { Io } from './io.js';

/** What `lessons init --from` did, to report. */
export interface InferenceReport {
  inferred: InferredSchema;
  name: string;
  /** Absolute path of the lessons file the schema came from. */
  source: string;
  /** The path as the user typed it. */
  shown: string;
  configPath: string;
}

/**
 * Print the inferred schema, then lint the source file with the config just written (read back
 * through the normal loader, so what is reported is what `lessons lint` will say) and list the
 * entries that break it. Findings are the point of the summary, not a failure: exit 0.
 */
export async function reportInference(report: InferenceReport, io: Io): Promise<number> {
  io.stdout(describeInferredSchema(report.inferred, { name: report.name, source: report.shown }));
  io.stdout(`Wrote ${path.relative(io.cwd, report.configPath) || report.configPath}\n`);
  const { config } = await loadConfig({ cwd: io.cwd, configPath: report.configPath });
  const outcome = await lintFiles([report.source], { cwd: io.cwd, loadedConfig: config });
  const errors = outcome.results.reduce((sum, result) => sum + result.errorCount, 0);
  const warnings = outcome.results.reduce((sum, result) => sum + result.warningCount, 0);
  if (errors + warnings === 0) {
    io.stdout(`${report.shown} lints clean with it\n`);
    return ExitCode.ok;
  }
  io.stdout(`${report.shown} with it: ${count(errors, 'error')}, ${count(warnings, 'warning')}\n`);
  const stylish = await getFormatter('stylish');
  if (stylish) io.stdout(stylish(outcome.results, { cwd: io.cwd, colorLevel: 0 }));
  return ExitCode.ok;
}

function count(value: number, noun: string): string {
  return `${value} ${noun}${value === 1 ? '' : 's'}`;
}
