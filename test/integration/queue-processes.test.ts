import { submitUrls } from '../../src/queue/submit';
import { waitForJobs } from '../../src/queue/wait-for-jobs';
import { startArticleServer, type ArticleServer } from '../support/article-server';
import { queueEnv, type QueueEnv } from '../support/queue-env';
import { WorkerProcess } from '../support/worker-process';

async function until(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

// Short locks so a dead worker's job is declared stalled within about a second (BullMQ's default is 30 s).
const FAST_RECOVERY = { NF_TEST_LOCK_MS: '1000', NF_TEST_STALLED_MS: '500' };

describe('worker processes: crashes and signals lose no job and store none twice', () => {
  let server: ArticleServer;
  let q: QueueEnv;
  const workers: WorkerProcess[] = [];

  const spawnWorker = (extra: NodeJS.ProcessEnv = {}): WorkerProcess => {
    const worker = WorkerProcess.spawn({ ...q.env, ...FAST_RECOVERY, ...extra });
    workers.push(worker);
    return worker;
  };

  beforeEach(async () => {
    server = await startArticleServer();
  });

  afterEach(async () => {
    await Promise.all(workers.splice(0).map((w) => w.stop()));
    await q?.cleanup();
    await server.close();
  });

  test('a worker killed with SIGKILL mid-job: another worker recovers the stalled job and the article is stored once', async () => {
    q = await queueEnv({}, 'sigkill');
    const first = spawnWorker();
    await first.waitFor((e) => e.event === 'ready');
    const url = `${server.url}/slow/budget-talks?ms=2000`;
    const [submitted] = await submitUrls(q.runtime.articles, q.runtime.store, q.config, [url]);
    // Killed once its request has reached the site: mid-fetch, holding the job's lock.
    await until(() => server.count('/slow/budget-talks') === 1);
    first.kill('SIGKILL');
    await first.exited;

    const second = spawnWorker();
    await second.waitFor((e) => e.event === 'completed' && e.jobId === submitted.jobId, 30_000);

    const [outcome] = await waitForJobs(q.runtime.articles, [submitted.jobId as string]);
    expect(outcome.state).toBe('completed');
    expect(server.count('/slow/budget-talks')).toBe(2); // the killed attempt and the recovered one
    const records = await q.runtime.store.listRecords();
    expect(records).toHaveLength(1);
    expect(records[0].url).toBe(url);
    expect(await q.runtime.store.listFailures()).toEqual([]);
  });

  test('SIGTERM during work: the worker exits within its shutdown bound and its jobs are finished by the next worker', async () => {
    q = await queueEnv({ shutdownTimeoutMs: 1000 }, 'sigterm');
    const first = spawnWorker();
    await first.waitFor((e) => e.event === 'ready');
    const urls = [`${server.url}/slow/wheat-support-price?ms=5000`, `${server.url}/slow/remittances-record?ms=5000`];
    const submitted = await submitUrls(q.runtime.articles, q.runtime.store, q.config, urls);
    const jobIds = submitted.map((s) => s.jobId as string);
    await until(() => server.requests.filter((r) => r.path.startsWith('/slow/')).length === 2);

    const signalledAt = Date.now();
    first.kill('SIGTERM');
    const exit = await first.exited;
    // the bound (1 s) plus closing the store and Redis connection
    expect(exit.at - signalledAt).toBeLessThan(1000 + 1500);
    expect(exit.code).toBe(0);
    // handed back at once, not left active until their locks expire
    for (const jobId of jobIds) expect(await q.runtime.articles.getJobState(jobId)).toBe('waiting');
    expect((await q.runtime.articles.getJob(jobIds[0]))?.attemptsMade).toBe(0);

    spawnWorker();
    const outcomes = await waitForJobs(q.runtime.articles, jobIds);
    expect(outcomes.map((o) => o.state)).toEqual(['completed', 'completed']);
    expect(await q.runtime.store.listRecords()).toHaveLength(2);
  });

  test('SIGTERM with a short job in hand: the worker finishes it before exiting', async () => {
    q = await queueEnv({ shutdownTimeoutMs: 10_000 }, 'graceful');
    const worker = spawnWorker();
    await worker.waitFor((e) => e.event === 'ready');
    const [submitted] = await submitUrls(q.runtime.articles, q.runtime.store, q.config, [`${server.url}/slow/cotton-arrivals?ms=800`]);
    await worker.waitFor((e) => e.event === 'active' && e.jobId === submitted.jobId);
    worker.kill('SIGTERM');
    const exit = await worker.exited;
    expect(exit.code).toBe(0);
    expect(worker.events.some((e) => e.event === 'completed' && e.jobId === submitted.jobId)).toBe(true);
    expect(await q.runtime.articles.getJobState(submitted.jobId as string)).toBe('completed');
  });
});
