import { dateOrder } from './date-order.js';
import { directive } from './directive.js';
import { duplicateEntry } from './duplicate-entry.js';
import { duplicateField } from './duplicate-field.js';
import { emptyField } from './empty-field.js';
import { emptyHeading } from './empty-heading.js';
import { entryDate } from './entry-date.js';
import { entrySchema } from './entry-schema.js';
import { entryTitle } from './entry-title.js';
import { fieldOrder } from './field-order.js';
import { frontmatter } from './frontmatter.js';
import { futureDate } from './future-date.js';
import { headingDepth } from './heading-depth.js';
import { labelStyle } from './label-style.js';
import { mergedFields } from './merged-fields.js';
import { nestingDepth } from './nesting-depth.js';
import { noEntries } from './no-entries.js';
import { oneEntryPerDate } from './one-entry-per-date.js';
import { orphanContent } from './orphan-content.js';
import { pseudoHeading } from './pseudo-heading.js';
import { requiredField } from './required-field.js';
import { statusValue } from './status-value.js';
import { strayHeading } from './stray-heading.js';
import { underlinedField } from './underlined-field.js';
import { unknownField } from './unknown-field.js';
import { unknownFormat } from './unknown-format.js';
import type { Rule } from './rule.js';

/** Every rule, sorted by id (a test keeps it sorted). */
export const rules: readonly Rule<unknown>[] = [
  dateOrder,
  directive,
  duplicateEntry,
  duplicateField,
  emptyField,
  emptyHeading,
  entryDate,
  entrySchema,
  entryTitle,
  fieldOrder,
  frontmatter,
  futureDate,
  headingDepth,
  labelStyle,
  mergedFields,
  nestingDepth,
  noEntries,
  oneEntryPerDate,
  orphanContent,
  pseudoHeading,
  requiredField,
  statusValue,
  strayHeading,
  underlinedField,
  unknownField,
  unknownFormat,
];

/** The ids of all rules, sorted. */
export const ruleIds: readonly string[] = rules.map((rule) => rule.meta.id);

/** The rule with this id, if any. */
export function findRule(id: string): Rule<unknown> | undefined {
  return rules.find((rule) => rule.meta.id === id);
}
