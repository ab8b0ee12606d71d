import { distance } from 'fastest-levenshtein';

/**
 * The candidate closest to `word` when it is plausibly a typo of it (case-insensitive; at most a
 * third of the candidate's length in edits, at least 2; or one is a prefix of the other, like
 * `warning` and `warn`), else undefined.
 */
export function closestCandidate(word: string, candidates: Iterable<string>): string | undefined {
  const needle = word.toLowerCase();
  let best: { name: string; cost: number } | undefined;
  for (const name of candidates) {
    const target = name.toLowerCase();
    const cost = distance(needle, target);
    const bound = Math.max(2, Math.floor(name.length / 3));
    if (cost > bound && !isPrefixPair(needle, target)) continue;
    if (best === undefined || cost < best.cost) best = { name, cost };
  }
  return best?.name;
}

/** `, did you mean X?` for the closest candidate, or an empty string; `quote` wraps the name. */
export function didYouMean(word: string, candidates: Iterable<string>, quote = ''): string {
  const match = closestCandidate(word, candidates);
  return match === undefined ? '' : `, did you mean ${quote}${match}${quote}?`;
}

function isPrefixPair(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 3 && long.startsWith(short);
}
