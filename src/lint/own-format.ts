import type { Root } from 'mdast';
import type { ResolvedConfig } from '../config/resolved.js';
import { inferSchema, type InferredSchema } from '../init/infer-schema.js';
import { normalizeLabel } from '../parse/labels.js';
import { entryDate, type EntryDateOptions } from '../rules/entry-date.js';
import { entryTitle } from '../rules/entry-title.js';
import type { EntrySchema, FieldSpec } from '../schema/spec.js';

/** Name of the schema a file is judged by when it keeps a format of its own. */
export const OWN_FORMAT = 'inferred';

/**
 * The config a file with no declared schema is linted with: its own format, inferred from its
 * entries by the engine of `lessons init --from`. A preset is taken when the file's fields are that
 * preset's, but what is required comes from the file: a field is required when (nearly) every
 * entry has it, so a file that never writes `Status` is not told to add it to every entry.
 */
export function withOwnFormat(config: ResolvedConfig, source: string, tree: Root): ResolvedConfig {
  if (!config.isFormatInferred) return config;
  const inferred = inferSchema(source, { tree });
  const presets = config.schema.map((name) => config.schemas[name]).filter((schema): schema is EntrySchema => schema !== undefined);
  const schema = inferred.fields.length === 0 && !inferred.date ? presetLabels(presets) : (fitPreset(inferred, presets) ?? ownSchema(inferred, presets));
  return {
    ...config,
    schemas: { ...config.schemas, [schema.name]: schema },
    schema: [schema.name],
    rules: withTitlesAsKept(withDatesAsKept(config.rules), inferred),
    entryLayout: config.entryLayout === 'auto' && inferred.layout !== 'auto' ? inferred.layout : config.entryLayout,
  };
}

// A file judged by its own format is asked for dates only when that format dates its entries
// (`when-dated`), as `lessons init --from` writes it; a severity the config sets is kept.
function withDatesAsKept(rules: ResolvedConfig['rules']): ResolvedConfig['rules'] {
  const setting = rules[entryDate.meta.id];
  if (setting?.options !== undefined) return rules;
  const options: EntryDateOptions = { require: 'when-dated' };
  return { ...rules, [entryDate.meta.id]: { severity: setting?.severity ?? entryDate.meta.defaultSeverity, options } };
}

// A file whose entries are dated headings without titles keeps no titles, as init writes it.
function withTitlesAsKept(rules: ResolvedConfig['rules'], inferred: InferredSchema): ResolvedConfig['rules'] {
  if (inferred.isTitled || rules[entryTitle.meta.id] !== undefined) return rules;
  return { ...rules, [entryTitle.meta.id]: { severity: 'off' } };
}

// No format to infer (no entries, or entries without recurring labels): the presets' labels are
// still read, so that a lost heading over `Mistake:` lines is seen, but none is required.
function presetLabels(presets: readonly EntrySchema[]): EntrySchema {
  const fields = new Map<string, FieldSpec>();
  for (const field of presets.flatMap((preset) => preset.fields)) {
    if (!fields.has(field.name)) fields.set(field.name, { name: field.name, aliases: field.aliases, required: false });
  }
  return { name: OWN_FORMAT, fields: [...fields.values()] };
}

// The file's fields, with the other fields of the preset it shares most with woven in, in that
// preset's order and optional: a field run into another (`Mistake: … Correction: …` on one line,
// the only label at a line start being `Mistake`) is still seen as the run-on it is, and an entry
// that writes them in the preset's order is in order.
function ownSchema(inferred: InferredSchema, presets: readonly EntrySchema[]): EntrySchema {
  const fields = [...inferred.fields];
  const preset = closestPreset(inferred, presets);
  if (preset) {
    let cursor = -1;
    for (const home of preset.fields) {
      const at = fields.findIndex((field) => [field.name, ...field.aliases].some((label) => isSpellingOf(label, home)));
      if (at >= 0) {
        cursor = at;
      } else {
        cursor += 1;
        fields.splice(cursor, 0, { name: home.name, aliases: home.aliases, required: false });
      }
    }
  }
  return { name: OWN_FORMAT, fields, ...(inferred.date ? { date: inferred.date } : {}) };
}

// The preset sharing the most fields with the file (at least one), the first of equals.
function closestPreset(inferred: InferredSchema, presets: readonly EntrySchema[]): EntrySchema | undefined {
  let best: { preset: EntrySchema; shared: number } | undefined;
  for (const preset of presets) {
    const shared = inferred.fields.filter((field) => homeOf(field, preset) !== undefined).length;
    if (shared > 0 && (best === undefined || shared > best.shared)) best = { preset, shared };
  }
  return best?.preset;
}

// A preset fits when every field the file keeps is one of its fields (by name or alias), and at
// least two are. Its field list and allowed values stay; required is the file's own.
function fitPreset(inferred: InferredSchema, presets: readonly EntrySchema[]): EntrySchema | undefined {
  if (inferred.date || inferred.fields.length < 2) return undefined;
  for (const preset of presets) {
    const matches = inferred.fields.map((field) => ({ field, home: homeOf(field, preset) }));
    if (matches.some((match) => match.home === undefined)) continue;
    const fields = preset.fields.map((home): FieldSpec => {
      const seen = matches.filter((match) => match.home === home).map((match) => match.field);
      const spellings = seen.flatMap((field) => [field.name, ...field.aliases]).filter((label) => !isSpellingOf(label, home));
      return { ...home, aliases: [...home.aliases, ...spellings], required: seen.some((field) => field.required) };
    });
    return { ...preset, fields };
  }
  return undefined;
}

function homeOf(field: FieldSpec, preset: EntrySchema): FieldSpec | undefined {
  return preset.fields.find((home) => [field.name, ...field.aliases].some((label) => isSpellingOf(label, home)));
}

function isSpellingOf(label: string, field: FieldSpec): boolean {
  const key = normalizeLabel(label);
  return [field.name, ...field.aliases].some((name) => normalizeLabel(name) === key);
}
