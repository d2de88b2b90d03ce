import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { urlKey } from '../../src/crawlers/url';
import { processSnapshot } from '../../src/pipeline';
import type { ArticleRecord } from '../../src/record';
import { SqliteStore } from '../../src/store/sqlite-store';
import { articleHtml } from '../support/article-server';
import { runCli } from '../support/cli';

/**
 * `newsfacts records` on a SQLite store: three records written here, read back through the built command with
 * each filter. The records are real extractions of a test page, then given their own people and text.
 */
let dir: string;
let env: NodeJS.ProcessEnv;

function recordFor(slug: string, title: string, paragraph: string, people: string[], publishedAt: string): ArticleRecord {
  const url = `https://www.indus-wire.example/news/${slug}`;
  const base = processSnapshot({ url, finalUrl: url, status: 200, fetchedAt: '2024-05-20T10:00:00.000Z', headers: { 'content-type': 'text/html' }, body: Buffer.from(articleHtml(slug, title)) });
  return {
    ...base,
    id: urlKey(url),
    title,
    text: `${title}\n\n${paragraph}`,
    publishedAt,
    people: people.map((name) => ({ name, title: null, organization: null, mentions: [] })),
  };
}

const RECORDS = [
  recordFor('gas-tariff', 'Gas tariff raised for industry', 'The regulator approved the increase, Musadik Malik told reporters.', ['Musadik Malik'], '2024-05-14T09:00:00+05:00'),
  recordFor('remittances', 'Remittances reach $3.2 billion', 'Inflows from Saudi Arabia led, said Jameel Ahmad, the central bank governor.', ['Jameel Ahmad'], '2024-05-10T09:00:00+05:00'),
  recordFor('wheat-stocks', 'Wheat stocks sufficient, says minister', 'Rana Tanveer Hussain and Jameel Akhtar Khan inspected 100 depots.', ['Rana Tanveer Hussain', 'Jameel Akhtar Khan'], '2024-05-02T09:00:00+05:00'),
];

const titlesOf = (stdout: string): string[] =>
  stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as ArticleRecord).title ?? '');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nf-records-'));
  const databaseUrl = `sqlite:${join(dir, 'newsfacts.db')}`;
  const store = new SqliteStore(join(dir, 'newsfacts.db'));
  await store.migrate();
  for (const record of RECORDS) await store.putRecord(record);
  await store.close();
  env = { DATABASE_URL: databaseUrl };
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('newsfacts records filters through the CLI', () => {
  test.each<[string, string[], string[]]>([
    ['--person matches part of a name, any case', ['--person', 'jameel'], ['Remittances reach $3.2 billion', 'Wheat stocks sufficient, says minister']],
    ['--person matches a family name', ['--person', 'Malik'], ['Gas tariff raised for industry']],
    ['--text matches the title', ['--text', 'REMITTANCES'], ['Remittances reach $3.2 billion']],
    ['--text matches the body text', ['--text', 'depots'], ['Wheat stocks sufficient, says minister']],
    ['--text takes a percent sign literally, not as a wildcard ("100 depots" is no match)', ['--text', '100%'], []],
    ['--person and --since together', ['--person', 'Jameel', '--since', '2024-05-05'], ['Remittances reach $3.2 billion']],
    ['--text and --person together', ['--text', 'governor', '--person', 'Jameel'], ['Remittances reach $3.2 billion']],
  ])('export %s', async (_name, args, titles) => {
    const result = await runCli(['records', 'export', ...args], env);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(titlesOf(result.stdout)).toEqual(titles);
  });

  test('list takes the same filters: one line per record', async () => {
    const result = await runCli(['records', 'list', '--person', 'Rana Tanveer'], env);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('Wheat stocks sufficient, says minister');
    expect(lines[0]).toContain(urlKey('https://www.indus-wire.example/news/wheat-stocks'));
  });

  test('an empty --person is refused with INVALID_INPUT instead of listing everything', async () => {
    const result = await runCli(['records', 'export', '--person', '  '], env);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('INVALID_INPUT');
    expect(result.stdout).toBe('');
  });
});
