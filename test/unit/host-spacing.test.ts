import { Redis } from 'ioredis';
import { loadConfig } from '../../src/config';
import { closeFetcherAgents, fetchPage } from '../../src/crawlers/fetcher';
import { HostSpacing } from '../../src/crawlers/host-spacing';
import { RobotsCache } from '../../src/crawlers/robots';
import { createPoliteness } from '../../src/queue/redis-politeness';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { TEST_REDIS_URL, deleteKeys, uniquePrefix } from '../support/redis';

// Real Redis: the spacing's point is what it shares through Redis between processes (two HostSpacing objects on
// two connections stand for two workers here).
let redis: Redis;
let other: Redis;
let prefix: string;
let server: FixtureServer | undefined;

const DELAY_MS = 150;
const LEASE = { leaseMs: 10_000 };
const settled = async <T>(promise: Promise<T>, withinMs: number): Promise<boolean> =>
  Promise.race([promise.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), withinMs))]);

beforeAll(() => {
  redis = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: 1 });
  other = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: 1 });
});
beforeEach(() => {
  prefix = uniquePrefix('spacing');
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  await deleteKeys(TEST_REDIS_URL, prefix);
});
afterAll(async () => {
  redis.disconnect();
  other.disconnect();
  await closeFetcherAgents();
});

describe('HostSpacing: one turn per host at a time, the delay counted from when the turn is given back', () => {
  test('a second worker waits while the first holds the turn, then a full delay after it is given back', async () => {
    const first = new HostSpacing(redis, prefix);
    const second = new HostSpacing(other, prefix);
    const release = await first.hold('news.example.pk', DELAY_MS, LEASE);
    const waiting = second.hold('news.example.pk', DELAY_MS, LEASE);
    // the first request is "slow to answer": longer than the delay, and the second must still wait
    expect(await settled(waiting, DELAY_MS * 2)).toBe(false);
    const givenBackAt = Date.now();
    await release();
    await waiting;
    // Redis's clock and ours are the same machine's; its milliseconds are floored, hence the 1 ms
    expect(Date.now() - givenBackAt).toBeGreaterThanOrEqual(DELAY_MS - 1);
  });

  test('another host is not held up', async () => {
    const spacing = new HostSpacing(redis, prefix);
    await spacing.hold('news.example.pk', DELAY_MS, LEASE);
    expect(await settled(new HostSpacing(other, prefix).hold('wire.example.com', DELAY_MS, LEASE), 100)).toBe(true);
  });

  test('a turn never given back (its worker was killed) lapses after leaseMs', async () => {
    const spacing = new HostSpacing(redis, prefix);
    await spacing.hold('news.example.pk', DELAY_MS, { leaseMs: 300 });
    const started = Date.now();
    await new HostSpacing(other, prefix).hold('news.example.pk', DELAY_MS, LEASE);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  test('a delay of 0 turns spacing off and writes nothing to Redis', async () => {
    const spacing = new HostSpacing(redis, prefix);
    await spacing.hold('news.example.pk', 0, LEASE);
    await spacing.hold('news.example.pk', 0, LEASE);
    expect(await redis.keys(`${prefix}:*`)).toEqual([]);
  });

  test('a wait is cancelled by the abort signal (a worker shutting down)', async () => {
    const spacing = new HostSpacing(redis, prefix);
    await spacing.hold('news.example.pk', 5_000, LEASE);
    const controller = new AbortController();
    const waiting = new HostSpacing(other, prefix).hold('news.example.pk', 5_000, { ...LEASE, signal: controller.signal });
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('the politeness gate on real requests', () => {
  const configFor = () => ({ ...loadConfig({}, {}), allowPrivateNetworks: true, hostDelayMs: DELAY_MS, queuePrefix: prefix });

  test('robots.txt takes a turn: the page after it arrives a full delay later', async () => {
    server = await startFixtureServer();
    const politeness = createPoliteness(redis, configFor());
    const url = `${server.url}/page/tariff-notice`;
    const gate = await politeness.beforeFetch(url);
    await fetchPage(url, configFor(), { gate });
    expect(server.requests.map((r) => r.path)).toEqual(['/robots.txt', '/page/tariff-notice']);
    const [robots, page] = server.requests.map((r) => r.at);
    expect(page - robots).toBeGreaterThanOrEqual(DELAY_MS);
  });

  test('every redirect hop waits for its turn', async () => {
    server = await startFixtureServer();
    const config = configFor();
    const spacing = new HostSpacing(redis, prefix);
    const gate = (hop: URL) => spacing.hold(hop.host, DELAY_MS, LEASE);
    await fetchPage(`${server.url}/redirect-chain/2`, config, { gate });
    const times = server.requests.map((r) => r.at);
    expect(times).toHaveLength(3);
    for (let i = 1; i < times.length; i += 1) expect(times[i] - times[i - 1]).toBeGreaterThanOrEqual(DELAY_MS);
  });

  test('a robots cache given a gate fetches robots.txt through it', async () => {
    server = await startFixtureServer();
    const seen: string[] = [];
    const cache = new RobotsCache(redis, configFor(), {
      gate: async (url) => {
        seen.push(url.pathname);
        return async () => undefined;
      },
    });
    await cache.check(`${server.url}/page/a`);
    expect(seen).toEqual(['/robots.txt']);
  });
});
