import { parseDocument } from '../../src/extractors/article/document';
import { extractMetadata } from '../../src/extractors/article/metadata';

const published = (content: string, fetchedAt: string) =>
  extractMetadata(parseDocument(`<html><head><meta property="article:published_time" content="${content}"></head></html>`, 'https://news.example.com/a'), { fetchedAt });

describe('publishedAt near the fetch time', () => {
  test.each([
    ['a date without time on the fetch day is kept', '2024-07-01', '2024-07-01T00:30:00Z', '2024-07-01'],
    ['a time with offset before the fetch instant is kept', '2024-07-01T09:00:00+02:00', '2024-07-01T07:30:00Z', '2024-07-01T09:00:00+02:00'],
    ['a time without zone on the fetch day is kept', '2024-07-01T09:00:00', '2024-07-01T07:30:00Z', '2024-07-01T09:00:00'],
  ])('%s', (_n, content, fetchedAt, expected) => {
    const m = published(content, fetchedAt);
    expect(m.publishedAt).toBe(expected);
    expect(m.warnings.some((w) => w.includes('after fetchedAt'))).toBe(false);
  });
});
