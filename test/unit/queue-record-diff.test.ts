import { changedFields, stableJson } from '../../src/queue/record-diff';
import type { ArticleRecord } from '../../src/record';
import { articleRecord } from '../support/article-record';
import { parseUrlList } from '../../src/cli/url-list';
import { articleKey } from '../../src/queue/job-id';

// The same article as extracted twice: one organization and one place, so order-only differences can be tested.
const record = (overrides: Partial<ArticleRecord> = {}): ArticleRecord =>
  articleRecord({
    byline: 'Staff Reporter',
    organizations: [{ name: 'State Bank of Pakistan', aliases: ['SBP'], mentions: [{ start: 70, end: 82 }] }],
    places: [{ name: 'Pakistan', mentions: [{ start: 0, end: 8 }] }],
    ...overrides,
  });

describe('changedFields: which record fields re-extraction changes', () => {
  test('a record compared with itself has no changed fields', () => {
    expect(changedFields(record(), record())).toEqual([]);
  });

  test('key order inside nested objects does not count as a change (jsonb reorders keys)', () => {
    const reordered = record({ organizations: [{ mentions: [{ end: 82, start: 70 }], aliases: ['SBP'], name: 'State Bank of Pakistan' }] });
    expect(changedFields(record(), reordered)).toEqual([]);
  });

  test.each<[string, Partial<ArticleRecord>, string[]]>([
    ['a new title', { title: 'ICT exports hit $310 million' }, ['title']],
    ['a place dropped', { places: [] }, ['places']],
    ['a newer extractor version and a warning', { extractor: { name: 'newsfacts', version: '0.2.0' }, warnings: ['paywall suspected'] }, ['warnings', 'extractor']],
  ])('%s is reported by field name', (_label, overrides, fields) => {
    expect(changedFields(record(), record(overrides))).toEqual(fields);
  });

  test('stableJson sorts keys at every depth', () => {
    expect(stableJson({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: null } })).toBe('{"a":{"c":null,"d":[1,{"e":3,"f":2}]},"b":1}');
  });
});

describe('parseUrlList: a urls.txt file', () => {
  test('skips blank lines and # comments, trims spaces and CRLF', () => {
    const content = '# morning run\r\nhttps://www.wealthpk.com/a\r\n\r\n   https://www.dawn.com/news/1  \n#https://skipped.example\n';
    expect(parseUrlList(content)).toEqual(['https://www.wealthpk.com/a', 'https://www.dawn.com/news/1']);
  });
});

describe('articleKey: one job id per article', () => {
  test.each([
    ['https://News.Example.pk/economy/ict-exports/?utm_source=twitter#comments', 'https://news.example.pk/economy/ict-exports'],
    ['https://news.example.pk/economy/ict-exports', 'https://news.example.pk/economy/ict-exports'],
  ])('%s and its canonical twin share one job id', (url, twin) => {
    expect(articleKey(url).jobId).toBe(articleKey(twin).jobId);
  });

  test('two different articles get two job ids', () => {
    expect(articleKey('https://news.example.pk/a').jobId).not.toBe(articleKey('https://news.example.pk/b').jobId);
  });
});
