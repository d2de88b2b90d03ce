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

/** Time spent inside one module's calls, filled in by timeModuleCalls. */
export interface CallTimer {
  /** calls of the module's main function */
  calls: number;
  /** milliseconds inside it and inside methods called on what it returned (nested calls counted once) */
  ms: number;
  reset(): void;
}

/**
 * Replaces a CommonJS module's function export in require.cache with a timing wrapper, so every module that
 * requires it afterwards calls through the wrapper. Methods called on the objects it returns (compromise's
 * `nlp(text).json()`) are timed too: parsing is split between the call and the view's methods. Modules
 * under the folder `reloadUnder` that are already loaded are dropped from the cache, so the caller's next require binds
 * them to the wrapper instead of the original (another bench part may have imported the extractors first).
 */
export function timeModuleCalls(moduleId: string, reloadUnder: string): CallTimer {
  const path = require.resolve(moduleId);
  require(moduleId);
  const entry = require.cache[path]!;
  const original = entry.exports as (...args: unknown[]) => unknown;
  const resultClass = (original('warm up') as object).constructor;
  const timer: CallTimer = {
    calls: 0,
    ms: 0,
    reset() {
      timer.calls = 0;
      timer.ms = 0;
    },
  };
  let depth = 0;
  const timed = <T>(run: () => T): T => {
    if (depth > 0) return run();
    depth++;
    const start = performance.now();
    try {
      return run();
    } finally {
      timer.ms += performance.now() - start;
      depth--;
    }
  };
  const wrapResult = (value: unknown): unknown => {
    if (!(value instanceof resultClass)) return value;
    return new Proxy(value as object, {
      get(target, key) {
        const member = Reflect.get(target, key, target) as unknown;
        if (typeof member !== 'function') return member;
        return (...args: unknown[]) => wrapResult(timed(() => (member as (...a: unknown[]) => unknown).apply(target, args)));
      },
    });
  };
  entry.exports = new Proxy(original, {
    apply(target, thisArg, args) {
      timer.calls++;
      return wrapResult(timed(() => Reflect.apply(target, thisArg, args)));
    },
  });
  for (const key of Object.keys(require.cache)) if (key.startsWith(reloadUnder)) delete require.cache[key];
  return timer;
}
