import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { NewsfactsError } from '../../src/errors';
import type { ArticleRecord, FailureEntry, Span } from '../../src/record';
import { urlKey } from '../../src/crawlers/url';
import { openStore, parseDatabaseUrl } from '../../src/store/open-store';
import type { RecordStore, StoredSnapshot } from '../../src/store/record-store';
import { PostgresBackend, SqliteBackend, raceStoreChildren, silentServer, TEST_DATABASE_URL, type StoreBackend } from '../support/databases';

// ---------------------------------------------------------------------------------------------------------
// A realistic record, written for this test (an economy report with figures, officials, a split quote).

const ARTICLE_URL = 'https://www.econ-wire.example/news/it-exports-april?utm_source=rss';
const CANONICAL_URL = 'https://www.econ-wire.example/news/it-exports-april';

const TEXT = [
  "ISLAMABAD: Pakistan's information technology exports rose 24.3 per cent to $310 million in April 2024, " +
    'compared with $249 million in the same month last year, the State Bank of Pakistan reported.',
  '“Our IT sector can cross $5 billion this fiscal year,” said Asfand Yar Khan, Director General (IT) at the ' +
    'Ministry of Information Technology and Telecommunication. “Freelancers are leading the way.”',
  'He added that freelancers in Lahore and Karachi had earned Rs2.5 trillion since FY2023-24.',
].join('\n\n');

function spanOf(needle: string, from = 0): Span {
  const start = TEXT.indexOf(needle, from);
  if (start < 0) throw new Error(`test text lacks "${needle}"`);
  return { start, end: start + needle.length };
}

function fullRecord(): ArticleRecord {
  return {
    schemaVersion: 1,
    id: urlKey(CANONICAL_URL),
    url: ARTICLE_URL,
    canonicalUrl: CANONICAL_URL,
    fetchedAt: '2024-05-16T09:30:12.000Z',
    title: 'IT exports rise 24.3% to $310 million in April',
    byline: 'Staff Reporter',
    publishedAt: '2024-05-16T08:00:00+05:00',
    modifiedAt: '2024-05-16T11:45:00+05:00',
    siteName: 'Econ Wire',
    language: 'en',
    text: TEXT,
    figures: [
      {
        text: '24.3 per cent',
        span: spanOf('24.3 per cent'),
        kind: 'percent',
        value: 24.3,
        unit: '%',
        qualifier: null,
        metric: 'information technology exports',
        period: '2024-04',
        change: { direction: 'up', by: 24.3, byUnit: '%' },
        rule: 'percent.per-cent',
      },
      {
        text: '$310 million',
        span: spanOf('$310 million'),
        kind: 'money',
        value: 310_000_000,
        unit: 'USD',
        qualifier: null,
        metric: 'information technology exports',
        period: '2024-04',
        change: { direction: 'up', from: 249_000_000 },
        rule: 'money.symbol-scale',
      },
      {
        text: 'Rs2.5 trillion',
        span: spanOf('Rs2.5 trillion'),
        kind: 'money',
        value: 2.5e12,
        unit: 'PKR',
        qualifier: null,
        metric: null,
        period: 'FY2024',
        change: null,
        rule: 'money.rs-scale',
      },
    ],
    dates: [
      { text: 'April 2024', span: spanOf('April 2024'), value: '2024-04', relative: false, rule: 'date.month-year' },
      { text: 'last year', span: spanOf('last year'), value: '2023-04', relative: true, rule: 'date.relative-year' },
      { text: 'FY2023-24', span: spanOf('FY2023-24'), value: 'FY2024', relative: false, rule: 'date.fiscal-year' },
    ],
    people: [
      {
        name: 'Asfand Yar Khan',
        title: 'Director General (IT)',
        organization: 'Ministry of Information Technology and Telecommunication',
        mentions: [spanOf('Asfand Yar Khan'), spanOf('He added')],
      },
    ],
    organizations: [
      { name: 'State Bank of Pakistan', aliases: ['SBP'], mentions: [spanOf('State Bank of Pakistan')] },
      {
        name: 'Ministry of Information Technology and Telecommunication',
        aliases: [],
        mentions: [spanOf('Ministry of Information Technology and Telecommunication')],
      },
    ],
    places: [
      { name: 'Islamabad', mentions: [spanOf('ISLAMABAD')] },
      { name: 'Lahore', mentions: [spanOf('Lahore')] },
      { name: 'Karachi', mentions: [spanOf('Karachi')] },
    ],
    quotes: [
      {
        text: 'Our IT sector can cross $5 billion this fiscal year',
        span: spanOf('Our IT sector can cross $5 billion this fiscal year'),
        kind: 'direct',
        speaker: 'Asfand Yar Khan',
        speakerSpan: spanOf('Asfand Yar Khan'),
        cue: 'said',
        rule: 'quote.direct-curly',
      },
      {
        text: 'freelancers in Lahore and Karachi had earned Rs2.5 trillion since FY2023-24',
        span: spanOf('freelancers in Lahore'),
        kind: 'indirect',
        speaker: 'Asfand Yar Khan',
        speakerSpan: spanOf('He'),
        cue: 'added',
        rule: 'quote.reported-that',
      },
    ],
    warnings: [],
    extractor: { name: 'newsfacts', version: '0.1.0' },
  };
}

/** A small record of another article, for the filters. */
function brief(url: string, publishedAt: string | null, extra: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    ...fullRecord(),
    id: urlKey(url),
    url,
    canonicalUrl: url,
    publishedAt,
    title: `Brief ${url}`,
    text: 'Cotton arrivals fell 12 per cent, the ginners said.',
    figures: [],
    dates: [],
    people: [],
    organizations: [],
    places: [],
    quotes: [],
    ...extra,
  };
}

function snapshotOf(id: string, body: Buffer, fetchedAt = '2024-05-16T09:30:12.000Z'): StoredSnapshot {
  return {
    id,
    url: ARTICLE_URL,
    finalUrl: CANONICAL_URL,
    fetchedAt,
    status: 200,
    headers: { 'content-type': 'text/html; charset=windows-1252', etag: '"a1b2"', 'last-modified': 'Thu, 16 May 2024 04:00:00 GMT' },
    body,
    contentHash: createHash('sha256').update(body).digest('hex'),
  };
}

function failure(url: string, code: string, at: string, attempts = 1): FailureEntry {
  return { url, code, message: `${code} while fetching ${url}`, attempts, at };
}

async function expectCode(promise: Promise<unknown>, code: string): Promise<NewsfactsError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(NewsfactsError);
  expect((err as NewsfactsError).code).toBe(code);
  return err as NewsfactsError;
}

// A page of realistic HTML (repetitive markup is what gzip is for), with a windows-1252 byte that is not UTF-8.
const PAGE = Buffer.concat([
  Buffer.from('<!doctype html><html><head><meta charset="windows-1252"><title>IT exports</title></head><body><article>'),
  Buffer.from(TEXT.split('\n\n').map((p) => `<p class="story-paragraph">${p}</p>`).join('\n').repeat(20)),
  Buffer.from([0x93, 0x50, 0x4b, 0x94]), // “PK” in windows-1252
  Buffer.from('</article></body></html>'),
]);

// ---------------------------------------------------------------------------------------------------------

const BACKENDS: [string, () => StoreBackend][] = [
  ['SQLite', () => new SqliteBackend()],
  ['PostgreSQL', () => new PostgresBackend()],
];

describe.each(BACKENDS)('the %s record store', (_name, makeBackend) => {
  const backend = makeBackend();
  let store: RecordStore;

  beforeAll(async () => {
    await backend.setup();
    store = await backend.open();
    await store.migrate();
  });

  afterAll(async () => {
    await store?.close();
    await backend.teardown();
  });

  describe('migrations', () => {
    test('migrating again is safe and applies each version once', async () => {
      await store.migrate();
      await store.migrate();
      const versions = await backend.appliedMigrations();
      expect(versions).toEqual([...new Set(versions)].sort((a, b) => a - b));
      expect(versions).toContain(1);
    });

    test('four processes migrating a fresh database at once all succeed, and each version is applied once', async () => {
      const fresh = makeBackend();
      await fresh.setup();
      try {
        const answers = await raceStoreChildren([1, 2, 3, 4].map(() => [fresh.databaseUrl, 'migrate']));
        expect(answers).toEqual(['ok', 'ok', 'ok', 'ok']);
        expect(await fresh.appliedMigrations()).toEqual(await backend.appliedMigrations());
      } finally {
        await fresh.teardown();
      }
    });
  });

  describe('records', () => {
    test('a full record comes back equal, field for field', async () => {
      const record = fullRecord();
      await store.putRecord(record);
      expect(await store.getRecord(record.id)).toEqual(record);
      expect(await store.hasRecord(record.id)).toBe(true);
    });

    test('a record reads back as the same JSON text, keys in the order of RECORD.md', async () => {
      const record = fullRecord();
      await store.putRecord(record);
      expect(JSON.stringify(await store.getRecord(record.id))).toBe(JSON.stringify(record));
      const listed = (await store.listRecords()).find((r) => r.id === record.id);
      expect(JSON.stringify(listed)).toBe(JSON.stringify(record));
    });

    test('findRecordId finds a record by its own id, or through the snapshot of the URL it was fetched from', async () => {
      // an AMP link whose page names the desktop article as canonical: the record's id is not the AMP URL's key
      const ampUrl = 'https://m.econ-wire.example/amp/cotton-arrivals?utm_medium=social';
      const canonical = 'https://www.econ-wire.example/news/cotton-arrivals';
      const record = { ...fullRecord(), id: urlKey(canonical), url: ampUrl, canonicalUrl: canonical };
      await store.putRecord(record);
      await store.putSnapshot({ ...snapshotOf(urlKey(ampUrl), PAGE), url: ampUrl, finalUrl: ampUrl });
      expect(urlKey(ampUrl)).not.toBe(record.id);
      expect(await store.findRecordId(urlKey(ampUrl))).toBe(record.id);
      expect(await store.findRecordId(record.id)).toBe(record.id);
      // a snapshot whose extraction failed (no record from its URL) is not a stored article
      const failedUrl = 'https://m.econ-wire.example/amp/garbled-page';
      await store.putSnapshot({ ...snapshotOf(urlKey(failedUrl), Buffer.from('%PDF-1.4')), url: failedUrl, finalUrl: failedUrl });
      expect(await store.findRecordId(urlKey(failedUrl))).toBeNull();
      expect(await store.findRecordId('0'.repeat(32))).toBeNull();
    });

    test('findRecordIds answers a batch of keys at once, as findRecordId would one by one', async () => {
      // one article stored under its own key, one found through its AMP snapshot, one failed fetch, one unknown
      const direct = brief('https://www.rice-desk.example/news/basmati-exports', '2024-05-20');
      const ampUrl = 'https://m.rice-desk.example/amp/paddy-prices?utm_source=whatsapp';
      const viaSnapshot = brief('https://www.rice-desk.example/news/paddy-prices', '2024-05-21', { url: ampUrl });
      const failedUrl = 'https://m.rice-desk.example/amp/broken-page';
      await store.putRecord(direct);
      await store.putRecord(viaSnapshot);
      await store.putSnapshot({ ...snapshotOf(urlKey(ampUrl), PAGE), url: ampUrl, finalUrl: ampUrl });
      await store.putSnapshot({ ...snapshotOf(urlKey(failedUrl), Buffer.from('%PDF-1.4')), url: failedUrl, finalUrl: failedUrl });
      const keys = [urlKey(failedUrl), direct.id, urlKey(ampUrl), '0'.repeat(32), direct.id];
      const found = await store.findRecordIds(keys);
      expect([...found.entries()].sort()).toEqual([[direct.id, direct.id], [urlKey(ampUrl), viaSnapshot.id]].sort());
      for (const key of keys) expect(found.get(key) ?? null).toBe(await store.findRecordId(key));
      expect((await store.findRecordIds([])).size).toBe(0);
    });

    test('findRecordIds takes a batch of hundreds of keys in one call', async () => {
      const keys = Array.from({ length: 500 }, (_, i) => urlKey(`https://bulk.example/story-${i}`));
      const record = brief('https://bulk.example/story-250', '2024-05-22');
      await store.putRecord(record);
      expect([...(await store.findRecordIds(keys)).entries()]).toEqual([[record.id, record.id]]);
    });

    test('an unknown id gives null and hasRecord false', async () => {
      expect(await store.getRecord('0'.repeat(32))).toBeNull();
      expect(await store.hasRecord('0'.repeat(32))).toBe(false);
    });

    test('storing a record again replaces it: one row, the newer extractor version', async () => {
      const record = fullRecord();
      await store.putRecord(record);
      const newer = { ...record, title: 'IT exports up 24.3pc', extractor: { name: 'newsfacts' as const, version: '0.2.0' } };
      await store.putRecord(newer);
      await store.putRecord(newer);
      expect(await backend.countRows('records', { id: record.id })).toBe(1);
      expect(await store.getRecord(record.id)).toEqual(newer);
      await store.putRecord(record);
    });

    test('two processes storing the same id 25 times each at once leave one row', async () => {
      const record = brief('https://race.example/story', '2024-05-01');
      const json = JSON.stringify(record);
      const answers = await raceStoreChildren([
        [backend.databaseUrl, 'put-record', json, '25'],
        [backend.databaseUrl, 'put-record', json, '25'],
      ]);
      expect(answers).toEqual(['ok', 'ok']);
      expect(await backend.countRows('records', { id: record.id })).toBe(1);
      const stored = await store.getRecord(record.id);
      expect(stored?.warnings[0]).toMatch(/^writer \d+ round 24$/);
    });

    test('another process can read all along while one process writes', async () => {
      const record = brief('https://busy.example/story', '2024-05-03');
      await store.putRecord(record);
      const writing = raceStoreChildren([[backend.databaseUrl, 'put-record', JSON.stringify(record), '200']]);
      let finished = false;
      void writing.finally(() => (finished = true)).catch(() => undefined);
      let reads = 0;
      while (!finished) {
        expect(await store.getRecord(record.id)).not.toBeNull();
        expect((await store.listRecords({ site: 'busy.example' })).length).toBe(1);
        reads += 1;
        // SQLite answers synchronously: yield to the event loop so the child's exit can be seen
        await new Promise((resolve) => setImmediate(resolve));
      }
      expect(await writing).toEqual(['ok']);
      expect(reads).toBeGreaterThan(5);
    });

    test('a NUL character in the text is stored without changing its length, so spans still fit', async () => {
      const record = brief('https://nul.example/story', '2024-05-02', { text: 'Broken page\u0000 said 5 per cent.' });
      await store.putRecord(record);
      const stored = await store.getRecord(record.id);
      expect(stored?.text).toHaveLength(record.text.length);
      expect(stored?.text.slice(0, 11)).toBe('Broken page');
    });
  });

  describe('listRecords filters', () => {
    const SITE_A = [
      brief('https://www.dawn-daily.example/a1', '2024-03-01'),
      brief('https://dawn-daily.example/a2', '2024-03-15T10:00:00+05:00'),
      brief('https://DAWN-DAILY.example/a3', '2024-04-02', {
        people: [{ name: 'Muhammad Aurangzeb', title: 'Finance Minister', organization: null, mentions: [] }],
        text: 'Remittances rose, the finance minister said.',
      }),
    ];
    const SITE_B = [
      brief('https://tribune-daily.example/b1', '2024-03-15T05:00:00Z'),
      brief('https://tribune-daily.example/b2', '2024-03-15T00:30:00+05:00', {
        people: [{ name: 'Asfand Yar Khan', title: null, organization: null, mentions: [] }],
        title: 'Software exports climb',
      }),
      brief('https://tribune-daily.example/b3', null),
    ];
    let ids: Record<string, string>;

    beforeAll(async () => {
      const fresh = [...SITE_A, ...SITE_B];
      for (const record of fresh) await store.putRecord(record);
      ids = Object.fromEntries(fresh.map((r) => [r.url!.split('/').pop()!, r.id]));
    });

    const onlyFixtures = (records: ArticleRecord[]) =>
      records.filter((r) => /(dawn|tribune)-daily/i.test(r.url ?? '')).map((r) => r.url!.split('/').pop());

    test('without filters records come newest first, records without a date last', async () => {
      // a2 is 05:00Z and b1 05:00Z at the same instant: the id decides between them
      const [first, second] = [ids.a2, ids.b1].sort();
      const expectedSameInstant = [first, second].map((id) => Object.keys(ids).find((k) => ids[k] === id));
      expect(onlyFixtures(await store.listRecords())).toEqual(['a3', ...expectedSameInstant, 'b2', 'a1', 'b3']);
    });

    test.each([
      ['dawn-daily.example', ['a3', 'a2', 'a1']],
      ['www.dawn-daily.example', ['a3', 'a2', 'a1']],
      ['DAWN-daily.example', ['a3', 'a2', 'a1']],
      ['https://www.dawn-daily.example/any/page', ['a3', 'a2', 'a1']],
      ['tribune-daily.example', ['b1', 'b2', 'b3']],
      ['daily.example', []],
    ])('the site filter "%s" matches the host of the canonical URL with www. ignored', async (site, expected) => {
      expect(onlyFixtures(await store.listRecords({ site }))).toEqual(expected);
    });

    test('since is inclusive, until exclusive, and offsets are compared as instants', async () => {
      // b2 was published at 00:30 in Pakistan, which is still 14 March in UTC
      const march15 = onlyFixtures(await store.listRecords({ since: '2024-03-15', until: '2024-03-16' }));
      expect(march15.sort()).toEqual(['a2', 'b1']);
      expect(onlyFixtures(await store.listRecords({ since: '2024-04-02' }))).toEqual(['a3']);
      expect(onlyFixtures(await store.listRecords({ until: '2024-03-01T00:00:01Z', site: 'dawn-daily.example' }))).toEqual(['a1']);
    });

    test('limit keeps the first records of the order', async () => {
      const all = await store.listRecords();
      const two = await store.listRecords({ limit: 2 });
      expect(two.map((r) => r.id)).toEqual(all.slice(0, 2).map((r) => r.id));
    });

    test.each([
      [{ person: 'khan' }, ['b2']],
      [{ person: 'Aurangzeb' }, ['a3']],
      [{ person: 'Yar Khan', site: 'dawn-daily.example' }, []],
      [{ text: 'software exports' }, ['b2']],
      [{ text: 'REMITTANCES' }, ['a3']],
      [{ text: 'fell 1_ per' }, []],
      [{ text: 'fell 12 per' }, ['a1', 'a2', 'b1', 'b2', 'b3']],
    ])('the person and text filters %j find %j', async (filter, expected) => {
      expect(onlyFixtures(await store.listRecords(filter)).sort()).toEqual(expected);
    });

    test('a date filter that is not a date is refused with INVALID_INPUT', async () => {
      await expectCode(store.listRecords({ since: 'last Tuesday' }), 'INVALID_INPUT');
    });
  });

  describe('snapshots', () => {
    test('a snapshot comes back byte for byte, with headers, final URL, time, status and hash', async () => {
      const snapshot = snapshotOf('snap-page', PAGE);
      await store.putSnapshot(snapshot);
      const stored = await store.getSnapshot('snap-page');
      expect(stored).toEqual(snapshot);
      expect(stored!.body.equals(PAGE)).toBe(true);
    });

    test('the body is stored gzip-compressed, smaller than the page', async () => {
      await store.putSnapshot(snapshotOf('snap-page', PAGE));
      const raw = await backend.rawSnapshotBody('snap-page');
      expect(raw.subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
      expect(raw.length).toBeLessThan(PAGE.length / 4);
      expect(gunzipSync(raw).equals(PAGE)).toBe(true);
    });

    test('an empty body and binary bytes survive the round trip', async () => {
      const binary = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 151) % 256));
      await store.putSnapshot(snapshotOf('snap-empty', Buffer.alloc(0)));
      await store.putSnapshot(snapshotOf('snap-binary', binary));
      expect((await store.getSnapshot('snap-empty'))!.body).toHaveLength(0);
      expect((await store.getSnapshot('snap-binary'))!.body.equals(binary)).toBe(true);
    });

    test('storing a snapshot again replaces it (one row) and an unknown id gives null', async () => {
      await store.putSnapshot(snapshotOf('snap-again', Buffer.from('<p>first fetch</p>')));
      await store.putSnapshot(snapshotOf('snap-again', Buffer.from('<p>second fetch</p>'), '2024-05-17T00:00:00.000Z'));
      expect(await backend.countRows('snapshots', { id: 'snap-again' })).toBe(1);
      expect((await store.getSnapshot('snap-again'))!.body.toString()).toBe('<p>second fetch</p>');
      expect(await store.getSnapshot('snap-none')).toBeNull();
    });

    test('listSnapshotIds gives the snapshots fetched on or after a time, oldest first', async () => {
      await store.putSnapshot(snapshotOf('snap-old', Buffer.from('old'), '2023-01-01T00:00:00.000Z'));
      await store.putSnapshot(snapshotOf('snap-new', Buffer.from('new'), '2030-01-01T00:00:00.000Z'));
      const all = await store.listSnapshotIds();
      expect(all[0]).toBe('snap-old');
      expect(all[all.length - 1]).toBe('snap-new');
      expect(all).toEqual(expect.arrayContaining(['snap-page', 'snap-again']));
      expect(await store.listSnapshotIds('2029-12-31')).toEqual(['snap-new']);
    });
  });

  describe('failures', () => {
    const URL_A = 'https://failing.example/story-a';
    const URL_B = 'https://failing.example/story-b';

    test('a later failure of the same URL replaces the earlier one', async () => {
      await store.putFailure(failure(URL_A, 'HTTP_5XX', '2024-05-16T10:00:00.000Z', 1));
      await store.putFailure(failure(URL_A, 'FETCH_TIMEOUT', '2024-05-16T10:05:00.000Z', 4));
      expect(await backend.countRows('failures', { url: URL_A })).toBe(1);
      const listed = (await store.listFailures()).filter((f) => f.url === URL_A);
      expect(listed).toEqual([failure(URL_A, 'FETCH_TIMEOUT', '2024-05-16T10:05:00.000Z', 4)]);
    });

    test('failures are listed newest first, and limit cuts the list', async () => {
      await store.putFailure(failure(URL_B, 'HTTP_404', '2024-05-16T11:00:00.000Z'));
      await store.putFailure(failure('not a url at all', 'INVALID_URL', '2024-05-16T09:00:00.000Z'));
      const listed = await store.listFailures();
      expect(listed.map((f) => f.url)).toEqual([URL_B, URL_A, 'not a url at all']);
      expect(await store.listFailures(1)).toEqual([listed[0]]);
    });

    test('storing a record for the URL clears its failure, and only its', async () => {
      // submitted with a tracking parameter and a fragment: the same article key
      await store.putFailure(failure(`${URL_A}?utm_medium=social#top`, 'HTTP_5XX', '2024-05-16T10:06:00.000Z'));
      await store.putRecord(brief(URL_A, '2024-05-16'));
      const left = (await store.listFailures()).map((f) => f.url);
      expect(left).toEqual([URL_B, 'not a url at all']);
    });

    test('a record whose canonical URL differs from the submitted one clears the submitted URL too', async () => {
      const submitted = 'https://failing.example/amp/story-c';
      await store.putFailure(failure(submitted, 'HTTP_5XX', '2024-05-16T12:00:00.000Z'));
      await store.putRecord(brief('https://failing.example/story-c', '2024-05-16', { url: submitted }));
      expect((await store.listFailures()).map((f) => f.url)).not.toContain(submitted);
    });
  });

  test('a store that cannot be reached fails with STORE_UNAVAILABLE within a few seconds', async () => {
    const started = Date.now();
    const url = await backend.unreachableUrl();
    const err = await expectCode(openStore(url, { connectTimeoutMs: 2000 }), 'STORE_UNAVAILABLE');
    expect(Date.now() - started).toBeLessThan(5000);
    expect(err.message).not.toMatch(/undefined/);
  });
});

// ---------------------------------------------------------------------------------------------------------

describe('the SQLite store file', () => {
  const backend = new SqliteBackend();
  let store: RecordStore;

  beforeAll(async () => {
    await backend.setup();
    store = await backend.open();
    await store.migrate();
  });

  afterAll(async () => {
    await store.close();
    await backend.teardown();
  });

  test('is created with its folder and is in WAL mode, seen from another connection', async () => {
    await store.putRecord(fullRecord());
    expect(existsSync(backend.path)).toBe(true);
    expect(existsSync(`${backend.path}-wal`)).toBe(true);
    expect(backend.withRaw((db) => db.pragma('journal_mode', { simple: true }))).toBe('wal');
  });

  test('can be read while another connection holds the write lock', async () => {
    const writer = new Database(backend.path);
    try {
      writer.exec('BEGIN IMMEDIATE');
      writer.prepare("UPDATE records SET updated_at = 'x'").run();
      expect((await store.listRecords()).length).toBeGreaterThan(0);
    } finally {
      writer.exec('ROLLBACK');
      writer.close();
    }
  });

  test('a write that waits longer than busy_timeout for the lock fails with STORE_UNAVAILABLE', async () => {
    const impatient = await backend.open({ busyTimeoutMs: 200 });
    const writer = new Database(backend.path);
    try {
      writer.exec('BEGIN IMMEDIATE');
      const started = Date.now();
      await expectCode(impatient.putRecord(fullRecord()), 'STORE_UNAVAILABLE');
      expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    } finally {
      writer.exec('ROLLBACK');
      writer.close();
      await impatient.close();
    }
  });

  test('sqlite::memory: opens a private store in memory', async () => {
    const memory = await openStore('sqlite::memory:');
    try {
      await memory.migrate();
      await memory.putRecord(fullRecord());
      expect(await memory.hasRecord(fullRecord().id)).toBe(true);
    } finally {
      await memory.close();
    }
  });
});

describe('the PostgreSQL connection', () => {
  test('a server that accepts but never answers gives STORE_UNAVAILABLE after the connect time-out, not a hang', async () => {
    const silent = await silentServer();
    try {
      const started = Date.now();
      const err = await expectCode(openStore(`postgres://postgres@127.0.0.1:${silent.port}/test`, { connectTimeoutMs: 500 }), 'STORE_UNAVAILABLE');
      expect(Date.now() - started).toBeLessThan(3000);
      expect(err.message).toContain(`127.0.0.1:${silent.port}/test`);
    } finally {
      await silent.close();
    }
  });

  test('an unknown database gives STORE_UNAVAILABLE naming it, without the password', async () => {
    const url = new URL(TEST_DATABASE_URL);
    url.pathname = '/nf_no_such_database';
    url.password = 'secret-word';
    const err = await expectCode(openStore(url.toString()), 'STORE_UNAVAILABLE');
    expect(err.message).toContain('nf_no_such_database');
    expect(err.message).not.toContain('secret-word');
  });

  test('a schema name that is not a plain name is refused with CONFIG_INVALID', async () => {
    await expectCode(openStore(TEST_DATABASE_URL, { schema: 'x; DROP TABLE records' }), 'CONFIG_INVALID');
  });
});

describe('choosing a store by DATABASE_URL', () => {
  test.each([
    ['sqlite:./data/newsfacts.db', { kind: 'sqlite', path: `${process.cwd()}/data/newsfacts.db` }],
    ['sqlite:/var/lib/newsfacts/records.db', { kind: 'sqlite', path: '/var/lib/newsfacts/records.db' }],
    ['sqlite:///var/lib/newsfacts/records.db', { kind: 'sqlite', path: '/var/lib/newsfacts/records.db' }],
    ['sqlite::memory:', { kind: 'sqlite', path: ':memory:' }],
    ['postgres://news:pw@db.internal:5432/newsfacts', { kind: 'postgres', url: 'postgres://news:pw@db.internal:5432/newsfacts', schema: undefined }],
    ['postgresql://db.internal/newsfacts?schema=staging', { kind: 'postgres', url: 'postgresql://db.internal/newsfacts', schema: 'staging' }],
  ])('"%s" opens %j', (databaseUrl, expected) => {
    expect(parseDatabaseUrl(databaseUrl)).toEqual(expected);
  });

  test.each(['mysql://db/newsfacts', 'sqlite:', './data/newsfacts.db', 'postgres://db.internal:port/newsfacts', ''])('"%s" is refused with CONFIG_INVALID', async (databaseUrl) => {
    await expectCode(openStore(databaseUrl), 'CONFIG_INVALID');
  });
});
