import type { Found } from './rules';

/**
 * Keeps the longest of overlapping candidates ("March 2023" over "March" and "2023"), the earlier rule on a tie.
 * A candidate marked keepsInner ("the fiscal year ending June 30, 2026") also lets the date inside it stand.
 */
export function resolveOverlaps(candidates: (Found & { rule: string; order: number })[]) {
  const byStrength = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order || a.start - b.start);
  const kept: typeof candidates = [];
  for (const c of byStrength) {
    const clash = kept.some((k) => c.start < k.end && k.start < c.end && !(k.keepsInner && c.start >= k.start && c.end <= k.end));
    if (!clash) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
}
