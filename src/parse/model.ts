/** A point in the source: 1-based line and column, 0-based UTF-16 offset (as mdast gives them). */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** A span of source text, end exclusive (as mdast positions). */
export interface Range {
  start: Point;
  end: Point;
}

/** How a date was written and what it means. */
export interface EntryDate {
  /** The date as written, e.g. `2026-02-14`, `2026/2/14`, `2026-02-30`. */
  raw: string;
  /** The normalised ISO date (`YYYY-MM-DD` or `YYYY-MM`) when `raw` is a real calendar date in ISO form. */
  iso?: string;
  /** `day` for `YYYY-MM-DD`, `month` for `YYYY-MM`. */
  precision: 'day' | 'month';
  /** `iso`: written as YYYY-MM-DD / YYYY-MM; `other`: a date in another notation (`2026/02/14`, `Feb 14, 2026`). */
  notation: 'iso' | 'other';
  /** False when written in ISO form but not a calendar date (`2026-02-30`, `2026-13-01`). */
  isValid: boolean;
  /** Where the date was written; for an inherited date, the group heading's date. */
  range: Range;
  /** True when the date comes from a date-only group heading above the entry. */
  isInherited: boolean;
}

/** The separator written between a prefix date and the title. */
export type HeadingSeparator = ' — ' | ': ' | ' - ' | ' – ' | ' · ' | ' | ' | ' ';

/** The heading that opens an entry. */
export interface EntryHeading {
  depth: number;
  /** The heading's plain text. */
  text: string;
  date?: EntryDate;
  /** The title without the date and separator; undefined when the heading is only a date. */
  title?: string;
  separator?: HeadingSeparator;
  /** Where the date sits relative to the title. */
  datePlacement?: 'prefix' | 'suffix';
  range: Range;
}

/** How a field label was written. */
export type LabelStyle =
  | 'bold' // **Bug**:
  | 'bold-colon-inside' // **Bug:**
  | 'list-bold' // - **Bug**:
  | 'list-bold-colon-inside' // - **Bug:**
  | 'plain' // Bug:
  | 'list-plain' // - Bug:
  | 'heading'; // ### Bug

/** A labelled field inside an entry. */
export interface Field {
  /** The label as written, without markup and colon (e.g. `corection`). */
  label: string;
  /** The canonical field name from the schema vocabulary (e.g. `Correction`); undefined when the label is not in the vocabulary. */
  name?: string;
  /** The field's body as Markdown source, trimmed. */
  value: string;
  labelStyle: LabelStyle;
  /** The whole field: label and value. */
  range: Range;
  labelRange: Range;
  /** The value's span; empty (start = end) when the value is empty. */
  valueRange: Range;
  /** True when this label sits in the same Markdown paragraph as the previous field's label. */
  sharesParagraphWithPrevious: boolean;
}

/**
 * How a file writes its entries: one heading each, one dated list item each (`- 2026-06-24: text`),
 * one record without a heading each (`[2026-06-24] Context: …` paragraphs, blocks of fields between
 * `---` rules), or one bullet each under topic headings (`## Testing` then `- **Never mock the clock**: …`).
 */
export type EntryLayout = 'heading' | 'list-item' | 'record' | 'topic-item';

/** One dated lessons entry. */
export interface Entry {
  layout: EntryLayout;
  /** The heading, or for a list-item entry its first line (depth 0). */
  heading: EntryHeading;
  /** Fields whose label is in the schema vocabulary, in source order. */
  fields: Field[];
  /** Label-shaped text (`**Corection**:`) not in the vocabulary; input for did-you-mean. */
  unknownLabels: Field[];
  /** Blocks before the first field (when the entry has fields). */
  preamble: Block[];
  /** Name of the entry schema chosen for this entry, when one fits. */
  schema?: string;
  range: Range;
}

/** A top-level block that is neither heading nor field: kind + range is all rules need. */
export interface Block {
  type: string;
  range: Range;
}

/** A paragraph line that reads like an entry heading but is not a Markdown heading. */
export interface PseudoHeading {
  text: string;
  /** The dated-heading shape it matched, e.g. `2026-05-02 - Title`. */
  date: string;
  title: string;
  range: Range;
}

/** A heading carrying a date at a depth other than the file's entry depth. */
export interface OffDepthHeading {
  depth: number;
  text: string;
  range: Range;
}

/** Parsed YAML front matter. */
export interface Frontmatter {
  /** The parsed value; undefined when the YAML is invalid. */
  data?: unknown;
  /** Where the `lessons:` settings are written, when there are any. */
  settingsRange?: Range;
  /** The YAML error, when the YAML is invalid. */
  error?: { message: string; range: Range };
  range: Range;
}

/** A heading at entry depth that is not an entry (`## Format`, `## How to use this file`). */
export interface Section {
  text: string;
  depth: number;
  range: Range;
}

/** An inline suppression comment: `<!-- lessons-disable-next-line rule-id -->` and friends. */
export interface Directive {
  kind: 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file';
  /** Rule ids named by the directive; empty means every rule. */
  rules: string[];
  range: Range;
  /** Where each named rule id is written, for reports on unknown ids. */
  ruleRanges: Range[];
}

/** A heading that belongs to no entry where it sits: between entries, or glued into a line. */
export interface StrayHeading {
  kind: 'between-entries' | 'inside-line';
  /** The heading as written (`## Notes`). */
  text: string;
  range: Range;
}

/** A field line that the `---` or `===` line directly under it turned into a setext heading. */
export interface UnderlinedField {
  /** The field's label as written. */
  label: string;
  /** The underline as written (`---`). */
  underline: string;
  /** The underline's line. */
  range: Range;
}

/** Lines whose block quotes and lists nest past the depth the parser reads (`MAX_NESTING`). */
export interface DeepNesting {
  range: Range;
  /** The deepest nesting among the lines. */
  depth: number;
}

/** The model every rule reads: one lessons file, its entries and everything odd about it. */
export interface LessonsDocument {
  path: string;
  /** The text as linted: BOM removed, line endings untouched. */
  source: string;
  frontmatter?: Frontmatter;
  /** Text of the first H1, if any. */
  title?: string;
  /** Heading depth at which this file keeps its entries; undefined when it has no heading entries. */
  entryDepth?: number;
  entries: Entry[];
  sections: Section[];
  pseudoHeadings: PseudoHeading[];
  offDepthHeadings: OffDepthHeading[];
  /** Headings with no word in them (`#` alone, `# ────`): stray lines that became headings. */
  emptyHeadings: OffDepthHeading[];
  /**
   * Undated headings at the entry depth between two entries, with no fields (`## Notes` after an
   * entry): the text under them belongs to no entry. Also `## Summary` written inside a line.
   */
  strayHeadings: StrayHeading[];
  /** Field lines turned into headings by a `---` directly under them; read as fields all the same. */
  underlinedFields: UnderlinedField[];
  /** Runs of lines nested too deep (block quotes, lists) to be read: left out of the model. */
  deepNesting: DeepNesting[];
  /**
   * `foreign` when entries exist but none fits any candidate schema (the file uses its own labels):
   * schema rules then report once for the file instead of once per entry.
   */
  schemaFit?: 'conforming' | 'foreign';
  /** Bold labels seen anywhere in entries that are not in the vocabulary, by name, for file-level hints. */
  foreignLabels: string[];
  directives: Directive[];
}
