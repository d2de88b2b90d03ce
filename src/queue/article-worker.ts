import { createHash } from 'node:crypto';
import { WaitingError, Worker, type Job, type WorkerOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Config } from '../config';
import { NewsfactsError, toNewsfactsError } from '../errors';
import { processSnapshot, type Snapshot } from '../pipeline';
import type { ArticleRecord } from '../record';
import type { RecordStore, StoredSnapshot } from '../store/record-store';
import type { FetchConfig, FetchOptions } from '../crawlers/fetcher';
import type { Politeness } from './politeness';
import { QUEUE_NAMES, type ArticleJobData, type ArticleJobResult } from './queues';
import { applyDecision, decide, newsfactsBackoff } from './retry-policy';

export type FetchPage = (url: string, config: FetchConfig, options?: Pick<FetchOptions, 'signal' | 'gate'>) => Promise<Snapshot>;

export interface ArticleWorkerDeps {
  config: Config;
  store: RecordStore;
  fetchPage: FetchPage;
  politeness: Politeness;
  /** where non-fatal events go (a failure that could not be stored); stderr by default */
  log?: (line: string) => void;
}

function snapshotToStore(id: string, url: string, snapshot: Snapshot): StoredSnapshot {
  return {
    id,
    url,
    finalUrl: snapshot.finalUrl ?? url,
    fetchedAt: snapshot.fetchedAt ?? new Date().toISOString(),
    status: snapshot.status ?? 200,
    headers: snapshot.headers,
    body: snapshot.body,
    contentHash: createHash('sha256').update(snapshot.body).digest('hex'),
  };
}

function extract(snapshot: Snapshot): ArticleRecord {
  try {
    return processSnapshot(snapshot);
  } catch (err) {
    throw new NewsfactsError('EXTRACTION_FAILED', `no record could be built: ${(err as Error).message}`, { cause: err });
  }
}

/**
 * One attempt at one article: robots.txt, fetch (each request waiting for its host's turn), keep the raw snapshot FIRST (so a later
 * extractor can replay it even when this one fails), extract, store. Every store write is an upsert by id, so
 * an attempt repeated after a crash (a stalled job recovered by another worker) stores the article once.
 */
async function processArticle(job: Job<ArticleJobData>, deps: ArticleWorkerDeps, signal?: AbortSignal): Promise<ArticleJobResult> {
  const { url } = job.data;
  const gate = await deps.politeness.beforeFetch(url, signal);
  const snapshot = await deps.fetchPage(url, deps.config, { signal, gate });
  await deps.store.putSnapshot(snapshotToStore(job.id as string, url, snapshot));
  const record = extract(snapshot);
  await deps.store.putRecord(record);
  return { recordId: record.id, title: record.title };
}

async function storeFailure(job: Job<ArticleJobData>, error: NewsfactsError, deps: ArticleWorkerDeps): Promise<void> {
  try {
    await deps.store.putFailure({
      url: job.data.url,
      code: error.code,
      message: error.message,
      attempts: job.attemptsMade + 1,
      at: new Date().toISOString(),
    });
  } catch (err) {
    // The job still fails in BullMQ with its code in failedReason; only the store's copy is missing.
    (deps.log ?? defaultLog)(`newsfacts worker: could not store the failure of ${job.data.url}: ${(err as Error).message}`);
  }
}

function defaultLog(line: string): void {
  process.stderr.write(line + '\n');
}

/**
 * A shutdown that ran out of time cancelled this job: hand it straight back to the queue (no attempt spent, no
 * failure stored) so another worker takes it now, not when the lock expires.
 */
async function releaseJob(job: Job<ArticleJobData>, token: string | undefined): Promise<never> {
  await job.moveToWait(token);
  throw new WaitingError('released by a worker shutting down');
}

/** The BullMQ processor of the articles queue: the retry policy wraps one attempt. */
export function makeArticleProcessor(deps: ArticleWorkerDeps) {
  // Three parameters on purpose: BullMQ passes the abort signal (used by a bounded shutdown) only to processors
  // that declare it.
  return async (job: Job<ArticleJobData>, token: string | undefined, signal: AbortSignal | undefined): Promise<ArticleJobResult> => {
    try {
      return await processArticle(job, deps, signal);
    } catch (err) {
      if (signal?.aborted) return releaseJob(job, token);
      const error = toNewsfactsError(err);
      const decision = decide(
        error,
        { attemptsMade: job.attemptsMade, attempts: job.opts.attempts ?? 1, waits: job.data.waits ?? 0 },
        deps.config.backoffBaseMs,
      );
      // The failure is stored before BullMQ moves the job to failed, so whoever sees the failed job finds it.
      if (decision.final) await storeFailure(job, error, deps);
      return applyDecision(job, token, error, decision);
    }
  };
}

export type ArticleWorkerOptions = Partial<Pick<WorkerOptions, 'lockDuration' | 'stalledInterval' | 'maxStalledCount' | 'drainDelay' | 'name'>>;

// An option given as undefined must keep BullMQ's default, not replace it (BullMQ refuses stalledInterval undefined).
function definedOnly<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/**
 * A worker on the articles queue. Stalled jobs (a worker that died holding one) are moved back to wait by
 * BullMQ's stalled checker and processed again by any live worker.
 */
export function startArticleWorker(connection: Redis, deps: ArticleWorkerDeps, options: ArticleWorkerOptions = {}): Worker<ArticleJobData, ArticleJobResult> {
  const worker = new Worker<ArticleJobData, ArticleJobResult>(QUEUE_NAMES.articles, makeArticleProcessor(deps), {
    connection,
    prefix: deps.config.queuePrefix,
    concurrency: deps.config.concurrency,
    maxStalledCount: 2,
    settings: { backoffStrategy: newsfactsBackoff(deps.config.backoffBaseMs) },
    ...definedOnly(options),
  });
  // Without an 'error' listener an EventEmitter error would crash the process; during a Redis restart these
  // are expected and the worker reconnects by itself.
  worker.on('error', () => undefined);
  worker.on('failed', (job, err) => {
    // A job that stalled too often fails inside BullMQ without reaching our processor: store it here.
    if (job && /stalled more than allowable limit/i.test(err.message)) {
      void storeFailure(job, new NewsfactsError('INTERNAL', `the job stalled too often (workers died while holding it): ${err.message}`), deps);
    }
  });
  return worker;
}
