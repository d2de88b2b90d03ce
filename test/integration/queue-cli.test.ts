import type { ArticleRecord } from '../../src/record';
import { startArticleServer, type ArticleServer } from '../support/article-server';
import { runCli } from '../support/cli';
import { queueEnv, type QueueEnv } from '../support/queue-env';
import { freePort } from '../support/redis';

/** The queue commands as a user runs them: the built CLI, a real Redis, a SQLite file, the local news site. */
// Each command is a fresh node process that loads the project: seconds on an idle machine, far more on a busy one.
const CLI_TEST_TIMEOUT_MS = 240_000;

describe('newsfacts submit, run, reextract and status through the CLI', () => {
  let server: ArticleServer;
  let q: QueueEnv;

  beforeAll(async () => {
    server = await startArticleServer();
    q = await queueEnv({}, 'cli');
  });

  afterAll(async () => {
    await q.cleanup();
    await server.close();
  });

  const records = (stdout: string): ArticleRecord[] =>
    stdout
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as ArticleRecord);

  test('Redis unavailable at start: submit says REDIS_UNAVAILABLE and exits 1 instead of hanging', async () => {
    const redisUrl = `redis://127.0.0.1:${await freePort()}`;
    const result = await runCli(['submit', `${server.url}/news/sugar-exports`], { ...q.env, REDIS_URL: redisUrl });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('REDIS_UNAVAILABLE');
    expect(result.stderr).toContain(redisUrl);
    expect(result.stdout).toBe('');
  }, CLI_TEST_TIMEOUT_MS);

  test('run prints the record; run and submit of a URL whose page names another canonical URL find it stored', async () => {
    const amp = `${server.url}/amp/wheat-arrivals`;
    const first = await runCli(['run', amp], q.env);
    expect(first.code).toBe(0);
    const [record] = records(first.stdout);
    expect(record.canonicalUrl).toBe(`${server.url}/news/wheat-arrivals`);

    const again = await runCli(['run', amp], q.env);
    expect(again.code).toBe(0);
    expect(records(again.stdout)).toEqual([record]); // printed from the store, not fetched again
    const submitted = await runCli(['submit', '--json', `${amp}?utm_source=newsletter`], q.env);
    expect(JSON.parse(submitted.stdout)).toMatchObject({ status: 'stored' });
    expect(server.count('/amp/wheat-arrivals')).toBe(1);
  }, CLI_TEST_TIMEOUT_MS);

  test('reextract --dry-run reports from the snapshots without a request; status counts the completed job', async () => {
    const requestsBefore = server.requests.length;
    const reextract = await runCli(['reextract', '--dry-run', '--json'], q.env);
    expect(reextract.code).toBe(0);
    expect(JSON.parse(reextract.stdout)).toMatchObject({ dryRun: true, failed: 0, changed: 0 });
    expect(server.requests.length).toBe(requestsBefore);

    const status = await runCli(['status', '--json'], q.env);
    expect(status.code).toBe(0);
    const parsed = JSON.parse(status.stdout) as { prefix: string; queues: Array<{ name: string; counts: Record<string, number> }> };
    expect(parsed.prefix).toBe(q.config.queuePrefix);
    expect(parsed.queues.find((x) => x.name === 'articles')?.counts.completed).toBe(1);
  }, CLI_TEST_TIMEOUT_MS);
});
