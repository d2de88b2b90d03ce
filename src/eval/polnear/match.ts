import type { Span } from '../../record';
import { matchByOverlap } from '../tallies';

/**
 * Content matching by the Gender Gap Tracker rule (FORMAT.md, "How to score"): the overlap of a prediction
 * with a gold content is the share of the gold's characters it covers (asymmetric: gold is the reference);
 * each gold, in document order, takes the unmatched prediction with the highest overlap at or above the
 * threshold (the first such one on a tie), so matching is one-to-one and greedy.
 */

function covered(spans: Span[]): number {
  return spans.reduce((n, s) => n + Math.max(0, s.end - s.start), 0);
}

/** Characters two sets of (sorted, non-overlapping) fragments have in common. */
export function sharedChars(a: Span[], b: Span[]): number {
  let n = 0;
  for (const x of a) for (const y of b) n += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return n;
}

export function contentOverlap(gold: Span[], predicted: Span[]): number {
  const size = covered(gold);
  return size === 0 ? 0 : sharedChars(gold, predicted) / size;
}

export function spansTouch(a: Span[] | null, b: Span[] | null): boolean {
  return !!a && !!b && sharedChars(a, b) > 0;
}

/** Index pairs [gold, predicted]. */
export function matchContents(gold: Span[][], predicted: Span[][], threshold: number): [number, number][] {
  return matchByOverlap(gold, predicted, contentOverlap, threshold);
}

// Quote marks of every style and the final stop are not what the content says.
const EDGE = /^[\s"“”‘’'«»„]+|[\s"“”‘’'«»„.,;:!?…—–-]+$/gu;

/** The text of some fragments for exact matching: joined by a space, whitespace, marks and final punctuation trimmed. */
export function exactKey(text: string, spans: Span[]): string {
  return spans
    .map((s) => text.slice(s.start, s.end).replace(EDGE, ''))
    .filter(Boolean)
    .join(' ')
    .replace(/\s+/g, ' ')
    .replace(EDGE, '');
}

/** Pairs of gold and predicted contents whose trimmed texts are equal (one-to-one, document order). */
export function matchExact(text: string, gold: Span[][], predicted: Span[][]): number {
  const keys = predicted.map((p) => exactKey(text, p));
  const used = new Set<number>();
  let n = 0;
  for (const g of gold) {
    const key = exactKey(text, g);
    const pi = keys.findIndex((k, i) => !used.has(i) && k === key);
    if (pi >= 0) {
      used.add(pi);
      n++;
    }
  }
  return n;
}
