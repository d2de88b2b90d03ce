import { Redis } from 'ioredis';
import { loadConfig } from '../../src/config';
import { closeFetcherAgents } from '../../src/crawlers/fetcher';
import { MAX_CRAWL_DELAY_MS, RobotsCache, type RobotsConfig } from '../../src/crawlers/robots';
import { NewsfactsError } from '../../src/errors';
import { startFixtureServer, type FixtureServer, type FixtureServerOptions } from '../support/fixture-server';
import { TEST_REDIS_URL, deleteKeys, uniquePrefix } from '../support/redis';

// Real Redis and a real local server: the cache's point is what it shares through Redis.
let redis: Redis;
let prefix: string;
const servers: FixtureServer[] = [];

const configFor = (overrides: Partial<RobotsConfig> = {}): RobotsConfig => ({
  ...loadConfig({}, {}),
  allowPrivateNetworks: true,
  headersTimeoutMs: 400,
  bodyTimeoutMs: 1000,
  queuePrefix: prefix,
  ...overrides,
});

async function server(options: FixtureServerOptions = {}): Promise<FixtureServer> {
  const started = await startFixtureServer(options);
  servers.push(started);
  return started;
}

const robotsFetches = (s: FixtureServer): number => s.requests.filter((r) => r.path === '/robots.txt').length;

beforeAll(() => {
  redis = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: 1 });
});
beforeEach(() => {
  prefix = uniquePrefix('robots');
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
  await deleteKeys(TEST_REDIS_URL, prefix);
});
afterAll(async () => {
  redis.disconnect();
  await closeFetcherAgents();
});

describe('RobotsCache.check', () => {
  test.each([
    ['allows a path our group does not disallow', 'User-agent: newsfacts\nDisallow: /private/\n', '/news/exports', true, null],
    ['disallows a path under our group\'s Disallow', 'User-agent: newsfacts\nDisallow: /private/\n', '/private/budget', false, null],
    ['applies the * group when none names us', 'User-agent: *\nDisallow: /\n', '/news/exports', false, null],
    ['ignores a group written for another crawler', 'User-agent: GPTBot\nDisallow: /\n', '/news/exports', true, null],
    ['prefers our group over the * group', 'User-agent: *\nDisallow: /\n\nUser-agent: newsfacts\nAllow: /\n', '/news/exports', true, null],
    ['honours a longer Allow inside a disallowed folder', 'User-agent: *\nDisallow: /news/\nAllow: /news/business/\n', '/news/business/x', true, null],
    ['reads our Crawl-delay in milliseconds', 'User-agent: newsfacts\nCrawl-delay: 2\n', '/a', true, 2000],
    ['reads a fractional Crawl-delay', 'User-agent: *\nCrawl-delay: 0.5\n', '/a', true, 500],
    ['caps an absurd Crawl-delay', 'User-agent: *\nCrawl-delay: 3600\n', '/a', true, MAX_CRAWL_DELAY_MS],
    ['treats an empty robots.txt as allow-all', '', '/private/x', true, null],
  ])('%s', async (_name, body, path, allowed, crawlDelayMs) => {
    const s = await server({ robots: { body } });
    const verdict = await new RobotsCache(redis, configFor()).check(`${s.url}${path}`);
    expect(verdict).toEqual({ allowed, crawlDelayMs });
  });

  test.each([
    ['a 500', { status: 500 }, 'HTTP_5XX'],
    ['a 503', { status: 503 }, 'HTTP_5XX'],
    ['a time-out', { delayMs: 2000 }, 'FETCH_TIMEOUT'],
    ['an HTML page served as robots.txt', { body: '<!doctype html><html><body>Welcome</body></html>', contentType: 'text/html' }, 'not a robots.txt'],
    ['binary garbage', { body: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]) }, 'not a robots.txt'],
  ])('allows everything with a warning when robots.txt is %s', async (_name, robots, warningPart) => {
    const s = await server({ robots });
    const verdict = await new RobotsCache(redis, configFor()).check(`${s.url}/private/x`);
    expect(verdict.allowed).toBe(true);
    expect(verdict.warning).toContain(warningPart);
  });

  test.each([[404], [410], [403], [401]])('treats a %i robots.txt as "no rules" without a warning', async (status) => {
    const s = await server({ robots: { status } });
    expect(await new RobotsCache(redis, configFor()).check(`${s.url}/private/x`)).toEqual({ allowed: true, crawlDelayMs: null });
  });

  test('fetches robots.txt once per origin and serves later checks from the process cache', async () => {
    const s = await server();
    const cache = new RobotsCache(redis, configFor());
    const verdicts = await Promise.all(['/a', '/b', '/private/c', '/d'].map((p) => cache.check(`${s.url}${p}`)));
    expect(verdicts.map((v) => v.allowed)).toEqual([true, true, false, true]);
    expect(await cache.check(`${s.url}/private/e`)).toMatchObject({ allowed: false });
    expect(robotsFetches(s)).toBe(1);
  });

  test('shares the robots.txt through Redis: a second cache (another worker) does not fetch it again', async () => {
    const s = await server();
    await new RobotsCache(redis, configFor()).check(`${s.url}/a`);
    const otherWorker = new RobotsCache(redis, configFor());
    expect(await otherWorker.check(`${s.url}/private/x`)).toMatchObject({ allowed: false });
    expect(robotsFetches(s)).toBe(1);
  });

  test('stores the body under the queue prefix with a TTL, shorter for an unreadable robots.txt', async () => {
    const good = await server();
    const bad = await server({ robots: { status: 500 } });
    const cache = new RobotsCache(redis, configFor(), { ttlMs: 60_000, unreadableTtlMs: 5_000 });
    await cache.check(`${good.url}/a`);
    await cache.check(`${bad.url}/a`);
    const goodTtl = await redis.pttl(cache.key(good.url));
    const badTtl = await redis.pttl(cache.key(bad.url));
    expect(cache.key(good.url).startsWith(`${prefix}:robots:`)).toBe(true);
    expect(JSON.parse((await redis.get(cache.key(good.url))) ?? '{}')).toMatchObject({ kind: 'rules', body: expect.stringContaining('Disallow: /private/') });
    expect(goodTtl).toBeGreaterThan(50_000);
    expect(badTtl).toBeGreaterThan(0);
    expect(badTtl).toBeLessThanOrEqual(5_000);
  });

  test('refuses to fetch robots.txt from a loopback address without allowPrivateNetworks (BLOCKED_ADDRESS, not allow-all)', async () => {
    const s = await server();
    const check = new RobotsCache(redis, configFor({ allowPrivateNetworks: false })).check(`${s.url}/a`);
    await expect(check).rejects.toBeInstanceOf(NewsfactsError);
    await expect(check).rejects.toMatchObject({ code: 'BLOCKED_ADDRESS' });
    expect(robotsFetches(s)).toBe(0);
  });

  test('sends our User-Agent when fetching robots.txt', async () => {
    const s = await server();
    await new RobotsCache(redis, configFor({ userAgent: 'newsfacts/9.9 (+test)' })).check(`${s.url}/a`);
    expect(s.requests[0].userAgent).toBe('newsfacts/9.9 (+test)');
  });
});
