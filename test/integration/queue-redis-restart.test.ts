import { loadConfig } from '../../src/config';
import { openQueueRuntime } from '../../src/queue/runtime';
import { submitUrls } from '../../src/queue/submit';
import { waitForJobs } from '../../src/queue/wait-for-jobs';
import { startArticleServer, type ArticleServer } from '../support/article-server';
import { queueEnv, type QueueEnv } from '../support/queue-env';
import { freePort, RedisChild } from '../support/redis';
import { PROCESS_TEST_TIMEOUT_MS, WorkerProcess } from '../support/worker-process';

describe('Redis going away', () => {
  test('Redis unavailable at start: opening the queues fails with REDIS_UNAVAILABLE within a few seconds', async () => {
    const started = Date.now();
    const config = loadConfig({ redisUrl: `redis://127.0.0.1:${await freePort()}`, databaseUrl: 'sqlite::memory:' }, {});
    await expect(openQueueRuntime(config)).rejects.toMatchObject({ code: 'REDIS_UNAVAILABLE' });
    expect(Date.now() - started).toBeLessThan(4000);
  });

  test('Redis unavailable at start: a worker process reports REDIS_UNAVAILABLE and exits 1 instead of hanging', async () => {
    const worker = WorkerProcess.spawn({ REDIS_URL: `redis://127.0.0.1:${await freePort()}`, DATABASE_URL: 'sqlite::memory:' });
    const error = await worker.waitFor((e) => e.event === 'error');
    expect(error.code).toBe('REDIS_UNAVAILABLE');
    expect((await worker.exited).code).toBe(1);
  }, PROCESS_TEST_TIMEOUT_MS);

  describe('Redis restarted mid-run', () => {
    let redis: RedisChild;
    let server: ArticleServer;
    let q: QueueEnv;
    let worker: WorkerProcess | undefined;

    afterEach(async () => {
      await worker?.stop();
      await q?.cleanup();
      await server?.close();
      await redis?.stop();
    });

    test('workers reconnect and every job completes, each stored once', async () => {
      redis = await RedisChild.start();
      server = await startArticleServer();
      q = await queueEnv({ redisUrl: redis.url }, 'restart');
      worker = WorkerProcess.spawn({ ...q.env, NF_TEST_LOCK_MS: '5000', NF_TEST_STALLED_MS: '1000' });
      await worker.waitFor((e) => e.event === 'ready');

      const slugs = ['sugar-exports', 'rupee-slides', 'gas-tariff', 'car-sales', 'tax-target', 'fdi-inflows'];
      const submitted = await submitUrls(q.runtime.articles, q.runtime.store, q.config, slugs.map((s) => `${server.url}/slow/${s}?ms=500`));
      const jobIds = submitted.map((s) => s.jobId as string);
      await worker.waitFor((e) => e.event === 'completed');

      await redis.kill();
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await redis.restart();

      const outcomes = await waitForJobs(q.runtime.articles, jobIds);
      expect(outcomes.map((o) => o.state)).toEqual(jobIds.map(() => 'completed'));
      const records = await q.runtime.store.listRecords();
      expect(records.map((r) => r.url).sort()).toEqual(submitted.map((s) => s.url).sort());
    }, PROCESS_TEST_TIMEOUT_MS);
  });
});
