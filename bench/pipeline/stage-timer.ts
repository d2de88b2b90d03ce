import { performance } from 'node:perf_hooks';

/** Wall-clock milliseconds and calls per named stage, summed over a worker's life (the bench's profile). */
export class StageTimer {
  readonly totals: Record<string, { ms: number; calls: number }> = {};

  async time<T>(stage: string, work: () => Promise<T>): Promise<T> {
    const start = performance.now();
    try {
      return await work();
    } finally {
      const entry = (this.totals[stage] ??= { ms: 0, calls: 0 });
      entry.ms += performance.now() - start;
      entry.calls += 1;
    }
  }

  /** The same object with the named async methods timed (a store: putSnapshot, putRecord, ...). */
  wrap<T extends object>(target: T, methods: Array<keyof T & string>): T {
    return new Proxy(target, {
      get: (obj, prop, receiver) => {
        const value = Reflect.get(obj, prop, receiver) as unknown;
        if (typeof value !== 'function') return value;
        const bound = (value as (...args: unknown[]) => unknown).bind(obj);
        if (!methods.includes(prop as keyof T & string)) return bound;
        return (...args: unknown[]) => this.time(String(prop), () => bound(...args) as Promise<unknown>);
      },
    });
  }
}
