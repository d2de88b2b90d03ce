/** Anything a worker process must close on the way out (a BullMQ Worker takes `force`). */
export interface Closable {
  close(force?: boolean): Promise<void>;
  /** BullMQ 6: aborts the processors' signals; ours then hand their jobs back to the queue */
  cancelAllJobs?(reason?: string): void;
}

/** After cancelling, how long the processors get to hand their jobs back before the process goes anyway. */
export const RELEASE_GRACE_MS = 2000;

function within<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export type CloseOutcome = 'graceful' | 'forced';

/**
 * Closes a worker, waiting for the jobs in hand at most timeoutMs. After that the jobs still running are cancelled:
 * their processors hand them back to the queue at once (see article-worker.ts). A processor that cannot (stuck in
 * CPU work) keeps its job until the lock expires, and BullMQ's stalled checker gives it to another worker. So a
 * bounded shutdown never loses a job, it only gives it back.
 */
export async function closeWithin(worker: Closable, timeoutMs: number): Promise<CloseOutcome> {
  // BullMQ's close() is idempotent: a later close(true) returns this same promise, so force is not a second step.
  const closed = worker.close().then(() => 'closed' as const);
  if ((await within(closed, timeoutMs)) === 'closed') return 'graceful';
  worker.cancelAllJobs?.('shutdown time-out');
  await within(closed, RELEASE_GRACE_MS);
  return 'forced';
}

export interface ShutdownOptions {
  timeoutMs: number;
  /** closed in order after the workers (store, Redis connections) */
  after?: Array<() => Promise<unknown>>;
  log?: (line: string) => void;
  /** process.exit by default; tests replace it */
  exit?: (code: number) => void;
}

/**
 * SIGINT/SIGTERM: close the workers within the bound, then the rest, then exit. A second signal exits at once
 * (the operator means it). Returns a function that removes the handlers.
 */
export function installShutdown(workers: Closable[], options: ShutdownOptions): () => void {
  const log = options.log ?? ((line: string) => process.stderr.write(line + '\n'));
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let stopping = false;
  const handler = (signal: NodeJS.Signals): void => {
    if (stopping) {
      log(`newsfacts: ${signal} again, exiting now`);
      exit(130);
      return;
    }
    stopping = true;
    log(`newsfacts: ${signal}, finishing the jobs in hand (at most ${options.timeoutMs} ms)`);
    void (async () => {
      const outcomes = await Promise.all(workers.map((worker) => closeWithin(worker, options.timeoutMs)));
      for (const close of options.after ?? []) await close().catch(() => undefined);
      const forced = outcomes.includes('forced');
      log(forced ? 'newsfacts: stopped; unfinished jobs were handed back to the queue' : 'newsfacts: stopped cleanly');
      exit(0);
    })();
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
}
