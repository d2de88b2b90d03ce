import type { PageDocument } from '../article/document';
import { articleObjects, textOf } from './json-ld';

/**
 * The headline, without " | Site Name" decorations. Candidates come from JSON-LD headline, og:title,
 * twitter:title, the first <h1> and <title>; the winner is the first candidate (in that order) once site
 * names are cut off, except that an <h1> agreeing with a meta title is preferred as the printed form.
 */

export interface TitleResult {
  value: string;
  rule: string;
}

/** Separators sites put between headline and site name (Readability's list plus guillemets and colons). */
const SEPARATOR = /\s+[|\u2013\u2014\-\u00b7\u2022:»«/\\~]+\s+|\s*\|\s*/;
const SEPARATOR_GLOBAL = /\s+[|\u2013\u2014\-\u00b7\u2022:»«/\\~]+\s+|\s*\|\s*/g;

function clean(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const t = raw.replace(/\s+/g, ' ').trim();
  return t.length > 0 ? t : null;
}

function key(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Site names a title may carry: og:site_name, application-name, the host's name ("derstandard"). */
function siteNames(doc: PageDocument, siteName: string | null): string[] {
  const names = [siteName, doc.meta.get('og:site_name')?.[0], doc.meta.get('application-name')?.[0]].filter(
    (x): x is string => !!x,
  );
  if (doc.url) {
    try {
      const host = new URL(doc.url).hostname.replace(/^www\./, '');
      names.push(host, host.split('.').slice(0, -1).join('.'));
    } catch {
      /* no host */
    }
  }
  return names.map(key).filter((k) => k.length >= 2);
}

function isSitePart(part: string, sites: string[]): boolean {
  const k = key(part);
  if (!k) return true;
  return sites.some((s) => k === s || (k.length >= 4 && (s.includes(k) || k.includes(s)) && part.split(' ').length <= 5));
}

/** Cuts leading and trailing parts that name the site: "Headline | Der Standard" -> "Headline". */
export function stripSiteName(title: string, sites: string[]): string {
  const parts = title.split(SEPARATOR_GLOBAL);
  const seps = title.match(SEPARATOR_GLOBAL) ?? [];
  if (parts.length < 2) return title;
  let start = 0;
  let end = parts.length;
  while (end - start > 1 && isSitePart(parts[end - 1], sites)) end--;
  while (end - start > 1 && isSitePart(parts[start], sites)) start++;
  if (start === 0 && end === parts.length) return title;
  let out = parts[start];
  for (let i = start + 1; i < end; i++) out += seps[i - 1] + parts[i];
  return out.trim();
}

/** The <title> often is "Headline - Section - Site": when a shorter candidate is its head, that is the headline. */
function headOf(title: string, others: string[]): string | null {
  for (const o of others) {
    const k = key(o);
    if (k.length >= 10 && key(title).startsWith(k) && SEPARATOR.test(title.slice(o.length - 1))) return o;
  }
  return null;
}

export function extractTitle(doc: PageDocument, siteName: string | null): TitleResult | null {
  const sites = siteNames(doc, siteName);
  const h1s = doc.$('h1')
    .toArray()
    .map((el) => clean(doc.$(el).text()))
    .filter((x): x is string => !!x && x.length < 300);
  const raw: { rule: string; value: string | null }[] = [
    { rule: 'json-ld headline', value: clean(articleObjects(doc).map((o) => textOf(o.headline) ?? textOf(o.name)).find(Boolean)) },
    { rule: 'og:title', value: clean(doc.meta.get('og:title')?.[0]) },
    { rule: 'twitter:title', value: clean(doc.meta.get('twitter:title')?.[0]) },
    { rule: 'dc.title', value: clean(doc.meta.get('dc.title')?.[0] ?? doc.meta.get('parsely-title')?.[0]) },
    { rule: 'h1', value: h1s[0] ?? null },
    { rule: 'title', value: clean(doc.$('title').first().text()) },
  ];
  const candidates = raw
    .filter((c): c is { rule: string; value: string } => !!c.value)
    .map((c) => ({ rule: c.rule, value: stripSiteName(c.value, sites) }));
  if (candidates.length === 0) return null;

  // An <h1> that equals a meta title (ignoring case and punctuation) is the headline as printed.
  const metaKeys = new Set(candidates.filter((c) => c.rule !== 'h1' && c.rule !== 'title').map((c) => key(c.value)));
  const agreeing = h1s.find((h) => metaKeys.has(key(h)));
  if (agreeing) return { value: agreeing, rule: 'h1 agreeing with meta' };

  const first = candidates[0];
  const shorter = headOf(first.value, candidates.slice(1).map((c) => c.value));
  if (shorter && first.rule === 'title') return { value: shorter, rule: 'title head' };
  return first;
}
