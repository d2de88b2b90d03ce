import type { ChildProcess } from 'node:child_process';

/*
 * Why here and not in src/ or test/: no product code starts child processes and reads their stdout (a worker is
 * started by its operator, not by newsfacts), so this is development tooling, not part of the package's API. The
 * bench (bench/pipeline/children.ts) and the process tests (test/support/worker-process.ts) both need it; bench code
 * is compiled by tsconfig.build.json ("src", "bench") and may not import from test/, while tests may import from
 * bench/ (tsconfig.json and ts-jest compile both). So the one copy lives under bench/support/.
 */

/** How often a waiter re-checks when no event arrives (the child may have died without a word). */
const RECHECK_MS = 250;

/**
 * The events a child process prints on stdout, one JSON object a line, as they arrive; a line that is not JSON
 * (a stray log line) is skipped. Also keeps the child's stderr for error messages.
 */
export class JsonLinesChild<E> {
  readonly events: E[] = [];
  stderr = '';
  private readonly waiters: Array<() => void> = [];

  constructor(readonly child: ChildProcess) {
    let buffer = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let newline: number;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        try {
          this.events.push(JSON.parse(line) as E);
        } catch {
          continue; // a stray log line
        }
        this.wake();
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
  }

  /** Re-checks every waiter now (a new event; the owner calls it when the child exits). */
  wake(): void {
    for (const wake of this.waiters.splice(0)) wake();
  }

  /**
   * Resolves with what `pick` finds among the events so far, re-checking after each new event (or every 250 ms)
   * until timeoutMs have passed, then throws `timeoutError()`. `pick` and `whileWaiting` (run after each miss)
   * may throw to stop waiting early: an error event, a child that exited.
   */
  async waitFor<T>(pick: (events: readonly E[]) => T | undefined, timeoutMs: number, timeoutError: () => Error, whileWaiting?: () => void): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = pick(this.events);
      if (found !== undefined) return found;
      whileWaiting?.();
      const left = deadline - Date.now();
      if (left <= 0) throw timeoutError();
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, RECHECK_MS));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }
}
