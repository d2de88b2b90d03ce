import { setTimeout as sleep } from 'node:timers/promises';
import type { Queue } from 'bullmq';

export interface JobsProgress {
  total: number;
  completed: number;
  failed: number;
  /** finished jobs per second since waiting began */
  perSecond: number;
  elapsedMs: number;
}

export interface JobOutcome {
  jobId: string;
  state: 'completed' | 'failed' | 'unknown';
  /** for completed jobs: what the processor returned */
  returnValue?: unknown;
  /** for failed jobs: "<CODE>: message" */
  failedReason?: string;
}

const POLL_MS = 200;

/**
 * Waits until every given job has finished (completed or failed: delayed and retrying jobs are still pending),
 * whichever worker processes them. Polling job states keeps this independent of which process runs the jobs.
 */
export async function waitForJobs(queue: Queue, jobIds: string[], onProgress?: (progress: JobsProgress) => void): Promise<JobOutcome[]> {
  const started = Date.now();
  const pending = new Set(jobIds);
  const outcomes = new Map<string, JobOutcome>();
  for (;;) {
    for (const jobId of [...pending]) {
      const state = await queue.getJobState(jobId);
      if (state !== 'completed' && state !== 'failed' && state !== 'unknown') continue;
      const job = state === 'unknown' ? undefined : await queue.getJob(jobId);
      outcomes.set(jobId, { jobId, state, returnValue: job?.returnvalue, failedReason: job?.failedReason });
      pending.delete(jobId);
    }
    const elapsedMs = Date.now() - started;
    const failed = [...outcomes.values()].filter((o) => o.state === 'failed').length;
    onProgress?.({ total: jobIds.length, completed: outcomes.size - failed, failed, perSecond: outcomes.size / Math.max(elapsedMs / 1000, 0.001), elapsedMs });
    if (pending.size === 0) break;
    await sleep(POLL_MS);
  }
  return jobIds.map((id) => outcomes.get(id) as JobOutcome);
}
