import type { PageDocument } from '../article/document';

/** The canonical URL: link rel=canonical, then og:url, made absolute against the page's URL. */

function absolute(href: string | undefined, base: string | null): string | null {
  const h = href?.trim();
  if (!h) return null;
  try {
    const url = base ? new URL(h, base) : new URL(h);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.href;
  } catch {
    return null;
  }
}

export function extractCanonical(doc: PageDocument): string | null {
  const candidates = [
    doc.$('link[rel="canonical"]').first().attr('href'),
    doc.$('link[rel~="canonical"]').first().attr('href'),
    doc.meta.get('og:url')?.[0],
    doc.meta.get('twitter:url')?.[0],
  ];
  for (const c of candidates) {
    const url = absolute(c, doc.url);
    if (url) return url;
  }
  return doc.url;
}
