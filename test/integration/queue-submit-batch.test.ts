import { Worker } from 'bullmq';
import type { ArticleRecord } from '../../src/record';
import { articleRecord } from '../support/article-record';
import { articleKey } from '../../src/queue/job-id';
import { articleJobOptions } from '../../src/queue/queues';
import { submitUrls, type SubmitStatus } from '../../src/queue/submit';
import { queueEnv, type QueueEnv } from '../support/queue-env';

const SITE = 'https://batch-desk.example';

function storedRecord(url: string): ArticleRecord {
  const { canonicalUrl, jobId } = articleKey(url);
  return articleRecord({
    id: jobId,
    url,
    canonicalUrl,
    fetchedAt: '2024-06-03T08:00:00.000Z',
    title: 'Sugar prices steady',
    publishedAt: '2024-06-03T06:00:00.000Z',
    siteName: 'Batch Desk',
    text: 'Sugar prices held steady in the wholesale market.',
    extractor: { name: 'newsfacts', version: '0.0.1' },
  });
}

describe('submitting a batch of URLs', () => {
  let q: QueueEnv;

  beforeEach(async () => {
    q = await queueEnv({}, 'submit-batch');
  });

  afterEach(async () => {
    jest.restoreAllMocks();
    await q.cleanup();
  });

  /** Leaves a finished job (no record stored) under the URL's job id, as a worker would after a fetch. */
  async function finishedJob(url: string, outcome: 'completed' | 'failed'): Promise<void> {
    const { canonicalUrl, jobId } = articleKey(url);
    await q.runtime.articles.add('article', { url, canonicalUrl, submittedAt: new Date().toISOString() }, { ...articleJobOptions(q.config, jobId), attempts: 1 });
    // processed by hand (no processor), so the test decides how it ends
    const worker = new Worker(q.runtime.articles.name, null, { connection: q.runtime.redis, prefix: q.config.queuePrefix, autorun: false });
    try {
      const job = await worker.getNextJob('test-token');
      expect(job?.id).toBe(jobId);
      if (outcome === 'failed') await job!.moveToFailed(new Error('HTTP 503 from the test'), 'test-token', false);
      else await job!.moveToCompleted({ recordId: null }, 'test-token', false);
    } finally {
      await worker.close();
    }
    expect(await q.runtime.articles.getJobState(jobId)).toBe(outcome);
  }

  test('50 URLs with duplicates, invalid, stored, pending and finished ones: statuses in input order, one job per article', async () => {
    const failedUrl = `${SITE}/news/failed-fetch`;
    const completedUrl = `${SITE}/news/completed-without-record`;
    const pendingUrl = `${SITE}/news/already-waiting`;
    const storedUrls = [`${SITE}/news/stored-1`, `${SITE}/news/stored-2`];
    await finishedJob(failedUrl, 'failed');
    await finishedJob(completedUrl, 'completed');
    const pending = articleKey(pendingUrl);
    await q.runtime.articles.add('article', { url: pendingUrl, canonicalUrl: pending.canonicalUrl, submittedAt: new Date().toISOString() }, articleJobOptions(q.config, pending.jobId));
    for (const url of storedUrls) await q.runtime.store.putRecord(storedRecord(url));

    const batch: [string, SubmitStatus][] = [];
    for (let i = 0; i < 30; i += 1) {
      batch.push([`${SITE}/news/story-${i}`, 'queued']);
      // every fourth story comes again a little later, as shared with tracking parameters or a fragment
      if (i % 4 === 3) batch.push([`${SITE}/news/story-${i - 2}?utm_source=newsletter&utm_medium=email`, 'already-queued']);
      if (i === 10) batch.push(['not a url', 'invalid'], [storedUrls[0], 'stored'], [pendingUrl, 'already-queued']);
      if (i === 20) batch.push(['ftp://batch-desk.example/news/story-1', 'invalid'], [failedUrl, 'queued'], [`${storedUrls[0]}#comments`, 'stored']);
      if (i === 25) batch.push(['', 'invalid'], [completedUrl, 'queued'], [`${pendingUrl}/`, 'already-queued'], [storedUrls[1], 'stored']);
    }
    batch.push(['mailto:desk@batch-desk.example', 'invalid'], [`${SITE.toUpperCase()}/news/story-0`, 'already-queued'], [`${failedUrl}?fbclid=x`, 'already-queued']);
    expect(batch).toHaveLength(50);

    const findOne = jest.spyOn(q.runtime.store, 'findRecordId');
    const findMany = jest.spyOn(q.runtime.store, 'findRecordIds');
    const addOne = jest.spyOn(q.runtime.articles, 'add');
    const addMany = jest.spyOn(q.runtime.articles, 'addBulk');
    const results = await submitUrls(q.runtime.articles, q.runtime.store, q.config, batch.map(([url]) => url));

    expect(results.map((r) => [r.url, r.status])).toEqual(batch);
    for (const r of results) {
      if (r.status === 'invalid') {
        expect(r.jobId).toBeNull();
        expect(r.error?.code).toBe('INVALID_URL');
      } else {
        expect(r.jobId).toBe(articleKey(r.url).jobId);
        expect(r.error).toBeUndefined();
      }
    }
    // one store query and one add for the whole batch
    expect(findOne).not.toHaveBeenCalled();
    expect(findMany).toHaveBeenCalledTimes(1);
    expect(addOne).not.toHaveBeenCalled();
    expect(addMany).toHaveBeenCalledTimes(1);
    expect(addMany.mock.calls[0][0]).toHaveLength(32);

    // 30 stories, the failed and the completed one added again, the pending one left as it was
    const waiting = await q.runtime.articles.getJobs(['waiting']);
    expect(waiting).toHaveLength(33);
    expect(await q.runtime.articles.getJobState(articleKey(failedUrl).jobId)).toBe('waiting');
    const story1 = waiting.find((job) => job.id === articleKey(`${SITE}/news/story-1`).jobId);
    expect(story1?.data.url).toBe(`${SITE}/news/story-1`); // the first URL of an article is the one fetched
  });

  test('with force, a stored article is queued once and its repeats in the batch are already queued', async () => {
    const url = `${SITE}/news/stored-forced`;
    await q.runtime.store.putRecord(storedRecord(url));
    const results = await submitUrls(q.runtime.articles, q.runtime.store, q.config, [url, `${url}?utm_campaign=x`, 'nope'], { force: true });
    expect(results.map((r) => r.status)).toEqual(['queued', 'already-queued', 'invalid']);
    expect(await q.runtime.articles.getJobCounts('waiting')).toEqual({ waiting: 1 });
  });

  test('a batch with nothing to add (all invalid or stored) adds nothing', async () => {
    const url = `${SITE}/news/stored-only`;
    await q.runtime.store.putRecord(storedRecord(url));
    const addMany = jest.spyOn(q.runtime.articles, 'addBulk');
    const results = await submitUrls(q.runtime.articles, q.runtime.store, q.config, ['javascript:void(0)', url]);
    expect(results.map((r) => r.status)).toEqual(['invalid', 'stored']);
    expect(addMany).not.toHaveBeenCalled();
    expect(await submitUrls(q.runtime.articles, q.runtime.store, q.config, [])).toEqual([]);
  });
});
