import { performance } from 'node:perf_hooks';

/** Runs each contender once per round, interleaved so drift and GC hit all alike; returns median ms per round. */
export function timeInterleaved(contenders: Record<string, () => void>, rounds: number): Record<string, number> {
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
  for (const run of Object.values(contenders)) run(); // warm-up: JIT and lazy module loading
  for (let r = 0; r < rounds; r++) {
    for (const [name, run] of Object.entries(contenders)) {
      (globalThis as { gc?: () => void }).gc?.();
      const start = performance.now();
      run();
      samples[name].push(performance.now() - start);
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
