import type * as z from 'zod';
import type { Entry, LessonsDocument, Range } from '../parse/model.js';
import type { EntrySchema } from '../schema/spec.js';

/** Severity as configured. */
export type SeveritySetting = 'off' | 'warn' | 'error';

/** Where a diagnostic points: a range, or anything that has one (entry, field, heading). */
export type Location = Range | { range: Range };

/** A place a diagnostic refers to besides its own (the first copy of a duplicate, say). */
export interface RelatedLocation {
  message: string;
  at: Location;
}

/**
 * A replacement of the source between two offsets (of the text as linted, BOM removed). `\n` in the
 * text stands for a line break: the fix loop writes the file's own line ending.
 */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** What a rule passes to `report`. */
export interface ReportDescriptor {
  messageId: string;
  data?: Record<string, string | number>;
  at: Location;
  related?: RelatedLocation[];
  /**
   * The edits that repair the finding, only when the right text is certain (`lessons lint --fix`):
   * never deleting words, merging or reordering entries, or inventing a value. The rule's
   * `meta.fixable` must be true.
   */
  fix?: TextEdit[];
}

/** Docs of a rule: the examples are executed by a test (each invalid one yields exactly one diagnostic). */
export interface RuleDocs {
  rationale: string;
  invalid: string[];
  valid: string[];
}

/** Static description of a rule. */
export interface RuleMeta<Options> {
  id: string;
  description: string;
  defaultSeverity: SeveritySetting;
  /** True when some of the rule's findings carry a fix (`lessons lint --fix`). */
  fixable: boolean;
  messages: Record<string, string>;
  docs: RuleDocs;
  /**
   * What the rule does by default when the file's format is inferred, not declared: a rule whose
   * findings rest on a guess about the format reports at most one warning per file (`warn-once`)
   * or nothing (`off`). A severity set in the config still applies as written.
   */
  whenInferred?: 'warn-once' | 'off';
  /** zod schema of the rule's options (second element of `["error", {...}]` in config). */
  options?: z.ZodType<Options>;
  defaultOptions?: Options;
}

/** The schemas in play for one file. */
export interface SchemaSet {
  /** Candidate schemas, in preference order. */
  candidates: EntrySchema[];
  /** Lower-cased field name or alias -> canonical field name, over all candidates. */
  vocabulary: ReadonlyMap<string, string>;
  byName(name: string): EntrySchema | undefined;
  /** Names of every schema the config knows, candidates or not. */
  names: readonly string[];
  /** True when no config or front matter declared the schema: the candidates were inferred from the file. */
  isInferred: boolean;
}

/** What a rule sees when it runs. */
export interface RuleContext<Options> {
  document: LessonsDocument;
  schemas: SchemaSet;
  options: Options;
  /** The current time; injectable so tests of `future-date` are stable. */
  now: Date;
  /**
   * The file as a remedy's command names it (`lessons init --from tasks/lessons.md`): relative to the
   * directory the lint ran from, shell-quoted when needed; `FILE` for text without a path.
   */
  fileName: string;
  report(descriptor: ReportDescriptor): void;
  /** The schema chosen for an entry, when one fits. */
  schemaOf(entry: Entry): EntrySchema | undefined;
  /** Ids of every registered rule (for checking suppression comments). */
  ruleIds: readonly string[];
}

/** A lint rule: metadata plus a check over the document model. */
export interface Rule<Options = undefined> {
  meta: RuleMeta<Options>;
  check(context: RuleContext<Options>): void;
}

/** Declare a rule; the identity function that gives the rule its types. */
export function defineRule<Options = undefined>(rule: Rule<Options>): Rule<Options> {
  return rule;
}
