import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { CLI, runCli } from '../support/cli';
import { startFixtureServer, WINDOWS_1252_TEXT, type FixtureServer } from '../support/fixture-server';
import { RECORD_KEYS } from '../support/record-keys';

/**
 * `newsfacts extract` as a user meets it (issue 2's acceptance): each failure mode of a URL input through the
 * built command against the local fixture server, with its exit status, its code on stderr and, in --batch, its
 * {"id","error"} line among the records of the other lines; the output options; a file with a wrong charset.
 */
let server: FixtureServer;
const dir = mkdtempSync(join(tmpdir(), 'newsfacts-extract-failures-'));

// Short time-outs so the never-ending page fails in a second; private networks allowed for 127.0.0.1.
const LOCAL = {
  NEWSFACTS_ALLOW_PRIVATE_NETWORKS: 'true',
  NEWSFACTS_HEADERS_TIMEOUT_MS: '1500',
  NEWSFACTS_BODY_TIMEOUT_MS: '1500',
};

// Written for this test: a windows-1252 page labelled only by its <meta charset>, as saved from an older CMS.
const CP1252_SENTENCE = 'The café owners’ association said exports rose 8 per cent – “a fair year”, according to its chair Renée Dubois.';
const cp1252Html = iconv.encode(
  `<!doctype html><html lang="en"><head><meta charset="windows-1252"><title>Café exports – a fair year</title></head>
<body><article><h1>Café exports – a fair year</h1><p>${CP1252_SENTENCE}</p>
<p>The association expects orders from Europe to hold steady through the winter, she told reporters in Lahore.</p></article></body></html>`,
  'windows-1252',
);
writeFileSync(join(dir, 'cafe-1252.html.gz'), gzipSync(cp1252Html));
writeFileSync(
  join(dir, 'budget.html'),
  `<!doctype html><html lang="en"><head><title>Budget deficit narrows</title>
<meta property="article:published_time" content="2024-05-02T08:00:00+05:00"></head><body><article><h1>Budget deficit narrows</h1>
<p>The federal budget deficit narrowed to 3.7 per cent of GDP in the first nine months of the fiscal year, the finance ministry said.</p>
<p>"Revenue collection has improved," Finance Secretary Imdad Ullah Bosal said on Thursday.</p></article></body></html>`,
);

beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const FAILURES: Array<[string, string, string]> = [
  ['a page whose body never ends', '/never-ends', 'FETCH_TIMEOUT'],
  ['headers that come too late', '/slow-headers?ms=4000', 'FETCH_TIMEOUT'],
  ['a 404', '/status/404', 'HTTP_404'],
  ['a redirect loop', '/redirect-loop', 'TOO_MANY_REDIRECTS'],
  ['six redirects', '/redirect-chain/6', 'TOO_MANY_REDIRECTS'],
  ['a 50 MB body', '/huge', 'BODY_TOO_LARGE'],
  ['a PDF', '/pdf', 'NOT_HTML'],
  ['a connection reset', '/reset', 'NETWORK_ERROR'],
];

describe('newsfacts extract <url>: each failure mode through the command', () => {
  test.each(FAILURES)('%s (%s) exits 1 with %s on stderr and nothing on stdout', async (_what, path, code) => {
    const url = `${server.url}${path}`;
    const result = await runCli(['extract', url], LOCAL);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`newsfacts: ${code}: ${url}: `);
    expect(result.stdout).toBe('');
  });

  test('without allowPrivateNetworks a local URL is BLOCKED_ADDRESS and the server is never asked', async () => {
    const before = server.requests.length;
    const result = await runCli(['extract', `${server.url}/page`], { NEWSFACTS_ALLOW_PRIVATE_NETWORKS: 'false' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('newsfacts: BLOCKED_ADDRESS: ');
    expect(server.requests.length).toBe(before);
  });
});

describe('newsfacts extract <url>: pages that work', () => {
  test('--allow-private-networks fetches a local page; a wrong or missing charset label still gives the right text', async () => {
    // /windows-1252?label=iso-8859-1: the header names latin1 for windows-1252 bytes (curly quotes, euro sign);
    // ?label=meta: no charset in the header, only a <meta charset>.
    const inputs = [`${server.url}/page`, `${server.url}/windows-1252?label=iso-8859-1`, `${server.url}/windows-1252?label=meta`];
    const result = await runCli(['extract', '--allow-private-networks', ...inputs], { NEWSFACTS_ALLOW_PRIVATE_NETWORKS: 'false' });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const records = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(records.map((r) => r.url)).toEqual(inputs);
    expect(Object.keys(records[0])).toEqual(RECORD_KEYS);
    expect(records[0].fetchedAt).not.toBeNull();
    expect(records[0].title).toBe('IT exports rise 24 per cent to $3.2 billion');
    for (const record of records.slice(1)) {
      expect(record.text).toContain(WINDOWS_1252_TEXT.sentence);
      expect(record.title).toBe(WINDOWS_1252_TEXT.title);
    }
  });
});

describe('newsfacts extract --batch', () => {
  test('a failed or unreadable line gives its {"id","error"} line and every other line still gives its record', async () => {
    const manifest = join(dir, 'faults.jsonl');
    const lines = [
      JSON.stringify({ id: 'file-ok', path: join(dir, 'budget.html'), url: 'https://news.example.pk/budget-deficit' }),
      ...FAILURES.map(([, path], i) => JSON.stringify({ id: `fault-${i}`, path: `${server.url}${path}` })),
      JSON.stringify({ id: 'bad-url', path: 'http//broken.example' }),
      '{"id": "cut-short", "path": ',
      JSON.stringify({ id: 'no-path' }),
      JSON.stringify({ id: 'bad-date', path: join(dir, 'budget.html'), publishedAt: 'last Tuesday' }),
      JSON.stringify({ id: 'url-ok', path: `${server.url}/page/after-the-faults` }),
    ];
    writeFileSync(manifest, lines.join('\n') + '\n');
    const result = await runCli(['extract', '--batch', manifest], LOCAL);
    expect(result.code).toBe(1);
    const rows = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(rows).toHaveLength(lines.length);

    expect(rows[0]).toMatchObject({ id: 'file-ok', canonicalUrl: 'https://news.example.pk/budget-deficit' });
    expect(rows[0].recordId).toMatch(/^[0-9a-f]{32}$/);
    FAILURES.forEach(([, , code], i) => {
      const row = rows[1 + i];
      expect(Object.keys(row)).toEqual(['id', 'error']);
      expect(row.id).toBe(`fault-${i}`);
      expect(Object.keys(row.error)).toEqual(['code', 'message']);
      expect(row.error.code).toBe(code);
      expect(row.error.message.length).toBeGreaterThan(0);
    });
    const rest = rows.slice(1 + FAILURES.length);
    expect(rest[0]).toEqual({ id: 'bad-url', error: { code: 'INVALID_URL', message: expect.any(String) } });
    // An unreadable manifest line has no id to join on: it says which line it was.
    expect(rest[1]).toEqual({ id: null, line: FAILURES.length + 3, error: { code: 'INVALID_INPUT', message: expect.stringContaining(':11: not a JSON object') } });
    expect(rest[2]).toEqual({ id: 'no-path', line: FAILURES.length + 4, error: { code: 'INVALID_INPUT', message: expect.stringContaining('"id" and "path"') } });
    expect(rest[3]).toEqual({ id: 'bad-date', error: { code: 'INVALID_INPUT', message: expect.stringContaining('last Tuesday') } });
    expect(rest[4]).toMatchObject({ id: 'url-ok', url: `${server.url}/page/after-the-faults`, title: 'IT exports rise 24 per cent to $3.2 billion' });
  });

  test('an --out file that cannot be written fails at once with its code, before any input is read', async () => {
    const manifest = join(dir, 'one.jsonl');
    writeFileSync(manifest, JSON.stringify({ id: 'a', path: `${server.url}/page/never-fetched` }) + '\n');
    const before = server.requests.length;
    const result = await runCli(['extract', '--batch', manifest, '--out', join(dir, 'no-such-folder', 'out.jsonl')], LOCAL);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^newsfacts: INVALID_INPUT: cannot write --out file .*no-such-folder/);
    expect(result.stderr).not.toContain('Unhandled');
    expect(server.requests.length).toBe(before);
  });
});

describe('newsfacts extract: output options and file inputs', () => {
  test('--format json with several inputs prints one JSON array, a failed input as {"input","error"} in it', async () => {
    const missing = join(dir, 'missing.html');
    const result = await runCli(['extract', '--format', 'json', join(dir, 'budget.html'), missing, join(dir, 'cafe-1252.html.gz')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`newsfacts: FILE_NOT_FOUND: ${missing}: `);
    const array = JSON.parse(result.stdout);
    expect(array).toHaveLength(3);
    expect(array[0].title).toBe('Budget deficit narrows');
    expect(array[1]).toEqual({ input: missing, error: { code: 'FILE_NOT_FOUND', message: expect.any(String) } });
    // a gzipped windows-1252 file whose only label is its <meta charset>
    expect(array[2].text).toContain(CP1252_SENTENCE);
    expect(result.stdout).toContain('\n  {\n    "schemaVersion": 1');
  });

  test('--format jsonl with one input prints one line; --url and --published set the address and the date', async () => {
    const result = await runCli([
      'extract', join(dir, 'budget.html'), '--format', 'jsonl', '--url', 'https://news.example.pk/budget?utm_medium=social', '--published', '2024-05-01T22:15:00+05:00',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout.endsWith('\n')).toBe(true);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    const record = JSON.parse(result.stdout);
    expect(record.url).toBe('https://news.example.pk/budget?utm_medium=social');
    expect(record.canonicalUrl).toBe('https://news.example.pk/budget');
    // the given date wins over the page's own (2024-05-02T08:00:00+05:00) and keeps its time and offset
    expect(record.publishedAt).toBe('2024-05-01T22:15:00+05:00');
  });

  test('a --published that is no date stops the command with INVALID_INPUT instead of entering the record', async () => {
    const result = await runCli(['extract', join(dir, 'budget.html'), '--published', 'yesterday']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('newsfacts: INVALID_INPUT: --published must be an ISO 8601 date or date-time (2024-06-29, 2024-06-29T09:30:00+05:00), got "yesterday"\n');
    expect(result.stdout).toBe('');
  });

  test('a reader that closes the pipe early (| head -1) ends the command without a crash', async () => {
    const inputs = Array.from({ length: 20 }, () => join(dir, 'budget.html'));
    const child = spawn(process.execPath, [CLI, 'extract', '--format', 'jsonl', ...inputs], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy()); // like head -1: read the first chunk, then go away
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toContain('EPIPE');
    expect(code).toBe(0);
  });
});
