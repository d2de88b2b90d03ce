import { prf } from './tokens';

/** A pooled count of matched, predicted and gold units (micro-averaged over a set's articles). */
export class Counts {
  matched = 0;
  predicted = 0;
  gold = 0;
  add(matched: number, predicted: number, gold: number): void {
    this.matched += matched;
    this.predicted += predicted;
    this.gold += gold;
  }
  get f1(): number {
    return prf(this.matched, this.predicted, this.gold).f1;
  }
  describe(): string {
    const { precision, recall, f1 } = prf(this.matched, this.predicted, this.gold);
    return `P ${precision.toFixed(3)} R ${recall.toFixed(3)} F1 ${f1.toFixed(3)} (${this.matched} matched, ${this.predicted} predicted, ${this.gold} gold)`;
  }
}

/** How many of `total` cases were right. */
export class Share {
  right = 0;
  total = 0;
  get value(): number {
    return this.total === 0 ? 0 : this.right / this.total;
  }
}

/**
 * One-to-one greedy matching by overlap: each gold, in order, takes the unmatched prediction with the highest
 * overlap at or above the threshold (the first such one on a tie). Returns index pairs [gold, predicted].
 */
export function matchByOverlap<G, P>(gold: G[], predicted: P[], overlap: (g: G, p: P) => number, threshold: number): [number, number][] {
  const used = new Set<number>();
  const pairs: [number, number][] = [];
  gold.forEach((g, gi) => {
    let best = -1;
    let bestOverlap = 0;
    predicted.forEach((p, pi) => {
      if (used.has(pi)) return;
      const o = overlap(g, p);
      if (o >= threshold && o > bestOverlap) {
        best = pi;
        bestOverlap = o;
      }
    });
    if (best >= 0) {
      used.add(best);
      pairs.push([gi, best]);
    }
  });
  return pairs;
}
