import type { PageDocument } from './document';

export interface ArticleMetadata {
  title: string | null;
  byline: string | null;
  publishedAt: string | null;
  modifiedAt: string | null;
  siteName: string | null;
  language: string | null;
  canonicalUrl: string | null;
  warnings: string[];
}

export interface MetadataContext {
  /** dates after this are rejected (a page cannot be published after we fetched it) */
  fetchedAt: string | null;
}

// PLACEHOLDER until the metadata cascade lands: reads only <title>.
export function extractMetadata(doc: PageDocument, _ctx: MetadataContext): ArticleMetadata {
  const title = doc.$('title').first().text().trim() || null;
  return { title, byline: null, publishedAt: null, modifiedAt: null, siteName: null, language: null, canonicalUrl: doc.url, warnings: [] };
}
