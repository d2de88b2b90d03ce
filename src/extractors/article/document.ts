import * as cheerio from 'cheerio';
import type { CheerioAPI } from 'cheerio';

/**
 * An HTML page parsed once (fundus's precomputed bundle): the cheerio tree, the JSON-LD objects and the
 * meta tags, both read before any script is stripped. Every metadata strategy reads from this; the body
 * extractor, which prunes the tree in place, comes last and takes the tree over (takeTree) instead of parsing
 * the page a second time.
 */
export interface PageDocument {
  $: CheerioAPI;
  html: string;
  /** every JSON-LD object on the page, @graph flattened */
  jsonLd: Record<string, unknown>[];
  /** meta tags by lower-cased name/property/itemprop, values in document order */
  meta: Map<string, string[]>;
  /** the page's address (final URL after redirects), when known */
  url: string | null;
  /** set once a step has taken the tree to change it: `$` may no longer show the page as served */
  treeTaken?: boolean;
}

function flattenJsonLd(value: unknown, out: Record<string, unknown>[]): void {
  if (Array.isArray(value)) {
    for (const item of value) flattenJsonLd(item, out);
    return;
  }
  if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    out.push(obj);
    if (obj['@graph']) flattenJsonLd(obj['@graph'], out);
  }
}

function readJsonLd($: CheerioAPI): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  $('script[type="application/ld+json"]').each((_, el) => {
    const raw = $(el).text().trim();
    if (!raw) return;
    try {
      flattenJsonLd(JSON.parse(raw), out);
    } catch {
      // Some sites leave raw newlines or trailing commas in JSON-LD; one repair attempt, then give up.
      try {
        flattenJsonLd(JSON.parse(raw.replace(/[\n\r\t]+/g, ' ').replace(/,\s*([}\]])/g, '$1')), out);
      } catch {
        /* unreadable JSON-LD is ignored: other strategies follow */
      }
    }
  });
  return out;
}

function readMeta($: CheerioAPI): Map<string, string[]> {
  const meta = new Map<string, string[]>();
  $('meta').each((_, el) => {
    const attrs = (el as { attribs?: Record<string, string> }).attribs ?? {};
    const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? attrs['http-equiv'])?.trim().toLowerCase();
    const content = attrs.content?.trim();
    if (!key || !content) return;
    const list = meta.get(key);
    if (list) list.push(content);
    else meta.set(key, [content]);
  });
  return meta;
}

/**
 * The page's tree for every reader: htmlparser2, which builds the same domhandler tree as parse5 (the HTML
 * standard's parser) several times faster; parsing was half of HTML-to-article. On the 866 evaluation pages
 * both give the same records but for a handful of fields. The one difference that mattered: on a page with
 * no <body> tag htmlparser2 leaves everything inside <head>, so the body extractor drops head's children,
 * never <head> itself.
 */
function loadTree(html: string): CheerioAPI {
  return cheerio.load(html, { xml: { xmlMode: false, decodeEntities: true } });
}

/**
 * A tree a step may change in place: the shared one the first time (the page is parsed once), a fresh
 * parse after that. The caller must be the last reader of `doc.$`: extractArticle runs the metadata
 * cascades first, the body extractor last.
 */
export function takeTree(doc: PageDocument): CheerioAPI {
  if (doc.treeTaken) return loadTree(doc.html);
  doc.treeTaken = true;
  return doc.$;
}

export function parseDocument(html: string, url: string | null = null): PageDocument {
  const $ = loadTree(html);
  return { $, html, jsonLd: readJsonLd($), meta: readMeta($), url };
}
