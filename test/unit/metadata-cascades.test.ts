import { parseDocument } from '../../src/extractors/article/document';
import { extractMetadata } from '../../src/extractors/article/metadata';

const FETCHED = '2024-07-01T12:00:00Z';
const meta = (html: string, url: string | null = 'https://news.example.com/story', fetchedAt: string | null = FETCHED) =>
  extractMetadata(parseDocument(html, url), { fetchedAt });
const ld = (obj: unknown) => `<script type="application/ld+json">${JSON.stringify(obj)}</script>`;
const page = (head: string, body = '') => `<html><head>${head}</head><body>${body}</body></html>`;

describe('JSON-LD NewsArticle', () => {
  const article = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: 'Council approves new bridge',
    datePublished: '2024-06-29T10:15:00Z',
    dateModified: '2024-06-30T08:00:00Z',
    author: { '@type': 'Person', name: 'Jane Doe' },
    publisher: { '@type': 'Organization', name: 'Example News' },
    inLanguage: 'en-GB',
  };
  test.each([
    ['datePublished becomes publishedAt', 'publishedAt', /^2024-06-29/],
    ['dateModified becomes modifiedAt', 'modifiedAt', /^2024-06-30/],
    ['headline becomes the title', 'title', /^Council approves new bridge$/],
    ['an author object gives its name as byline', 'byline', /^Jane Doe$/],
    ['the publisher name becomes the site name', 'siteName', /^Example News$/],
    ['inLanguage gives the language', 'language', /^en-GB$/],
  ] as const)('%s', (_name, field, expected) => {
    expect(meta(page(ld(article)))[field]).toMatch(expected);
  });

  test.each([
    ['a plain string author', 'Jane Doe', 'Jane Doe'],
    ['an author object', { '@type': 'Person', name: 'Jane Doe' }, 'Jane Doe'],
  ])('the byline comes from %s', (_n, author, expected) => {
    expect(meta(page(ld({ '@type': 'NewsArticle', headline: 'H headline here', author }))).byline).toBe(expected);
  });

  test('an array of authors yields all their names in the byline', () => {
    const b = meta(page(ld({ '@type': 'NewsArticle', headline: 'H', author: [{ name: 'Jane Doe' }, { name: 'John Roe' }] }))).byline;
    expect(b).toContain('Jane Doe');
    expect(b).toContain('John Roe');
  });

  test('an article inside @graph is found', () => {
    const m = meta(page(ld({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'Site' }, { ...article }] })));
    expect(m.title).toBe('Council approves new bridge');
    expect(m.publishedAt).toMatch(/^2024-06-29/);
  });
});

describe('meta tags and markup for dates', () => {
  test.each([
    ['article:published_time meta', page('<meta property="article:published_time" content="2024-06-28T09:00:00Z">'), /^2024-06-28/],
    ['article:published meta', page('<meta property="article:published" content="2024-06-27">'), /^2024-06-27/],
    ['og:published_time meta', page('<meta property="og:published_time" content="2024-06-26">'), /^2024-06-26/],
    ['a <time datetime> element', page('', '<article><time datetime="2024-06-25T07:30:00Z">25 June</time></article>'), /^2024-06-25/],
  ])('publishedAt is read from %s', (_n, html, expected) => {
    expect(meta(html).publishedAt).toMatch(expected);
  });

  test('a date in the URL path is used when the page has none', () => {
    expect(meta(page(''), 'https://news.example.com/2024/06/20/some-story').publishedAt).toBe('2024-06-20');
  });

  test('published and modified dates are kept apart', () => {
    const m = meta(page('<meta property="article:published_time" content="2024-06-01T10:00:00Z"><meta property="article:modified_time" content="2024-06-02T11:00:00Z">'));
    expect(m.publishedAt).toMatch(/^2024-06-01/);
    expect(m.modifiedAt).toMatch(/^2024-06-02/);
  });

  test('a date after fetchedAt is rejected with a warning', () => {
    const m = meta(page('<meta property="article:published_time" content="2025-01-01T00:00:00Z">'));
    expect(m.publishedAt).toBeNull();
    expect(m.warnings.some((w) => /publishedAt .*after fetchedAt/.test(w))).toBe(true);
  });
});

describe('title, site name and byline', () => {
  test.each([
    ['og:title is used as the title', page('<meta property="og:title" content="Storm hits the coast">'), 'Storm hits the coast'],
    ['the " | Site" suffix is stripped', page('<meta property="og:site_name" content="Example News"><title>Storm hits the coast | Example News</title>'), 'Storm hits the coast'],
  ])('%s', (_n, html, expected) => {
    expect(meta(html).title).toBe(expected);
  });

  test('og:site_name gives the site name', () => {
    expect(meta(page('<meta property="og:site_name" content="Example News">')).siteName).toBe('Example News');
  });

  test.each([
    ['the "By" prefix is removed', '<meta name="author" content="By Jane Doe">', 'Jane Doe'],
    ['"Email the author" junk gives null', '<meta name="author" content="Email the author">', null],
  ])('byline: %s', (_n, head, expected) => {
    expect(meta(page(head)).byline).toBe(expected);
  });
});

describe('language and canonical URL', () => {
  test.each([
    ['en-GB', 'en-GB'],
    ['EN_gb', 'en-GB'],
    ['de', 'de'],
  ])('<html lang="%s"> normalises to %s', (lang, expected) => {
    expect(meta(`<html lang="${lang}"><head></head><body></body></html>`).language).toBe(expected);
  });

  test.each([
    ['a relative link rel=canonical is made absolute', page('<link rel="canonical" href="/2024/story">'), 'https://news.example.com/2024/story'],
    ['og:url is the fallback', page('<meta property="og:url" content="https://news.example.com/og-story">'), 'https://news.example.com/og-story'],
    ['the page URL is used when nothing else is given', page(''), 'https://news.example.com/story'],
  ])('canonical: %s', (_n, html, expected) => {
    expect(meta(html).canonicalUrl).toBe(expected);
  });
});
