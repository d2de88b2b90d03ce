import type { PageDocument } from './document';
import { extractTitle } from '../metadata/title';
import { extractByline } from '../metadata/byline';
import { extractModified, extractPublished } from '../metadata/published-date';
import { extractSiteName } from '../metadata/site-name';
import { extractLanguage } from '../metadata/language';
import { extractCanonical } from '../metadata/canonical';

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

/**
 * Title, byline, dates, site, language and canonical URL, each from its own cascade in
 * src/extractors/metadata/. Fields are read in isolation (fundus's habit): one failing field leaves a
 * warning and the others intact. "publishedAt not found" is the pipeline's warning, not ours.
 */
export function extractMetadata(doc: PageDocument, ctx: MetadataContext): ArticleMetadata {
  const warnings: string[] = [];
  const field = <T>(name: string, read: () => T, fallback: T): T => {
    try {
      return read();
    } catch (err) {
      warnings.push(`${name} extraction failed: ${(err as Error).message}`);
      return fallback;
    }
  };

  const siteName = field('siteName', () => extractSiteName(doc), null);
  const title = field('title', () => extractTitle(doc, siteName), null);
  const byline = field('byline', () => extractByline(doc, siteName), null);
  const published = field('publishedAt', () => extractPublished(doc, ctx.fetchedAt), { result: null, rejectedFuture: [] });
  const modified = field('modifiedAt', () => extractModified(doc, ctx.fetchedAt), { result: null, rejectedFuture: [] });

  if (!title) warnings.push('title not found');
  if (!byline) warnings.push('byline not found');
  for (const d of published.rejectedFuture) warnings.push(`publishedAt ${d} is after fetchedAt, rejected`);
  for (const d of modified.rejectedFuture) warnings.push(`modifiedAt ${d} is after fetchedAt, rejected`);

  return {
    title: title?.value ?? null,
    byline: byline?.value ?? null,
    publishedAt: published.result?.value ?? null,
    modifiedAt: modified.result?.value ?? null,
    siteName,
    language: field('language', () => extractLanguage(doc), null),
    canonicalUrl: field('canonicalUrl', () => extractCanonical(doc), doc.url),
    warnings,
  };
}
