import type { Config } from '../../src/config';
import { startWorkers, type RunningWorkers } from '../../src/queue/start-workers';
import { submitUrls } from '../../src/queue/submit';
import { waitForJobs } from '../../src/queue/wait-for-jobs';
import { codeOfFailedReason, MAX_WAITS } from '../../src/queue/retry-policy';
import { startArticleServer, type ArticleServer } from '../support/article-server';
import { startFixtureServer, WINDOWS_1252_TEXT, type FixtureServer } from '../support/fixture-server';
import { queueEnv, type QueueEnv } from '../support/queue-env';

// maxAttempts 3 with a 50 ms backoff base: a transient fault makes exactly three requests, quickly.
const SETTINGS: Partial<Config> = { maxAttempts: 3, backoffBaseMs: 50, bodyTimeoutMs: 600, headersTimeoutMs: 1000, maxBodyBytes: 1024 * 1024 };

describe('each fault gives its code, retried or not as the policy says', () => {
  let fixtures: FixtureServer;
  let q: QueueEnv;
  let workers: RunningWorkers;

  beforeAll(async () => {
    fixtures = await startFixtureServer();
    q = await queueEnv({ ...SETTINGS, concurrency: 8 }, 'faults');
    workers = startWorkers(q.runtime);
  });

  afterAll(async () => {
    await Promise.all(workers.all.map((w) => w.close(true)));
    await q.cleanup();
    await fixtures.close();
  });

  const requestsTo = (path: string) => fixtures.requests.filter((r) => r.path === path).length;

  test.each<[string, 'completed' | 'failed', string | null, number]>([
    // permanent: one request, failed at once
    ['/status/404', 'failed', 'HTTP_404', 1],
    ['/status/410', 'failed', 'HTTP_410', 1],
    ['/status/403', 'failed', 'HTTP_4XX', 1],
    ['/pdf', 'failed', 'NOT_HTML', 1],
    ['/huge', 'failed', 'BODY_TOO_LARGE', 1],
    // robots.txt disallows /private/ for our User-Agent: the page itself is never requested
    ['/private/salary-survey', 'failed', 'ROBOTS_DISALLOWED', 0],
    // a redirect to a scheme we never fetch: the URL, not the site, is at fault
    ['/redirect-to?url=ftp://files.example.pk/budget.pdf', 'failed', 'INVALID_URL', 1],
    // transient: retried up to maxAttempts, then failed
    ['/status/500', 'failed', 'HTTP_5XX', 3],
    ['/unavailable?after=none', 'failed', 'HTTP_5XX', 3],
    ['/reset', 'failed', 'NETWORK_ERROR', 3],
    ['/never-ends', 'failed', 'FETCH_TIMEOUT', 3],
    ['/slow-headers?ms=3000', 'failed', 'FETCH_TIMEOUT', 3],
    // transient once: the second attempt stores the record
    ['/flaky/power-tariff', 'completed', null, 2],
  ])('%s ends %s with %s after %i requests', async (path, state, code, requests) => {
    const url = `${fixtures.url}${path}`;
    const [submitted] = await submitUrls(q.runtime.articles, q.runtime.store, q.config, [url]);
    const [outcome] = await waitForJobs(q.runtime.articles, [submitted.jobId as string]);
    expect(outcome.state).toBe(state);
    expect(requestsTo(path)).toBe(requests);
    const failure = (await q.runtime.store.listFailures()).find((f) => f.url === url);
    if (code === null) {
      expect(failure).toBeUndefined();
      return;
    }
    expect(codeOfFailedReason(outcome.failedReason)).toBe(code);
    expect(failure).toMatchObject({ url, code, attempts: Math.max(requests, 1) });
    expect(Date.parse(failure!.at)).not.toBeNaN();
  });

  test('a redirect loop fails at once with TOO_MANY_REDIRECTS', async () => {
    const url = `${fixtures.url}/redirect-loop`;
    const [submitted] = await submitUrls(q.runtime.articles, q.runtime.store, q.config, [url]);
    const [outcome] = await waitForJobs(q.runtime.articles, [submitted.jobId as string]);
    expect(codeOfFailedReason(outcome.failedReason)).toBe('TOO_MANY_REDIRECTS');
    expect((await q.runtime.store.listFailures()).find((f) => f.url === url)).toMatchObject({ code: 'TOO_MANY_REDIRECTS', attempts: 1 });
  });

  test.each([
    ['429', '/throttle?after=1', 900],
    ['503', '/unavailable?after=2', 1900],
  ])('%s with Retry-After: the job is delayed for that long and no attempt is spent', async (_status, path, minDelayMs) => {
    const url = `${fixtures.url}${path}`;
    const [submitted] = await submitUrls(q.runtime.articles, q.runtime.store, q.config, [url]);
    const jobId = submitted.jobId as string;
    const deadline = Date.now() + 5000;
    while ((await q.runtime.articles.getJobState(jobId)) !== 'delayed' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const job = await q.runtime.articles.getJob(jobId);
    expect(await job?.getState()).toBe('delayed');
    expect(job?.attemptsMade).toBe(0);
    expect(job?.delay).toBeGreaterThanOrEqual(minDelayMs);
    expect((await q.runtime.store.listFailures()).find((f) => f.url === url)).toBeUndefined();
    await q.runtime.articles.remove(jobId).catch(() => undefined);
  });

  test('a windows-1252 page goes through the queue into a record with its curly quotes, dashes and accents', async () => {
    const url = `${fixtures.url}/windows-1252`;
    const [submitted] = await submitUrls(q.runtime.articles, q.runtime.store, q.config, [url]);
    const [outcome] = await waitForJobs(q.runtime.articles, [submitted.jobId as string]);
    expect(outcome.state).toBe('completed');
    const record = await q.runtime.store.getRecord((outcome.returnValue as { recordId: string }).recordId);
    expect(record?.title).toBe(WINDOWS_1252_TEXT.title);
    expect(record?.text).toContain(WINDOWS_1252_TEXT.sentence);
  });

  test('a site that always answers 429 is waited on MAX_WAITS times, more than maxAttempts, then fails with HTTP_429', async () => {
    const path = '/throttle?after=0';
    const url = `${fixtures.url}${path}`;
    const [submitted] = await submitUrls(q.runtime.articles, q.runtime.store, q.config, [url]);
    const [outcome] = await waitForJobs(q.runtime.articles, [submitted.jobId as string]);
    expect(outcome.state).toBe('failed');
    expect(codeOfFailedReason(outcome.failedReason)).toBe('HTTP_429');
    expect(requestsTo(path)).toBe(MAX_WAITS + 1);
    expect(MAX_WAITS + 1).toBeGreaterThan(q.config.maxAttempts);
  });
});

describe('the address guard in the queue', () => {
  let fixtures: FixtureServer;
  let q: QueueEnv;
  let workers: RunningWorkers;

  afterEach(async () => {
    await Promise.all(workers.all.map((w) => w.close(true)));
    await q.cleanup();
    await fixtures.close();
  });

  test.each([true, false])('a loopback URL with allowPrivateNetworks off fails at once with BLOCKED_ADDRESS, nothing requested (robots %s)', async (respectRobots) => {
    fixtures = await startFixtureServer();
    q = await queueEnv({ ...SETTINGS, allowPrivateNetworks: false, respectRobots }, 'blocked');
    workers = startWorkers(q.runtime);
    const url = `${fixtures.url}/page/intranet-memo`;
    const [submitted] = await submitUrls(q.runtime.articles, q.runtime.store, q.config, [url]);
    const [outcome] = await waitForJobs(q.runtime.articles, [submitted.jobId as string]);
    expect(codeOfFailedReason(outcome.failedReason)).toBe('BLOCKED_ADDRESS');
    expect(fixtures.requests).toEqual([]);
    expect((await q.runtime.store.listFailures()).find((f) => f.url === url)).toMatchObject({ code: 'BLOCKED_ADDRESS', attempts: 1 });
  });
});

describe('throttling without spending attempts', () => {
  let server: ArticleServer;
  let q: QueueEnv;
  let workers: RunningWorkers;

  afterEach(async () => {
    await Promise.all(workers.all.map((w) => w.close(true)));
    await q.cleanup();
    await server.close();
  });

  test('with maxAttempts 1, a 429 then 200 still stores the article: the wait was not an attempt', async () => {
    server = await startArticleServer();
    q = await queueEnv({ maxAttempts: 1 }, 'throttle-once');
    workers = startWorkers(q.runtime);
    const url = `${server.url}/throttle-once/cement-despatches?after=1`;
    const started = Date.now();
    const [submitted] = await submitUrls(q.runtime.articles, q.runtime.store, q.config, [url]);
    const [outcome] = await waitForJobs(q.runtime.articles, [submitted.jobId as string]);
    expect(outcome.state).toBe('completed');
    expect(server.count('/throttle-once/cement-despatches')).toBe(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000); // Retry-After was honoured
    expect(await q.runtime.store.listRecords()).toHaveLength(1);
  });
});
