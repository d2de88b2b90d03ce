import { SCHEMA_VERSION, type ArticleRecord } from '../../src/record';

/** A complete record with empty NLP arrays, for tests that store or compare records; override what matters. */
export function articleRecord(overrides: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    schemaVersion: SCHEMA_VERSION,
    id: 'abc',
    url: 'https://news.example.pk/ict-exports',
    canonicalUrl: 'https://news.example.pk/ict-exports',
    fetchedAt: '2024-05-20T08:00:00.000Z',
    title: 'ICT exports rise 24 per cent to $310 million in April',
    byline: null,
    publishedAt: '2024-05-19',
    modifiedAt: null,
    siteName: 'Example News',
    language: 'en',
    text: 'Pakistan’s ICT exports rose 24 per cent to $310 million in April, the central bank said.',
    figures: [],
    dates: [],
    people: [],
    organizations: [],
    places: [],
    quotes: [],
    warnings: [],
    extractor: { name: 'newsfacts', version: '0.1.0' },
    ...overrides,
  };
}
