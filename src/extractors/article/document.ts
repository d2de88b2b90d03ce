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

/**
 * The text of the first complete JSON value in `raw` (an object or array), or null when it never closes. The
 * scan tracks strings and their escapes, so a brace inside a headline does not count. Pages glue things after
 * the value: one closing brace too many, a semicolon, a second object; the rest is ignored.
 */
export function firstJsonValue(raw: string): string | null {
  const start = raw.search(/[{[]/);
  if (start < 0) return null;
  let depth = 0;
  let inString = false;
  for (let i = start; i < raw.length; i += 1) {
    const ch = raw[i];
    if (inString) {
      if (ch === '\\') i += 1;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') depth += 1;
    else if (ch === '}' || ch === ']') {
      depth -= 1;
      if (depth === 0) return raw.slice(start, i + 1);
    }
  }
  return null;
}

// Wrappers some CMSs put around the JSON inside the script tag, from the days of browsers without <script>.
const JSON_LD_WRAPPERS = /^\s*(?:<!--|\/\/\s*<!\[CDATA\[|\/\*\s*<!\[CDATA\[\s*\*\/|<!\[CDATA\[)|(?:-->|\/\/\s*\]\]>|\/\*\s*\]\]>\s*\*\/|\]\]>)\s*$/g;

// Raw newlines inside strings and trailing commas are the common hand-written mistakes JSON.parse refuses.
function repairJson(text: string): string {
  return text.replace(/[\n\r\t]+/g, ' ').replace(/,\s*([}\]])/g, '$1');
}

function parseOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * One JSON-LD block's value, or undefined when it is unreadable: as written, then repaired, then (extra text
 * after the value) its first complete value, repaired if need be.
 */
export function parseJsonLdBlock(raw: string): unknown {
  const text = raw.replace(JSON_LD_WRAPPERS, '').trim();
  if (!text) return undefined;
  for (const candidate of [text, repairJson(text)]) {
    const value = parseOrNull(candidate);
    if (value !== undefined) return value;
  }
  const first = firstJsonValue(text);
  if (first === null || first === text) return undefined;
  return parseOrNull(first) ?? parseOrNull(repairJson(first));
}

function readJsonLd($: CheerioAPI): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  $('script[type="application/ld+json"]').each((_, el) => {
    // unreadable JSON-LD is ignored: other strategies follow
    const value = parseJsonLdBlock($(el).text());
    if (value !== undefined) flattenJsonLd(value, out);
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
