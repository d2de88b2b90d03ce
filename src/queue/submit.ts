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

interface KeyedUrl {
  url: string;
  canonicalUrl: string;
  jobId: string;
}

/** A URL with its canonical form and job id, or its 'invalid' result. */
function keyUrl(url: string): KeyedUrl | SubmitResult {
  try {
    return { url, ...articleKey(url) };
  } catch (err) {
    const error = toNewsfactsError(err);
    return { url, jobId: null, status: 'invalid', error: { code: error.code, message: error.message } };
  }
}

/**
 * Enqueues article URLs, one job per article: the job id is the URL key of the canonical URL, so the same
 * article submitted twice (here, by another process, or with other tracking parameters) is one job.
 *
 * A batch costs a few round trips whatever its size: one store lookup for every key, the job states read
 * together, the finished jobs removed together, the new jobs added with one addBulk. The same article twice
 * in one batch is decided by its first URL; the later ones are 'already-queued' (or 'stored', like the first).
 */
export async function submitUrls(
  queue: Queue<ArticleJobData, ArticleJobResult>,
  store: RecordStore,
  config: Pick<Config, 'maxAttempts'>,
  urls: string[],
  options: SubmitOptions = {},
): Promise<SubmitResult[]> {
  const keyed = urls.map(keyUrl);

  // the first URL of each article in the batch; the others repeat its job
  const firstOfKey = new Map<string, KeyedUrl>();
  for (const k of keyed) if (!('status' in k) && !firstOfKey.has(k.jobId)) firstOfKey.set(k.jobId, k);
  const firsts = [...firstOfKey.values()];

  const stored = options.force ? new Map<string, string>() : await store.findRecordIds(firsts.map((k) => k.jobId));
  const candidates = firsts.filter((k) => !stored.has(k.jobId));
  const states = await Promise.all(candidates.map((k) => queue.getJobState(k.jobId)));
  const pending = new Set(candidates.filter((_, i) => PENDING_STATES.has(states[i])).map((k) => k.jobId));
  // A finished job keeps its id in Redis for a while; BullMQ would silently ignore an add with that id (addBulk
  // runs the same add script per job, so it dedups by id exactly like add), so the old one is removed first
  // (a failed URL submitted again, or a stored one with force).
  const finished = candidates.filter((_, i) => states[i] === 'completed' || states[i] === 'failed');
  await Promise.all(finished.map((k) => queue.remove(k.jobId)));
  const toAdd = candidates.filter((k) => !pending.has(k.jobId));
  if (toAdd.length > 0) {
    const submittedAt = new Date().toISOString();
    await queue.addBulk(
      toAdd.map((k) => ({ name: 'article', data: { url: k.url, canonicalUrl: k.canonicalUrl, submittedAt }, opts: articleJobOptions(config, k.jobId) })),
    );
  }

  const statusOfFirst = (jobId: string): SubmitStatus => (stored.has(jobId) ? 'stored' : pending.has(jobId) ? 'already-queued' : 'queued');
  return keyed.map((k) => {
    if ('status' in k) return k; // invalid
    const { url, jobId } = k;
    const first = firstOfKey.get(jobId) === k;
    // a repeat of a stored article is stored too; of a queued or pending one, already queued (its job exists)
    const status = first || stored.has(jobId) ? statusOfFirst(jobId) : 'already-queued';
    return { url, jobId, status };
  });
}
