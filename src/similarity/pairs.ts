/**
 * Similar pairs among token sets by Jaccard similarity, through a prefix-filtering index
 * (Bayardo et al., "Scaling up all pairs similarity search", 2007): each set is ordered rarest
 * token first, and two sets with Jaccard >= t must share a token among the first
 * `|x| - ceil(t * |x|) + 1` of the smaller. Only pairs that pass that and the size bound are
 * verified, so files of thousands of unrelated entries cost little more than reading them.
 */

/** Jaccard similarity at or above which two entries are near-duplicates. */
export const NEAR_DUPLICATE_THRESHOLD = 0.5;

/**
 * Fewer tokens than this say too little to call two entries the same: one-line bullets such as
 * "Check version from pyproject.toml" and "Update version in pyproject.toml" share 3 of 5 tokens.
 */
export const NEAR_DUPLICATE_MIN_TOKENS = 8;

/** Two sets (indexes into the input, a < b) and their Jaccard similarity. */
export interface SimilarPair {
  a: number;
  b: number;
  score: number;
}

/** Jaccard similarity of two sets; 0 when both are empty. */
export function jaccard(left: ReadonlySet<string>, right: ReadonlySet<string>): number {
  const [small, large] = left.size <= right.size ? [left, right] : [right, left];
  let shared = 0;
  for (const token of small) if (large.has(token)) shared += 1;
  const union = left.size + right.size - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * Tokens in more than this many of `count` sets are the file's own stop words (document
 * frequency, as IDF weighs them): they tell no two entries apart, and their index lists would make
 * the search quadratic. Small files keep every token that is not in most of their entries.
 */
export function commonTokenLimit(count: number): number {
  return Math.max(16, Math.floor(count / 50));
}

/** How many sets hold each token. */
function documentFrequency(sets: readonly ReadonlySet<string>[]): Map<string, number> {
  const frequency = new Map<string, number>();
  for (const set of sets) for (const token of set) frequency.set(token, (frequency.get(token) ?? 0) + 1);
  return frequency;
}

/** The sets without the tokens that `frequency` counts in more than `limit` of them. */
function withoutCommonTokens(sets: readonly ReadonlySet<string>[], frequency: ReadonlyMap<string, number>, limit: number): ReadonlySet<string>[] {
  return sets.map((set) => {
    for (const token of set) if (frequency.get(token)! > limit) return new Set([...set].filter((kept) => frequency.get(kept)! <= limit));
    return set;
  });
}

/** Token ranks by ascending document frequency (ties by text), so prefixes hold the rarest tokens. */
function rankTokens(frequency: ReadonlyMap<string, number>): Map<string, number> {
  const ordered = [...frequency.keys()].sort((left, right) => frequency.get(left)! - frequency.get(right)! || (left < right ? -1 : left > right ? 1 : 0));
  return new Map(ordered.map((token, rank) => [token, rank]));
}

function prefixLength(size: number, threshold: number): number {
  return size - Math.ceil(threshold * size - 1e-9) + 1;
}

/**
 * All pairs with Jaccard >= threshold, a < b, in input order, compared without the common tokens
 * (`commonTokenLimit`); a set left with fewer than `minTokens` pairs with nothing.
 */
export function findSimilarPairs(input: readonly ReadonlySet<string>[], threshold = NEAR_DUPLICATE_THRESHOLD, minTokens = NEAR_DUPLICATE_MIN_TOKENS): SimilarPair[] {
  const frequency = documentFrequency(input);
  const sets = withoutCommonTokens(input, frequency, commonTokenLimit(input.length));
  const ranks = rankTokens(documentFrequency(sets));
  const ordered = sets.map((set) => [...set].map((token) => ranks.get(token)!).sort((left, right) => left - right));
  const bySize = sets.map((_, index) => index).filter((index) => sets[index]!.size >= Math.max(1, minTokens));
  bySize.sort((left, right) => sets[left]!.size - sets[right]!.size || left - right);
  const index = new Map<number, number[]>();
  const pairs: SimilarPair[] = [];
  for (const current of bySize) {
    const tokens = ordered[current]!;
    const prefix = prefixLength(tokens.length, threshold);
    const seen = new Set<number>();
    for (let position = 0; position < prefix; position += 1) {
      for (const other of index.get(tokens[position]!) ?? []) {
        if (seen.has(other)) continue;
        seen.add(other);
        // Processed smaller first, so `other` is no larger; the size bound prunes the rest.
        if (sets[other]!.size < threshold * tokens.length) continue;
        const score = jaccard(sets[current]!, sets[other]!);
        if (score >= threshold) pairs.push({ a: Math.min(current, other), b: Math.max(current, other), score });
      }
    }
    for (let position = 0; position < prefix; position += 1) {
      const list = index.get(tokens[position]!);
      if (list) list.push(current);
      else index.set(tokens[position]!, [current]);
    }
  }
  return pairs.sort((left, right) => left.a - right.a || left.b - right.b);
}

/**
 * The set most similar to `candidate` at or above threshold (the first on ties), if any, compared
 * as `findSimilarPairs` compares them (common tokens of all the sets and the candidate left out).
 */
export function mostSimilar(
  candidateInput: ReadonlySet<string>,
  input: readonly ReadonlySet<string>[],
  threshold = NEAR_DUPLICATE_THRESHOLD,
  minTokens = NEAR_DUPLICATE_MIN_TOKENS,
): { index: number; score: number } | undefined {
  const all = [...input, candidateInput];
  const reduced = withoutCommonTokens(all, documentFrequency(all), commonTokenLimit(all.length));
  const candidate = reduced.pop()!;
  const sets = reduced;
  let best: { index: number; score: number } | undefined;
  if (candidate.size < Math.max(1, minTokens)) return undefined;
  sets.forEach((set, index) => {
    if (set.size < minTokens) return;
    const score = jaccard(candidate, set);
    if (score >= threshold && (best === undefined || score > best.score)) best = { index, score };
  });
  return best;
}
