import { parseDocument } from './document';
import { extractMetadata, type ArticleMetadata } from './metadata';
import { extractBody } from './body';

export interface ArticleParts extends ArticleMetadata {
  text: string;
}

export interface ArticleContext {
  /** the page's final URL, when known */
  url: string | null;
  fetchedAt: string | null;
}

/** HTML -> title, byline, dates, site, language, canonical URL and clean body. Pure. */
export function extractArticle(html: string, ctx: ArticleContext): ArticleParts {
  const doc = parseDocument(html, ctx.url);
  const metadata = extractMetadata(doc, { fetchedAt: ctx.fetchedAt });
  // Last: the body extractor prunes the parsed tree in place (takeTree), so every reader of doc.$ goes first.
  const body = extractBody(doc, { title: metadata.title, byline: metadata.byline });
  return { ...metadata, text: body.text, warnings: [...metadata.warnings, ...body.warnings] };
}
