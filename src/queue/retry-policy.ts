import { DelayedError, UnrecoverableError, type Job } from 'bullmq';
import type { BackoffStrategy } from 'bullmq';
import type { NewsfactsError } from '../errors';
import type { ArticleJobData } from './queues';

/**
 * How a failed attempt is handled, from the error's policy (src/errors.ts is the one table of codes):
 *   fail  -> the job fails at once (BullMQ UnrecoverableError), the failure is stored
 *   wait  -> the job is delayed for Retry-After WITHOUT spending an attempt (job.moveToDelayed + DelayedError)
 *   retry -> BullMQ retries it with our exponential backoff and jitter until maxAttempts, then it is stored
 */
export type Decision =
  | { action: 'fail'; final: true }
  | { action: 'wait'; final: false; delayMs: number }
  | { action: 'retry'; final: boolean };

/** A site that keeps answering 429/503 cannot park a job forever: after this many waits it fails. */
export const MAX_WAITS = 10;
/** A Retry-After beyond this (a misconfigured server saying "come back in a week") is capped. */
export const MAX_WAIT_MS = 60 * 60 * 1000;

export interface AttemptState {
  /** attempts already spent before this one (job.attemptsMade) */
  attemptsMade: number;
  /** attempts allowed (job.opts.attempts) */
  attempts: number;
  /** waits already taken (job.data.waits) */
  waits: number;
}

/** Pure: what to do with this error at this point of the job's life. */
export function decide(error: NewsfactsError, state: AttemptState, backoffBaseMs: number): Decision {
  if (error.policy === 'fail') return { action: 'fail', final: true };
  if (error.policy === 'wait') {
    if (state.waits >= MAX_WAITS) return { action: 'fail', final: true };
    // A 429 without Retry-After still means "slow down": wait one backoff step instead of hammering.
    const delayMs = Math.min(error.retryAfterMs ?? Math.max(backoffBaseMs, 1000), MAX_WAIT_MS);
    return { action: 'wait', final: false, delayMs };
  }
  return { action: 'retry', final: state.attemptsMade + 1 >= state.attempts };
}

/**
 * Exponential backoff with "equal jitter": half of base * 2^(n-1) fixed, half random, so workers that failed
 * together (a site went down) do not all come back at the same instant.
 */
export function backoffDelayMs(attempt: number, baseMs: number, random: () => number = Math.random): number {
  const ceiling = baseMs * 2 ** Math.max(0, attempt - 1);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** The custom strategy registered in the worker's settings (BullMQ passes attemptsMade, counting this one). */
export function newsfactsBackoff(baseMs: number): BackoffStrategy {
  return (attemptsMade: number) => backoffDelayMs(attemptsMade, baseMs);
}

/** The message kept on a failed job: the stable code first, so `status` can group failures by code. */
export function jobFailureMessage(error: NewsfactsError): string {
  return `${error.code}: ${error.message}`;
}

/**
 * Carries out a decision inside the processor. Always throws: the error BullMQ must see for this decision.
 * For 'wait' the job is moved to the delayed set here (with the worker's lock token) and DelayedError tells
 * the worker not to count the attempt.
 */
export async function applyDecision(job: Job<ArticleJobData>, token: string | undefined, error: NewsfactsError, decision: Decision): Promise<never> {
  if (decision.action === 'wait') {
    await job.updateData({ ...job.data, waits: (job.data.waits ?? 0) + 1 });
    await job.moveToDelayed(Date.now() + decision.delayMs, token);
    throw new DelayedError(jobFailureMessage(error));
  }
  if (decision.action === 'fail') throw new UnrecoverableError(jobFailureMessage(error));
  const retryable = new Error(jobFailureMessage(error));
  retryable.name = error.code;
  throw retryable;
}

/** The code at the start of a failed job's failedReason ("HTTP_404: ..."), or INTERNAL. */
export function codeOfFailedReason(reason: string | undefined): string {
  const match = /^([A-Z][A-Z0-9_]+):/.exec(reason ?? '');
  return match ? match[1] : 'INTERNAL';
}
