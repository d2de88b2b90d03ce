import type { Queue } from 'bullmq';
import type { Config } from '../config';
import { toNewsfactsError } from '../errors';
import type { RecordStore } from '../store/record-store';
import { articleKey } from './job-id';
import { articleJobOptions, type ArticleJobData, type ArticleJobResult } from './queues';

export type SubmitStatus =
  /** a new job was added */
  | 'queued'
  /** a job for this article is already waiting, delayed or running: nothing added (dedup by job id) */
  | 'already-queued'
  /** a record for this article is stored: skipped (submit with force to fetch it again) */
  | 'stored'
  /** not an absolute http(s) URL */
  | 'invalid';

export interface SubmitResult {
  url: string;
  jobId: string | null;
  status: SubmitStatus;
  error?: { code: string; message: string };
}

export interface SubmitOptions {
  /** fetch again even when a record is stored */
  force?: boolean;
}

// States in which the job will still run: adding it again would be a duplicate.
const PENDING_STATES = new Set(['waiting', 'active', 'delayed', 'prioritized', 'waiting-children']);

async function submitOne(queue: Queue<ArticleJobData, ArticleJobResult>, store: RecordStore, config: Pick<Config, 'maxAttempts'>, url: string, options: SubmitOptions): Promise<SubmitResult> {
  let key: { canonicalUrl: string; jobId: string };
  try {
    key = articleKey(url);
  } catch (err) {
    const error = toNewsfactsError(err);
    return { url, jobId: null, status: 'invalid', error: { code: error.code, message: error.message } };
  }
  const { canonicalUrl, jobId } = key;
  if (!options.force && (await store.findRecordId(jobId)) !== null) return { url, jobId, status: 'stored' };

  const state = await queue.getJobState(jobId);
  if (PENDING_STATES.has(state)) return { url, jobId, status: 'already-queued' };
  // A finished job keeps its id in Redis for a while; BullMQ would silently ignore an add with that id, so the
  // old one is removed first (a failed URL submitted again, or a stored one with force).
  if (state === 'completed' || state === 'failed') await queue.remove(jobId);

  await queue.add('article', { url, canonicalUrl, submittedAt: new Date().toISOString() }, articleJobOptions(config, jobId));
  return { url, jobId, status: 'queued' };
}

/**
 * Enqueues article URLs, one job per article: the job id is the URL key of the canonical URL, so the same
 * article submitted twice (here, by another process, or with other tracking parameters) is one job.
 */
export async function submitUrls(
  queue: Queue<ArticleJobData, ArticleJobResult>,
  store: RecordStore,
  config: Pick<Config, 'maxAttempts'>,
  urls: string[],
  options: SubmitOptions = {},
): Promise<SubmitResult[]> {
  const results: SubmitResult[] = [];
  // Sequential on purpose: the same article twice in one batch finds the first one's job and is not re-added.
  for (const url of urls) results.push(await submitOne(queue, store, config, url, options));
  return results;
}
