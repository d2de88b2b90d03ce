import diagnostics from 'node:diagnostics_channel';
import { reextractAll } from '../../src/queue/reextract';
import { startWorkers, type RunningWorkers } from '../../src/queue/start-workers';
import { submitUrls } from '../../src/queue/submit';
import { waitForJobs } from '../../src/queue/wait-for-jobs';
import { startArticleServer, type ArticleServer } from '../support/article-server';
import { queueEnv, type QueueEnv } from '../support/queue-env';

describe('the articles queue with in-process workers', () => {
  let server: ArticleServer;
  let q: QueueEnv;
  let workers: RunningWorkers;

  beforeEach(async () => {
    server = await startArticleServer();
    q = await queueEnv({}, 'pipeline');
    workers = startWorkers(q.runtime);
  });

  afterEach(async () => {
    await Promise.all(workers.all.map((w) => w.close(true)));
    await q.cleanup();
    await server.close();
  });

  async function process(urls: string[], force = false) {
    const submitted = await submitUrls(q.runtime.articles, q.runtime.store, q.config, urls, { force });
    const ids = submitted.filter((s) => s.status === 'queued').map((s) => s.jobId as string);
    return { submitted, outcomes: await waitForJobs(q.runtime.articles, ids) };
  }

  test('the same article submitted twice (tracking parameters, fragment, trailing slash) is one job and one record', async () => {
    const url = `${server.url}/news/ict-exports`;
    const twin = `${server.url}/news/ict-exports/?utm_source=newsletter&fbclid=abc#comments`;
    const { submitted, outcomes } = await process([url, twin]);
    expect(submitted.map((s) => s.status)).toEqual(['queued', 'already-queued']);
    expect(submitted[0].jobId).toBe(submitted[1].jobId);
    expect(outcomes.map((o) => o.state)).toEqual(['completed']);
    expect(server.count('/news/ict-exports')).toBe(1);
    expect(await q.runtime.store.listRecords()).toHaveLength(1);
    expect((await q.runtime.articles.getJobCounts('completed')).completed).toBe(1);
  });

  test('a stored article is skipped on resubmission, and fetched again (still one record) with force', async () => {
    const url = `${server.url}/news/wheat-procurement`;
    await process([url]);
    const again = await process([url]);
    expect(again.submitted[0].status).toBe('stored');
    expect(server.count('/news/wheat-procurement')).toBe(1);

    const forced = await process([url], true);
    expect(forced.submitted[0].status).toBe('queued');
    expect(forced.outcomes[0].state).toBe('completed');
    expect(server.count('/news/wheat-procurement')).toBe(2);
    expect(await q.runtime.store.listRecords()).toHaveLength(1);
  });

  test('a URL whose page names another canonical URL is found stored on resubmission (through its snapshot)', async () => {
    const amp = `${server.url}/amp/cement-despatches`;
    const { outcomes } = await process([amp]);
    const recordId = (outcomes[0].returnValue as { recordId: string }).recordId;
    expect(recordId).not.toBe(outcomes[0].jobId); // keyed by the canonical /news/ URL, not the submitted one
    expect((await q.runtime.store.getRecord(recordId))?.canonicalUrl).toBe(`${server.url}/news/cement-despatches`);

    const again = await process([amp, `${amp}?utm_source=whatsapp`, `${server.url}/news/cement-despatches`]);
    expect(again.submitted.map((s) => s.status)).toEqual(['stored', 'stored', 'stored']);
    expect(server.count('/amp/cement-despatches')).toBe(1);
    expect(server.count('/news/cement-despatches')).toBe(0);
  });

  test('the snapshot is stored with the record: raw bytes, final URL and content hash', async () => {
    const url = `${server.url}/news/remittances`;
    const { submitted } = await process([url]);
    const snapshot = await q.runtime.store.getSnapshot(submitted[0].jobId as string);
    expect(snapshot?.url).toBe(url);
    expect(snapshot?.body.toString('utf8')).toContain('Pakistan Bureau of Statistics');
    expect(snapshot?.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  test('reextract rebuilds a record made by an older extractor from its snapshot, without a single request', async () => {
    const url = `${server.url}/news/textile-exports`;
    const { outcomes } = await process([url]);
    const recordId = (outcomes[0].returnValue as { recordId: string }).recordId;
    const current = await q.runtime.store.getRecord(recordId);
    expect(current).not.toBeNull();
    // What an older extractor could have stored: another title, no figures, an older version.
    await q.runtime.store.putRecord({ ...current!, title: 'Textile exports', figures: [], extractor: { name: 'newsfacts', version: '0.0.1' } });
    const requestsBefore = server.requests.length;
    // Every HTTP request of the fetcher (and of fetch()) goes through undici, which announces it here: a request
    // to any host during re-extraction, not only to this server, would be counted.
    const httpRequests: string[] = [];
    const onRequest = (message: unknown) => httpRequests.push(String((message as { request: { origin: string } }).request.origin));
    diagnostics.subscribe('undici:request:create', onRequest);

    const dry = await reextractAll(q.runtime.store, { dryRun: true });
    expect(dry).toMatchObject({ snapshots: 1, changed: 1, unchanged: 0, failed: 0 });
    expect(dry.outcomes[0]).toMatchObject({ status: 'changed', fields: expect.arrayContaining(['title', 'figures', 'extractor']) });
    expect((await q.runtime.store.getRecord(recordId))?.title).toBe('Textile exports'); // dry run changes nothing

    const real = await reextractAll(q.runtime.store);
    expect(real).toMatchObject({ snapshots: 1, changed: 1 });
    expect(await q.runtime.store.getRecord(recordId)).toEqual(current);
    expect((await reextractAll(q.runtime.store)).unchanged).toBe(1);
    diagnostics.unsubscribe('undici:request:create', onRequest);
    expect(httpRequests).toEqual([]);
    expect(server.requests.length).toBe(requestsBefore);
  });
});
