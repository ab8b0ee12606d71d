import { distance } from 'fastest-levenshtein';
import type { Entry, Field } from '../../parse/model.js';
import type { RuleContext } from '../rule.js';
import { resolveEntrySchema } from './schema-fit.js';

/**
 * The candidate closest to `word`, when it is close enough to be a typo.
 * The bound is tight on purpose: `**Note**:` must not become `Rule`, since bold bullet titles look
 * exactly like labels; a third of the candidate's length, at most 2 edits, case-insensitive.
 */
export function closestName(word: string, candidates: Iterable<string>): string | undefined {
  const needle = word.trim().toLowerCase();
  let best: { name: string; cost: number } | undefined;
  for (const name of candidates) {
    const target = name.toLowerCase();
    const cost = distance(needle, target);
    const bound = Math.min(2, Math.floor(target.length / 3));
    if (cost === 0 || cost > bound) continue;
    if (best === undefined || cost < best.cost) best = { name, cost };
  }
  return best?.name;
}

/**
 * The candidate closest to `word` when no other is as close (closestName takes the first of equals):
 * what a fix may write, since the right word is then certain.
 */
export function onlyClosestName(word: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  const best = closestName(word, list);
  if (best === undefined) return undefined;
  const needle = word.trim().toLowerCase();
  const cost = distance(needle, best.toLowerCase());
  const rivals = list.filter((name) => name !== best && distance(needle, name.toLowerCase()) === cost);
  return rivals.length === 0 ? best : undefined;
}

/** An unknown label that is probably a misspelt field name. */
export interface LabelSuggestion {
  label: Field;
  /** Canonical field name the label most likely means. */
  suggestion: string;
}

/**
 * Misspelt labels of an entry and the field each one means. Shared by `unknown-field` (which reports
 * them) and `required-field` (which then does not also report the field as missing).
 * Only fields the entry lacks are suggested: a label close to a field that is present is a bold title.
 */
export function suggestLabels(
  context: Pick<RuleContext<unknown>, 'document' | 'schemas' | 'schemaOf'>,
  entry: Entry,
): LabelSuggestion[] {
  // Most entries have no unknown label: skip building the maps below for them.
  if (entry.unknownLabels.length === 0) return [];
  const present = new Set(entry.fields.map((field) => field.name));
  const schema = resolveEntrySchema(context, entry);
  // Words the entry's own schema knows come first; the whole vocabulary is the fallback.
  const preferred = new Map<string, string>();
  for (const spec of schema?.fields ?? []) {
    for (const word of [spec.name, ...spec.aliases]) preferred.set(word, spec.name);
  }
  const everything = new Map<string, string>();
  for (const candidate of context.schemas.candidates) {
    for (const spec of candidate.fields) {
      for (const word of [spec.name, ...spec.aliases]) everything.set(word, spec.name);
    }
  }
  const result: LabelSuggestion[] = [];
  const taken = new Set<string>();
  for (const label of entry.unknownLabels) {
    const suggestion = pick(label.label, preferred, present) ?? pick(label.label, everything, present);
    if (suggestion === undefined || taken.has(suggestion)) continue;
    taken.add(suggestion);
    result.push({ label, suggestion });
  }
  return result;
}

function pick(word: string, words: ReadonlyMap<string, string>, present: ReadonlySet<string | undefined>): string | undefined {
  const open = [...words.keys()].filter((candidate) => !present.has(words.get(candidate)));
  const match = closestName(word, open);
  return match === undefined ? undefined : words.get(match);
}
