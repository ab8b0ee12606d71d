import type { RuleSetting } from '../config/resolved.js';
import type { Entry, LessonsDocument, Range } from '../parse/model.js';
import type { Location, ReportDescriptor, Rule, SchemaSet, SeveritySetting, TextEdit } from '../rules/rule.js';
import { createRangeChecker, type InvalidRange, type Place } from './check-range.js';
import { dominantLineEnding } from '../parse/line-breaks.js';
import type { Diagnostic } from './result.js';

/** What the runner needs besides the document. */
export interface RunRulesOptions {
  rules: readonly Rule<unknown>[];
  settings: Record<string, RuleSetting>;
  schemas: SchemaSet;
  now: Date;
  /** See RuleContext.fileName. */
  fileName: string;
  /**
   * Told of every place a rule reports outside the text (a bug in the rule), after it is made to fit;
   * tests fail on it. Such a place is always made to fit, so that formatters and editors get a real one.
   */
  onInvalidRange?: (invalid: InvalidRange) => void;
}

/** Run every enabled rule over the document and return its diagnostics, unsorted. */
export function runRules(document: LessonsDocument, options: RunRulesOptions): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const ruleIds = options.rules.map((rule) => rule.meta.id);
  const schemaOf = (entry: Entry) => (entry.schema === undefined ? undefined : options.schemas.byName(entry.schema));
  const placeOf = placer(document.source, options.onInvalidRange);
  // The file's line ending, found once and only when a rule has a fix to give.
  let eol: string | undefined;
  const fixOf = (edits: readonly TextEdit[]) => mergeEdits(edits, document.source, (eol ??= dominantLineEnding(document.source)));
  for (const rule of options.rules) {
    const setting = options.settings[rule.meta.id];
    const { severity, isOnce } = effectiveSeverity(rule, setting, options.schemas.isInferred);
    if (severity === 'off') continue;
    const found: Diagnostic[] = [];
    const report = (descriptor: ReportDescriptor) => {
      found.push(toDiagnostic(rule, descriptor, severity === 'error' ? 'error' : 'warning', placeOf, fixOf));
    };
    const ruleOptions = setting?.options ?? rule.meta.defaultOptions;
    rule.check({ document, schemas: options.schemas, options: ruleOptions, now: options.now, fileName: options.fileName, report, schemaOf, ruleIds });
    for (const diagnostic of isOnce ? firstOf(found) : found) diagnostics.push(diagnostic);
  }
  return diagnostics;
}

/**
 * The severity a rule runs at: the config's, else its default, except that a rule whose findings
 * rest on a guess about the format follows its `whenInferred` policy when the format is inferred
 * and the config says nothing of it.
 */
function effectiveSeverity(rule: Rule<unknown>, setting: RuleSetting | undefined, isInferred: boolean): { severity: SeveritySetting; isOnce: boolean } {
  if (setting !== undefined) return { severity: setting.severity, isOnce: false };
  const { defaultSeverity, whenInferred } = rule.meta;
  if (!isInferred || whenInferred === undefined || defaultSeverity === 'off') return { severity: defaultSeverity, isOnce: false };
  return whenInferred === 'off' ? { severity: 'off', isOnce: false } : { severity: 'warn', isOnce: true };
}

// The finding nearest the top of the file stands for the others.
function firstOf(found: Diagnostic[]): Diagnostic[] {
  const [first] = [...found].sort((a, b) => a.line - b.line || a.column - b.column);
  return first ? [first] : [];
}

// Every reported place, checked against the text in this one place and made to fit when it does not.
type Placer = (ruleId: string, range: Range) => Place;

function placer(source: string, onInvalidRange: RunRulesOptions['onInvalidRange']): Placer {
  const checker = createRangeChecker(source);
  return (ruleId, range) => {
    const reported = positions(range);
    const problem = checker.problemOf(reported);
    if (problem === undefined) return reported;
    const fitted = checker.fit(reported);
    onInvalidRange?.({ ruleId, problem, reported, fitted });
    return fitted;
  };
}

function toDiagnostic(rule: Rule<unknown>, descriptor: ReportDescriptor, severity: Diagnostic['severity'], placeOf: Placer, fixOf: (edits: readonly TextEdit[]) => Fix): Diagnostic {
  const template = rule.meta.messages[descriptor.messageId];
  if (template === undefined) throw new Error(`rule ${rule.meta.id} reported unknown messageId ${descriptor.messageId}`);
  const range = rangeOf(descriptor.at);
  const diagnostic: Diagnostic = {
    ruleId: rule.meta.id,
    severity,
    messageId: descriptor.messageId,
    message: formatMessage(template, descriptor.data),
    ...placeOf(rule.meta.id, range),
  };
  if (descriptor.related && descriptor.related.length > 0) {
    diagnostic.related = descriptor.related.map((related) => ({ message: related.message, ...placeOf(rule.meta.id, rangeOf(related.at)) }));
  }
  if (descriptor.fix && descriptor.fix.length > 0) diagnostic.fix = fixOf(descriptor.fix);
  return diagnostic;
}

// A finding's edits as one replacement, as ESLint gives a fix: from the first edit's start to the
// last one's end, the text between the edits kept, each `\n` a rule wrote made the file's line ending.
type Fix = NonNullable<Diagnostic['fix']>;

function mergeEdits(edits: readonly TextEdit[], source: string, eol: string): Fix {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const start = (sorted[0] as TextEdit).start;
  let text = '';
  let at = start;
  for (const edit of sorted) {
    if (edit.start < at) throw new Error(`overlapping edits in one fix at offset ${edit.start}`);
    text += source.slice(at, edit.start) + (eol === '\n' ? edit.text : edit.text.replace(/\n/gu, eol));
    at = edit.end;
  }
  return { range: [start, at], text };
}

/** Fill `{{name}}` placeholders from data; a missing value is left visible rather than hidden. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/gu, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

function rangeOf(location: Location): Range {
  return 'range' in location ? location.range : location;
}

function positions(range: Range) {
  return { line: range.start.line, column: range.start.column, endLine: range.end.line, endColumn: range.end.column };
}
