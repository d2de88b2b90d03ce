import { Redis } from 'ioredis';
import { loadConfig } from '../../src/config';
import { closeFetcherAgents } from '../../src/crawlers/fetcher';
import { RobotsCache, type RobotsConfig } from '../../src/crawlers/robots';
import { startFixtureServer, type FixtureServer, type FixtureServerOptions } from '../support/fixture-server';
import { TEST_REDIS_URL, deleteKeys, uniquePrefix } from '../support/redis';

// Two RobotsCache objects on two Redis connections stand for two worker processes meeting a new site together.
let first: Redis;
let second: Redis;
let prefix: string;
let server: FixtureServer | undefined;

const configFor = (overrides: Partial<RobotsConfig> = {}): RobotsConfig => ({
  ...loadConfig({}, {}),
  allowPrivateNetworks: true,
  headersTimeoutMs: 2000,
  bodyTimeoutMs: 2000,
  queuePrefix: prefix,
  ...overrides,
});

async function start(options: FixtureServerOptions): Promise<FixtureServer> {
  server = await startFixtureServer(options);
  return server;
}

const robotsFetches = (s: FixtureServer): number => s.requests.filter((r) => r.path === '/robots.txt').length;

beforeAll(() => {
  first = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: 1 });
  second = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: 1 });
});
beforeEach(() => {
  prefix = uniquePrefix('robots-once');
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  await deleteKeys(TEST_REDIS_URL, prefix);
});
afterAll(async () => {
  first.disconnect();
  second.disconnect();
  await closeFetcherAgents();
});

describe('robots.txt is downloaded once across workers that meet a site together', () => {
  test('two workers checking at once: one download, both get its rules, no lock left behind', async () => {
    // a slow robots.txt, so the second check starts while the first download is still under way
    const s = await start({ robots: { delayMs: 300 } });
    const [a, b] = await Promise.all([
      new RobotsCache(first, configFor()).check(`${s.url}/private/pay-scales`),
      new RobotsCache(second, configFor()).check(`${s.url}/news/budget`),
    ]);
    expect(a.allowed).toBe(false);
    expect(b.allowed).toBe(true);
    expect(robotsFetches(s)).toBe(1);
    expect(await first.keys(`${prefix}:robots:*:fetching`)).toEqual([]);
  });

  test('a robots.txt that cannot be read is shared the same way (allowed, with its warning)', async () => {
    const s = await start({ robots: { status: 503, delayMs: 300 } });
    const verdicts = await Promise.all([first, second].map((redis) => new RobotsCache(redis, configFor()).check(`${s.url}/news/a`)));
    expect(verdicts.map((v) => v.allowed)).toEqual([true, true]);
    expect(verdicts.every((v) => /could not be read/.test(v.warning ?? ''))).toBe(true);
    expect(robotsFetches(s)).toBe(1);
  });

  test('when the download fails with an error that is not shared, the waiting worker tries itself instead of hanging', async () => {
    const s = await start({});
    const blocked = configFor({ allowPrivateNetworks: false });
    const checks = [first, second].map((redis) => new RobotsCache(redis, blocked).check(`${s.url}/news/a`));
    for (const check of checks) await expect(check).rejects.toMatchObject({ code: 'BLOCKED_ADDRESS' });
    expect(robotsFetches(s)).toBe(0);
  });
});
