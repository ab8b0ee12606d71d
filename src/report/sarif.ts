import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, LintResult } from '../lint/result.js';
import { isPseudoPath } from './display-path.js';
import type { FormatOptions } from './formatter.js';
import { describeSarifRule, projectUrl } from './sarif-rules.js';
import type { SarifRule } from './sarif-rules.js';
import { sortResults } from './sort.js';

/** The base that relative artifact URIs are resolved against: the directory lessons ran in. */
const SRCROOT = '%SRCROOT%';

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

interface PhysicalLocation {
  artifactLocation: ArtifactLocation;
  region: Region;
}

/** One SARIF `result`: a finding of one rule at one place. */
export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: 'error' | 'warning';
  message: { text: string };
  locations: { physicalLocation: PhysicalLocation }[];
  relatedLocations?: { id: number; message: { text: string }; physicalLocation: PhysicalLocation }[];
}

/**
 * A SARIF 2.1.0 log for GitHub code scanning and other SARIF viewers: the rules that fired, and one
 * result per finding with a region on a URI relative to `cwd` (the repository root in CI). Always a
 * complete log, even with no findings, so an upload step clears alerts that were fixed.
 */
export function formatSarif(results: readonly LintResult[], options: FormatOptions): string {
  const sorted = sortResults(results);
  const ruleIds = [...new Set(sorted.flatMap((result) => result.diagnostics.map((d) => d.ruleId)))].sort();
  const ruleIndex = new Map(ruleIds.map((id, index) => [id, index]));
  const sarifResults = sorted.flatMap((result) => {
    const location = artifactLocation(result.filePath, options.cwd);
    return result.diagnostics.map((diagnostic) => toSarifResult(diagnostic, location, ruleIndex.get(diagnostic.ruleId) ?? -1));
  });
  const driver: { name: string; version?: string; informationUri: string; rules: SarifRule[] } = {
    name: 'lessons-lint',
    ...(options.toolVersion === undefined ? {} : { version: options.toolVersion }),
    informationUri: projectUrl,
    rules: ruleIds.map(describeSarifRule),
  };
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver },
        // Our columns count UTF-16 code units, as JavaScript strings and the parser do.
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(options.cwd) } },
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function toSarifResult(diagnostic: Diagnostic, location: ArtifactLocation, ruleIndex: number): SarifResult {
  const sarifResult: SarifResult = {
    ruleId: diagnostic.ruleId,
    ruleIndex,
    level: diagnostic.severity === 'error' ? 'error' : 'warning',
    message: { text: diagnostic.message },
    locations: [{ physicalLocation: { artifactLocation: location, region: toRegion(diagnostic) } }],
  };
  if (diagnostic.related && diagnostic.related.length > 0) {
    sarifResult.relatedLocations = diagnostic.related.map((related, id) => ({
      id,
      message: { text: related.message },
      physicalLocation: { artifactLocation: location, region: toRegion(related) },
    }));
  }
  return sarifResult;
}

/** SARIF regions are 1-based with an exclusive end column, exactly like our diagnostics. */
function toRegion(span: Pick<Diagnostic, 'line' | 'column' | 'endLine' | 'endColumn'>): Region {
  return { startLine: span.line, startColumn: span.column, endLine: span.endLine, endColumn: span.endColumn };
}

/**
 * A URI relative to `cwd` with forward slashes, percent-encoded, so code scanning can map it onto
 * the repository; a file outside `cwd` gets an absolute `file:` URI, which is at least correct.
 */
export function artifactLocation(filePath: string, cwd: string): ArtifactLocation {
  if (isPseudoPath(filePath)) return { uri: encodeURIComponent(filePath), uriBaseId: SRCROOT };
  const absolute = path.resolve(cwd, filePath);
  const relative = path.relative(cwd, absolute);
  if (relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
    return { uri: pathToFileURL(absolute).href };
  }
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

/** `file:` URI of a directory, with the trailing slash SARIF requires of a base URI. */
function directoryUri(directory: string): string {
  const href = pathToFileURL(path.resolve(directory)).href;
  return href.endsWith('/') ? href : `${href}/`;
}
