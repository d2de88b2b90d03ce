import { SCHEMA_VERSION, type ArticleRecord } from './record';
import { EXTRACTOR_VERSION } from './version';
import { decodeBody } from './crawlers/charset';
import { canonicalizeUrl, contentKey, urlKey } from './crawlers/url';
import { extractArticle, type ArticleParts } from './extractors/article';
import { extractFacts } from './extractors/facts';
import { makeContext } from './extractors/context';

/** Raw fetched bytes with what the fetch learned: what is stored, and what re-extraction replays. */
export interface Snapshot {
  /** the URL as submitted, or null for a file */
  url: string | null;
  /** the URL after redirects */
  finalUrl: string | null;
  fetchedAt: string | null;
  status: number | null;
  /** response headers, names lower case */
  headers: Record<string, string>;
  body: Buffer;
}

export interface ProcessOptions {
  /** "html" (default) or "text": a text snapshot is the article body itself, kept unchanged */
  format?: 'html' | 'text';
  /** a publication date known from elsewhere (a manifest, a feed), preferred over the page's own */
  publishedAt?: string | null;
  /** throw from a failing extractor instead of recording a warning (tests) */
  strict?: boolean;
}

const NO_METADATA: Omit<ArticleParts, 'text'> = {
  title: null,
  byline: null,
  publishedAt: null,
  modifiedAt: null,
  siteName: null,
  language: null,
  canonicalUrl: null,
  warnings: [],
};

function safeCanonical(url: string | null): string | null {
  if (!url) return null;
  try {
    return canonicalizeUrl(url);
  } catch {
    return null;
  }
}

/** The one path from bytes to record, shared by `extract`, the workers and `reextract`. Pure. */
export function processSnapshot(snapshot: Snapshot, options: ProcessOptions = {}): ArticleRecord {
  const pageUrl = snapshot.finalUrl ?? snapshot.url;
  const decoded = decodeBody(snapshot.body, snapshot.headers['content-type'] ?? null);
  const parts: ArticleParts =
    options.format === 'text'
      ? { ...NO_METADATA, warnings: [], text: decoded.text }
      : extractArticle(decoded.text, { url: pageUrl, fetchedAt: snapshot.fetchedAt });

  const canonicalUrl = safeCanonical(parts.canonicalUrl) ?? safeCanonical(pageUrl);
  const publishedAt = options.publishedAt ?? parts.publishedAt;
  const warnings = [...parts.warnings];
  if (!publishedAt) warnings.push('publishedAt not found');
  if (!parts.text.trim()) warnings.push('no article text found');

  const ctx = makeContext({
    publishedAt,
    fetchedAt: snapshot.fetchedAt,
    url: canonicalUrl,
    siteName: parts.siteName,
    language: parts.language,
    strict: options.strict ?? false,
  });
  const { facts, warnings: factWarnings } = extractFacts(parts.text, ctx);

  return {
    schemaVersion: SCHEMA_VERSION,
    id: canonicalUrl ? urlKey(canonicalUrl) : contentKey(snapshot.body),
    url: snapshot.url,
    canonicalUrl,
    fetchedAt: snapshot.fetchedAt,
    title: parts.title,
    byline: parts.byline,
    publishedAt,
    modifiedAt: parts.modifiedAt,
    siteName: parts.siteName,
    language: parts.language,
    text: parts.text,
    figures: facts.figures,
    dates: facts.dates,
    people: facts.people,
    organizations: facts.organizations,
    places: facts.places,
    quotes: facts.quotes,
    warnings: [...warnings, ...factWarnings],
    extractor: { name: 'newsfacts', version: EXTRACTOR_VERSION },
  };
}
