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

describe('publishedAt against a fetch time whose zone is unknown or behind the page', () => {
  test.each([
    ['a zoned time ahead of a zone-less crawler clock by under 14 hours is kept', '2024-10-16T00:00:00+08:00', '2024-10-15T10:00:00', '2024-10-16T00:00:00+08:00'],
    ['a day already begun east of UTC at the fetch instant is kept', '2024-10-16', '2024-10-15T20:00:00Z', '2024-10-16'],
    ['a zone-less time on the day already begun east of UTC is kept', '2024-10-16T07:30:00', '2024-10-15T20:00:00Z', '2024-10-16T07:30:00'],
  ])('%s', (_n, content, fetchedAt, expected) => {
    const m = published(content, fetchedAt);
    expect(m.publishedAt).toBe(expected);
    expect(m.warnings.some((w) => w.includes('after fetchedAt'))).toBe(false);
  });

  test.each([
    ['a zoned time more than 14 hours after a zone-less crawler clock', '2024-10-16T12:00:00+08:00', '2024-10-15T10:00:00'],
    ['a day not yet begun anywhere at the fetch instant', '2024-10-17', '2024-10-15T20:00:00Z'],
    ['a day after a fetch day given without time', '2024-10-16', '2024-10-15'],
  ])('rejected: %s', (_n, content, fetchedAt) => {
    const m = published(content, fetchedAt);
    expect(m.publishedAt).toBeNull();
    expect(m.warnings.some((w) => w.includes('after fetchedAt'))).toBe(true);
  });
});
