import type { PageDocument } from '../article/document';
import { articleObjects, namesOf, resolveRef } from './json-ld';

/**
 * The authors as printed ("Birgit Baumann, Anna Giulia Fink"), or null rather than junk. Cascade: JSON-LD
 * author, meta author names (author, article:author, parsely-author, sailthru.author, dc.creator, byl,
 * citation_author), then byline elements (rel=author, [itemprop=author], .byline, .author class hints).
 */

export interface BylineResult {
  value: string;
  names: string[];
  rule: string;
}

const BYLINE_META = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'byl', 'citation_author', 'author_name', 'cxenseparse:author'];

/** "By", "Von", "Par", "Por", "Di", "Door", "Av", "Af", "Autor:" ... before the names. */
const PREFIX = /^(?:(?:written|posted|reported|text|story|words|photos?)\s+)?(?:by|von|vom|par|por|door|av|af|от|autor(?:in|a)?|auteur|author|autore|texto|tekst|text)\s*[:\-]?\s+/i;
/** Italian "di", Spanish "de", Polish "od" only in lower case: "De Wever" and "Di Maio" are names. */
const PREFIX_LOWER = /^(?:di|de|od|da)\s+/;

/** Things a byline field holds that are not names. */
const JUNK = [
  /^(?:e-?mail|contact|follow|read more|more from|view all|see all|show all)\b/i,
  /^(?:staff|admin|administrator|editor|editorial|redaktion|redacción|rédaction|redazione|desk|web desk|news desk|online|guest|anonymous|unknown|null|undefined)$/i,
  /\bemail the author\b/i,
  /^https?:\/\//i,
  /^www\./i,
  /@\w+\.\w+/,
];
const DATE_LIKE = /\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\b\d{1,2}:\d{2}\b|\b(?:19|20)\d{2}\b/;
const SPLIT = /\s*(?:,|;|\s&\s|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bog\b|\boch\b|\ben\b|\bi\b|\bor\b|\s\/\s|\s\|\s|\s·\s)\s*/i;
const TRAILING = /\s*(?:[|·•–—-]\s*)?(?:\b(?:updated|published|posted|aktualisiert|veröffentlicht)\b.*)$/i;

function clean(name: string): string | null {
  let n = name.replace(/\s+/g, ' ').trim();
  n = n.replace(TRAILING, '').trim();
  n = n.replace(PREFIX, '').replace(PREFIX_LOWER, '').trim();
  n = n.replace(/^[,;:|·•\-–—\s]+|[,;:|·•\-–—\s]+$/g, '').trim();
  if (!n || n.length < 2 || n.length > 60) return null;
  if (JUNK.some((re) => re.test(n))) return null;
  if (DATE_LIKE.test(n)) return null;
  // a name has a letter, and is not a sentence
  if (!/\p{L}/u.test(n) || n.split(' ').length > 6) return null;
  return n;
}

/** Splits "A, B and C" into names and cleans each; deduplicated, order kept. */
export function splitNames(raw: string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const r of raw) {
    const first = r.replace(/\s+/g, ' ').trim().replace(PREFIX, '').replace(PREFIX_LOWER, '');
    for (const part of first.split(SPLIT)) {
      const n = clean(part);
      if (!n) continue;
      const k = n.toLowerCase();
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(n);
    }
  }
  return out;
}

function jsonLdAuthors(doc: PageDocument): string[] {
  for (const obj of articleObjects(doc)) {
    const names = namesOf(resolveRef(doc, obj.author ?? obj.creator));
    if (names.length > 0) return names;
  }
  return [];
}

function metaAuthors(doc: PageDocument): string[] {
  for (const name of BYLINE_META) {
    const values = (doc.meta.get(name) ?? []).filter((v) => !/^https?:|^@/.test(v.trim()));
    if (values.length > 0) return values;
  }
  return [];
}

function elementAuthors(doc: PageDocument, selector: string): string[] {
  const out: string[] = [];
  doc.$(selector).each((_, el) => {
    const $el = doc.$(el);
    if ($el.closest('footer, aside, nav, .comments, #comments, .related').length > 0) return;
    const named = $el.find('[itemprop="name"]').first();
    const t = (named.length > 0 ? named.attr('content') ?? named.text() : $el.attr('content') ?? $el.text()).trim();
    if (t && t.length < 200) out.push(t);
  });
  return out;
}

export interface BylineStrategy {
  rule: string;
  find(doc: PageDocument): string[];
}

export const BYLINE_STRATEGIES: BylineStrategy[] = [
  { rule: 'json-ld author', find: jsonLdAuthors },
  { rule: 'meta author', find: metaAuthors },
  { rule: 'itemprop author', find: (doc) => elementAuthors(doc, '[itemprop="author"]') },
  { rule: 'rel author', find: (doc) => elementAuthors(doc, 'a[rel="author"]') },
  { rule: 'byline class', find: (doc) => elementAuthors(doc, '.byline, .by-line, .article-byline, .author-name, .byline__name, .c-byline, [class*="byline"]').slice(0, 3) },
  { rule: 'author class', find: (doc) => elementAuthors(doc, '.author, .article-author, .post-author, [class*="author-name"], [class*="AuthorName"]').slice(0, 3) },
];

export function extractByline(doc: PageDocument): BylineResult | null {
  for (const s of BYLINE_STRATEGIES) {
    const names = splitNames(s.find(doc));
    if (names.length > 0) return { value: names.join(', '), names, rule: s.rule };
  }
  return null;
}
