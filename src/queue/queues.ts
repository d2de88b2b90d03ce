import { Queue, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Config } from '../config';

/**
 * The queue names. Every key lives under config.queuePrefix (BullMQ's key prefix), so several deployments and
 * every test can share one Redis without seeing each other's jobs.
 */
export const QUEUE_NAMES = {
  /** one job per article URL: fetch, snapshot, extract, store */
  articles: 'articles',
  /** one job per stored snapshot: extract again with the current extractors, no network */
  reextract: 'reextract',
} as const;

export type QueueName = (typeof QUEUE_NAMES)[keyof typeof QUEUE_NAMES];

/** The name our custom backoff strategy is registered under (retry-policy.ts). */
export const BACKOFF_TYPE = 'newsfacts';

export interface ArticleJobData {
  /** the URL as submitted */
  url: string;
  /** its canonical form (the job id is its URL key) */
  canonicalUrl: string;
  submittedAt: string;
  /** how many times the site asked us to wait (429/503 Retry-After); bounded so a site cannot park a job forever */
  waits?: number;
}

export interface ArticleJobResult {
  recordId: string;
  title: string | null;
}

export interface ReextractJobData {
  snapshotId: string;
}

// Completed jobs stay a while so a status page can show them; the store, not Redis, is the record of truth.
const KEEP_COMPLETED = { age: 7 * 24 * 3600, count: 10_000 };
const KEEP_FAILED = { age: 30 * 24 * 3600, count: 10_000 };

/** Job options of an article: attempts and our backoff for transient errors. */
export function articleJobOptions(config: Pick<Config, 'maxAttempts'>, jobId: string): JobsOptions {
  return {
    jobId,
    attempts: config.maxAttempts,
    backoff: { type: BACKOFF_TYPE },
    removeOnComplete: KEEP_COMPLETED,
    removeOnFail: KEEP_FAILED,
  };
}

export function reextractJobOptions(jobId: string): JobsOptions {
  return { jobId, attempts: 1, removeOnComplete: KEEP_COMPLETED, removeOnFail: KEEP_FAILED };
}

/** A queue on the given connection, its keys under config.queuePrefix. */
export function openQueue<T = unknown, R = unknown>(name: QueueName, connection: Redis, config: Pick<Config, 'queuePrefix'>): Queue<T, R> {
  const queue = new Queue<T, R>(name, { connection, prefix: config.queuePrefix });
  queue.on('error', () => undefined); // connection errors during a Redis restart; the client reconnects
  return queue;
}
