/** Anything a worker process must close on the way out (a BullMQ Worker takes `force`). */
export interface Closable {
  close(force?: boolean): Promise<void>;
}

export type CloseOutcome = 'graceful' | 'forced';

/**
 * Closes a worker, waiting for the jobs in hand at most timeoutMs; after that it is closed by force: the jobs
 * still running keep their lock until it expires, then BullMQ's stalled checker hands them to another worker.
 * So a bounded shutdown never loses a job, it only gives it back.
 */
export async function closeWithin(worker: Closable, timeoutMs: number): Promise<CloseOutcome> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  const closed = worker.close().then(() => 'closed' as const);
  const first = await Promise.race([closed, timedOut]);
  clearTimeout(timer);
  if (first === 'closed') return 'graceful';
  await worker.close(true).catch(() => undefined);
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
      log(forced ? 'newsfacts: stopped; unfinished jobs go back to the queue when their lock expires' : 'newsfacts: stopped cleanly');
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
