import { describe, expect, it } from 'vitest';
import { correctionPreset } from '../../src/schema/presets.js';
import { validateEntry } from '../../src/schema/validate.js';
import { modelOf } from '../parse/helpers.js';

describe('validateEntry: zod issues mapped back to fields', () => {
  it('maps a missing field, an empty one and a value outside the set to their fields', () => {
    const [entry] = modelOf('## 2026-05-02 - A\n\n**Mistake:** a\n\n**Rule:**\n\n**Status:** Paused\n').entries;
    if (!entry) throw new Error('no entry');
    const issues = validateEntry(entry, correctionPreset);
    expect(issues.map((issue) => [issue.kind, issue.field, issue.node?.labelRange.start.line])).toEqual([
      ['missing', 'Correction', undefined],
      ['empty', 'Rule', 5],
      ['value', 'Status', 7],
    ]);
    expect(issues[2]?.allowed).toEqual(['Active', 'Superseded', 'Retired']);
  });

  it('accepts a value in any case and with markup around it', () => {
    const [entry] = modelOf('## 2026-05-02 - A\n\n**Mistake:** a\n\n**Correction:** b\n\n**Rule:** c\n\n**Status:** **active** ✅\n').entries;
    if (!entry) throw new Error('no entry');
    expect(validateEntry(entry, correctionPreset)).toEqual([]);
  });
});
