import { DATE_STAMP, normalizeLabel } from '../parse/labels.js';

// Label-shaped text at a line start, optionally after a list marker: `**X**:`, `**X:**`, `X:`, `X :`, `X：`.
const BOLD = /^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)([^*_\r\n:：]{1,40}?)[ \t]*(?:[:：][ \t]*(?:\*\*|__)|(?:\*\*|__)[ \t]*[:：])/u;
const PLAIN = /^[ \t]*(?:[-*+][ \t]+)?([\p{L}][\p{L}\p{M}\p{N} '’/&()-]{0,30}?)[ \t]*[:：](?=[ \t]|$)/u;
const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/u;

/** The fence marker a line opens or closes a fenced code block with (```` ``` ````, `~~~`), if any. */
export function fenceMarker(line: string): string | undefined {
  return FENCE.exec(line)?.[1];
}

/** A label seen in a file, with its spellings and where it appears. */
export interface LabelCandidate {
  /** Normalised key (lower case, collapsed spaces). */
  key: string;
  /** Each spelling as written, with how often. */
  spellings: Map<string, number>;
  count: number;
  /** True when written in bold at least once: a deliberate label, not a line of prose. */
  isBold: boolean;
}

/**
 * Collect label-shaped text from a file, outside code fences: the raw material from which
 * `lessons init --from` infers a schema. Bold labels and plain `Label:` lines both count; which of
 * them are fields is decided later by how many entries carry them.
 */
export function collectLabelCandidates(source: string): Map<string, LabelCandidate> {
  const candidates = new Map<string, LabelCandidate>();
  let fence: string | undefined;
  for (const line of source.split(/\r\n?|\n/u)) {
    const marker = fenceMarker(line);
    if (marker && (!fence || marker.startsWith(fence))) {
      fence = fence ? undefined : marker;
      continue;
    }
    if (fence) continue;
    const bold = BOLD.exec(line);
    const label = (bold ?? PLAIN.exec(line.replace(DATE_STAMP, '')))?.[1]?.trim();
    if (!label || /^https?$/iu.test(label) || /^\d/u.test(label)) continue;
    const key = normalizeLabel(label);
    const candidate = candidates.get(key) ?? { key, spellings: new Map<string, number>(), count: 0, isBold: false };
    candidate.count += 1;
    candidate.isBold ||= bold !== null;
    candidate.spellings.set(label, (candidate.spellings.get(label) ?? 0) + 1);
    candidates.set(key, candidate);
  }
  return candidates;
}

/** The spelling written most often (first seen wins a tie). */
export function preferredSpelling(candidate: LabelCandidate): string {
  let best = candidate.key;
  let bestCount = 0;
  for (const [spelling, count] of candidate.spellings) {
    if (count > bestCount) {
      best = spelling;
      bestCount = count;
    }
  }
  return best;
}
