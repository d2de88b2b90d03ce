import { loadConfig } from '../../src/config';
import { closeFetcherAgents, fetchPage, type FetchConfig } from '../../src/crawlers/fetcher';
import { processSnapshot } from '../../src/pipeline';
import { startFixtureServer, WINDOWS_1252_TEXT, type FixtureServer } from '../support/fixture-server';

let server: FixtureServer;
const config: FetchConfig = { ...loadConfig({}, {}), allowPrivateNetworks: true, headersTimeoutMs: 800, bodyTimeoutMs: 1200, maxBodyBytes: 5 * 1024 * 1024 };

beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await closeFetcherAgents();
  await server.close();
});

describe('fetchPage fault routes', () => {
  test.each([
    ['/status/404', 'HTTP_404'],
    ['/status/410', 'HTTP_410'],
    ['/status/403', 'HTTP_4XX'],
    ['/status/500', 'HTTP_5XX'],
    ['/throttle', 'HTTP_429'],
    ['/unavailable', 'HTTP_503'],
    ['/unavailable?after=none', 'HTTP_5XX'],
    ['/redirect-loop', 'TOO_MANY_REDIRECTS'],
    ['/redirect-chain/6', 'TOO_MANY_REDIRECTS'],
    ['/never-ends', 'FETCH_TIMEOUT'],
    ['/slow-headers', 'FETCH_TIMEOUT'],
    ['/huge', 'BODY_TOO_LARGE'],
    ['/huge?length=none', 'BODY_TOO_LARGE'],
    ['/pdf', 'NOT_HTML'],
    ['/json', 'NOT_HTML'],
    ['/no-content-type?kind=pdf', 'NOT_HTML'],
    ['/reset', 'NETWORK_ERROR'],
  ])('%s fails with %s', async (path, code) => {
    await expect(fetchPage(`${server.url}${path}`, config)).rejects.toMatchObject({ code });
  });

  test.each([
    ['/throttle', 2000],
    ['/unavailable', 3000],
  ])('%s carries Retry-After as retryAfterMs', async (path, ms) => {
    await expect(fetchPage(`${server.url}${path}`, config)).rejects.toMatchObject({ retryAfterMs: ms });
  });

  test('a refused port is NETWORK_ERROR and a bad URL INVALID_URL', async () => {
    await expect(fetchPage('http://127.0.0.1:1/', config)).rejects.toMatchObject({ code: 'NETWORK_ERROR' });
    await expect(fetchPage('ftp://example.pk/a', config)).rejects.toMatchObject({ code: 'INVALID_URL' });
  });

  test('without allowPrivateNetworks, localhost and 127.0.0.1 are BLOCKED_ADDRESS and never contacted', async () => {
    const before = server.requests.length;
    const port = new URL(server.url).port;
    await expect(fetchPage(`http://localhost:${port}/page`, { ...config, allowPrivateNetworks: false })).rejects.toMatchObject({ code: 'BLOCKED_ADDRESS' });
    await expect(fetchPage(`${server.url}/page`, { ...config, allowPrivateNetworks: false })).rejects.toMatchObject({ code: 'BLOCKED_ADDRESS' });
    expect(server.requests.length).toBe(before);
  });

  test('a redirect hop to a blocked address is refused (BLOCKED_ADDRESS)', async () => {
    const port = new URL(server.url).port;
    const target = encodeURIComponent(`http://127.0.0.2:${port}/page`);
    const onlyDotTwo = (address: string) => address === '127.0.0.2';
    // allowPrivateNetworks off, with a policy that blocks only 127.0.0.2, so the first hop (127.0.0.1) passes
    await expect(fetchPage(`${server.url}/redirect-to?url=${target}`, { ...config, allowPrivateNetworks: false }, { addressPolicy: onlyDotTwo })).rejects.toMatchObject({ code: 'BLOCKED_ADDRESS' });
  });
});

describe('fetchPage successes', () => {
  test('follows redirects and keeps the final URL', async () => {
    const snapshot = await fetchPage(`${server.url}/redirect-chain/3`, config);
    expect(snapshot.status).toBe(200);
    expect(snapshot.url).toBe(`${server.url}/redirect-chain/3`);
    expect(snapshot.finalUrl).toBe(`${server.url}/redirect-chain/0`);
  });

  test.each([['/gzip'], ['/deflate'], ['/br'], ['/no-content-type']])('%s is decoded to the page bytes', async (path) => {
    const snapshot = await fetchPage(`${server.url}${path}`, config);
    expect(snapshot.body.toString('utf8')).toContain('IT exports rise 24 per cent');
    expect(snapshot.headers['content-encoding']).toBeUndefined();
  });

  test('sends config.userAgent, lower-cases headers and stamps fetchedAt', async () => {
    const snapshot = await fetchPage(`${server.url}/page/ua`, { ...config, userAgent: 'newsfacts-test/1.0' });
    expect(server.requests.find((r) => r.path === '/page/ua')?.userAgent).toBe('newsfacts-test/1.0');
    expect(snapshot.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(new Date(snapshot.fetchedAt!).toISOString()).toBe(snapshot.fetchedAt);
  });

  test('a windows-1252 page comes out of processSnapshot with its curly quotes and accents', async () => {
    const record = processSnapshot(await fetchPage(`${server.url}/windows-1252`, config));
    expect(record.text).toContain(WINDOWS_1252_TEXT.sentence);
  });
});
