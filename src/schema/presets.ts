import type { EntrySchema } from './spec.js';

/** `## 2026-02-14: Title` then **Bug** / **Impact** / **Fix** / **Rule**. */
export const incidentPreset: EntrySchema = {
  name: 'incident',
  description: 'A bug and what it taught: Bug, Impact, Fix, Rule',
  fields: [
    { name: 'Bug', aliases: [], required: true },
    { name: 'Impact', aliases: ['Symptoms', 'Symptom'], required: true },
    { name: 'Fix', aliases: ['Solution'], required: true },
    { name: 'Rule', aliases: [], required: true },
  ],
};

/** `## 2026-05-02 - Title` then **Mistake** / **Correction** / **Rule** / **Status**. */
export const correctionPreset: EntrySchema = {
  name: 'correction',
  description: 'A mistake and its correction: Mistake, Correction, Rule, Status',
  fields: [
    { name: 'Mistake', aliases: [], required: true },
    { name: 'Correction', aliases: [], required: true },
    { name: 'Rule', aliases: [], required: true },
    { name: 'Status', aliases: [], required: true, values: ['Active', 'Superseded', 'Retired'] },
  ],
};

/** The presets every config can name, by name. */
export const presets: ReadonlyMap<string, EntrySchema> = new Map([
  [incidentPreset.name, incidentPreset],
  [correctionPreset.name, correctionPreset],
]);
