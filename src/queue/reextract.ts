import { Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Config } from '../config';
import { NewsfactsError, toNewsfactsError } from '../errors';
import { processSnapshot, type Snapshot } from '../pipeline';
import type { RecordStore, StoredSnapshot } from '../store/record-store';
import { changedFields } from './record-diff';
import { QUEUE_NAMES, type ReextractJobData } from './queues';

export type ReextractOutcome =
  | { id: string; recordId: string; status: 'unchanged' }
  | { id: string; recordId: string; status: 'changed' | 'created'; fields: string[] }
  | { id: string; recordId: null; status: 'failed'; code: string; message: string };

export interface ReextractReport {
  snapshots: number;
  changed: number;
  created: number;
  unchanged: number;
  failed: number;
  dryRun: boolean;
  outcomes: ReextractOutcome[];
}

function toSnapshot(stored: StoredSnapshot): Snapshot {
  return { url: stored.url, finalUrl: stored.finalUrl, fetchedAt: stored.fetchedAt, status: stored.status, headers: stored.headers, body: stored.body };
}

/**
 * Rebuilds one record from its stored snapshot with the current extractors. No network: the bytes are the
 * ones fetched then, and fetchedAt stays the original fetch time (dates are still judged against it).
 */
export async function reextractOne(store: RecordStore, snapshotId: string, dryRun: boolean): Promise<ReextractOutcome> {
  try {
    const stored = await store.getSnapshot(snapshotId);
    if (!stored) throw new NewsfactsError('INVALID_INPUT', `no snapshot with id ${snapshotId}`);
    const record = processSnapshot(toSnapshot(stored));
    const before = await store.getRecord(record.id);
    const fields = before ? changedFields(before, record) : Object.keys(record);
    if (before && fields.length === 0) return { id: snapshotId, recordId: record.id, status: 'unchanged' };
    if (!dryRun) await store.putRecord(record);
    return { id: snapshotId, recordId: record.id, status: before ? 'changed' : 'created', fields };
  } catch (err) {
    const error = toNewsfactsError(err);
    return { id: snapshotId, recordId: null, status: 'failed', code: error.code, message: error.message };
  }
}

/** Re-extracts every snapshot fetched on or after `since` (all when undefined). */
export async function reextractAll(store: RecordStore, options: { since?: string; dryRun?: boolean } = {}): Promise<ReextractReport> {
  const dryRun = options.dryRun ?? false;
  const ids = await store.listSnapshotIds(options.since);
  const outcomes: ReextractOutcome[] = [];
  for (const id of ids) outcomes.push(await reextractOne(store, id, dryRun));
  const count = (status: ReextractOutcome['status']) => outcomes.filter((o) => o.status === status).length;
  return {
    snapshots: ids.length,
    changed: count('changed'),
    created: count('created'),
    unchanged: count('unchanged'),
    failed: count('failed'),
    dryRun,
    outcomes,
  };
}

/**
 * A worker on the reextract queue, for stores too large for one process: `newsfacts reextract --queue` enqueues
 * one job per snapshot and every running `newsfacts worker` shares them.
 */
export function startReextractWorker(connection: Redis, store: RecordStore, config: Pick<Config, 'queuePrefix' | 'concurrency'>): Worker<ReextractJobData, ReextractOutcome> {
  const worker = new Worker<ReextractJobData, ReextractOutcome>(
    QUEUE_NAMES.reextract,
    async (job: Job<ReextractJobData>) => {
      const outcome = await reextractOne(store, job.data.snapshotId, false);
      if (outcome.status === 'failed') throw new Error(`${outcome.code}: ${outcome.message}`);
      return outcome;
    },
    { connection, prefix: config.queuePrefix, concurrency: config.concurrency },
  );
  worker.on('error', () => undefined);
  return worker;
}
