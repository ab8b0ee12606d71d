import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentOf } from './document-of.js';
import {
  entrySimilarityText,
  findSimilarPairs,
  jaccard,
  mostSimilar,
  NEAR_DUPLICATE_MIN_TOKENS,
  similarityTokens,
} from '../../src/similarity/index.js';

const tokens = (text: string): string[] => [...similarityTokens(text)].sort();

describe('similarityTokens', () => {
  it('lower-cases, drops dates, Markdown marks, stop words and one-letter words, and writes digits as #', () => {
    expect(tokens('## 2026-02-14: **Never** run `npm ci` in a loop, see [docs](https://x.io) v2 and 31/12/2025')).toEqual([
      'ci',
      'docs',
      'https',
      'io',
      'loop',
      'npm',
      'run',
      'see',
      'v#',
    ]);
  });

  it('keeps identifiers whole and reads CJK runs as character bigrams', () => {
    expect(tokens('max_retries 进入反复')).toEqual(['max_retries', '入反', '反复', '进入'].sort());
    expect(tokens('新')).toEqual(['新']);
  });

  it('reads Cyrillic and accented words as words', () => {
    expect(tokens('Проверять миграции café')).toEqual(['café', 'миграции', 'проверять']);
  });
});

describe('entrySimilarityText', () => {
  it('keeps the title and the field values, without the heading line and the labels', () => {
    const source = '## 2026-02-14: Cache keys\n**Bug**: stale cache\n**Fix**: add version\n';
    const [entry] = documentOf(source).entries;
    const text = entrySimilarityText(entry!, source);
    expect(text).toContain('Cache keys');
    expect(text).toContain('stale cache');
    expect(text).not.toContain('Bug');
    expect(text).not.toContain('2026');
  });
});

describe('findSimilarPairs', () => {
  const set = (...words: string[]): ReadonlySet<string> => new Set(words);
  const long = (prefix: string, count: number): string[] => Array.from({ length: count }, (_, index) => `${prefix}${index}`);

  it('finds the pairs at or above the threshold, by index, each once', () => {
    const a = set(...long('w', 10));
    const b = set(...long('w', 9), 'other');
    const c = set(...long('z', 10));
    expect(findSimilarPairs([a, c, b])).toEqual([{ a: 0, b: 2, score: 9 / 11 }]);
  });

  it('leaves out sets with fewer tokens than the minimum', () => {
    const short = long('w', NEAR_DUPLICATE_MIN_TOKENS - 1);
    expect(findSimilarPairs([set(...short), set(...short)])).toEqual([]);
    expect(findSimilarPairs([set(...short), set(...short)], 0.5, 1)).toHaveLength(1);
  });

  it('compares without the tokens common to most entries of a large file', () => {
    const common = long('common', 20);
    const sets = Array.from({ length: 40 }, (_, index) => set(...common, ...long(`own${index}-`, 10)));
    expect(findSimilarPairs(sets)).toEqual([]);
  });

  it('finds exactly the pairs an all-pairs search finds', () => {
    const vocabulary = long('t', 30);
    const arbitrarySet = fc.uniqueArray(fc.constantFrom(...vocabulary), { minLength: 0, maxLength: 14 }).map((words) => new Set(words));
    fc.assert(
      fc.property(fc.array(arbitrarySet, { maxLength: 15 }), fc.double({ min: 0.2, max: 0.9, noNaN: true }), (sets, threshold) => {
        const expected = [];
        for (let a = 0; a < sets.length; a += 1) {
          for (let b = a + 1; b < sets.length; b += 1) {
            if (sets[a]!.size === 0 || sets[b]!.size === 0) continue;
            const score = jaccard(sets[a]!, sets[b]!);
            if (score >= threshold) expected.push({ a, b, score });
          }
        }
        expect(findSimilarPairs(sets, threshold, 1)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('mostSimilar', () => {
  const words = (text: string): ReadonlySet<string> => similarityTokens(text);
  it('names the closest set at or above the threshold, and nothing below it', () => {
    const existing = [
      words('Embed paths in YAML with as_posix, never str(path): Windows backslashes break the parser'),
      words('Never call fixtures directly inside tests; request them as arguments so pytest injects them'),
    ];
    const pasted = words('Embed paths in YAML with as_posix and never str(path), Windows backslashes break the YAML parser');
    expect(mostSimilar(pasted, existing)).toMatchObject({ index: 0 });
    expect(mostSimilar(words('Rotate the signing key every ninety days and record the rotation in the runbook'), existing)).toBeUndefined();
  });
});
