import type { PageDocument } from '../article/document';
import { articleObjects, textOf } from './json-ld';
import { cleanText } from './text-clean';
import { printedHeadline } from './headline-element';
import { key, SEPARATOR, siteNamesOf, stripSiteName } from './site-suffix';

/**
 * The headline, without " | Site Name" decorations. Candidates come from JSON-LD headline, og:title, the
 * printed heading (headline-element.ts: not a breadcrumb <h1>, no kicker), twitter:title, dc.title,
 * JSON-LD name, microdata headline and <title>, each with the site's name cut off (site-suffix.ts); the
 * form most sources agree on wins, weighted, a tie going to the earlier source.
 */

export interface TitleResult {
  value: string;
  rule: string;
}

const clean = cleanText;

/** The <title> often is "Headline - Section - Site": when a shorter candidate is its head, that is the headline. */
function headOf(title: string, others: string[]): string | null {
  for (const o of others) {
    const k = key(o);
    if (k.length >= 10 && key(title).startsWith(k) && SEPARATOR.test(title.slice(o.length - 1))) return o;
  }
  return null;
}

/** The printed heading breaks a tie between JSON-LD and og:title; copies of og:title only add a little. */
const PRINTED = 1.1;
const VOTE_WEIGHT: Record<string, number> = {
  h1: PRINTED, 'h1 without kicker': PRINTED, 'article h2': PRINTED, 'article h2 without kicker': PRINTED,
  'twitter:title': 0.3, 'dc.title': 0.3, 'json-ld name': 0.3, 'itemprop headline': 0.3, title: 0.5 };

export interface TitleCandidate {
  rule: string;
  value: string;
}

/**
 * Microdata's headline: <meta itemprop="headline" content> or the element marked itemprop="headline" (often
 * the <h1> itself, which then votes twice only at a tie-breaker's weight).
 */
function itempropHeadline(doc: PageDocument): string | null {
  const meta = doc.meta.get('headline')?.[0];
  if (meta) return clean(meta);
  const el = doc.$('[itemprop="headline"]').first();
  const text = clean(el.attr('content') ?? el.text());
  return text && text.length < 300 ? text : null;
}

/** Every source's title, site names cut off, in order of trust: JSON-LD, og, printed heading, the rest. */
export function titleCandidates(doc: PageDocument, siteName: string | null): TitleCandidate[] {
  const sites = siteNamesOf(doc, siteName);
  const printed = printedHeadline(doc);
  const raw: { rule: string; value: string | null }[] = [
    { rule: 'json-ld headline', value: clean(articleObjects(doc).map((o) => textOf(o.headline)).find(Boolean)) },
    { rule: 'og:title', value: clean(doc.meta.get('og:title')?.[0]) },
    { rule: printed?.rule ?? 'h1', value: printed?.value ?? null },
    { rule: 'twitter:title', value: clean(doc.meta.get('twitter:title')?.[0]) },
    { rule: 'dc.title', value: clean(doc.meta.get('dc.title')?.[0] ?? doc.meta.get('parsely-title')?.[0]) },
    { rule: 'json-ld name', value: clean(articleObjects(doc).map((o) => textOf(o.name)).find(Boolean)) },
    { rule: 'itemprop headline', value: itempropHeadline(doc) },
    { rule: 'title', value: clean(doc.$('title').first().text()) },
  ];
  return raw
    .filter((c): c is TitleCandidate => !!c.value)
    .map((c) => ({ rule: c.rule, value: stripSiteName(c.value, sites) }));
}

/**
 * The headline most sources agree on (ignoring case, punctuation and quote styles) wins; a tie goes to
 * the earlier source. SEO titles (og, JSON-LD) and the printed heading differ on many sites, and the form
 * two of them share is the editorial one. twitter:title and dc.title are mostly copies of og:title, so they
 * only break ties; the printed heading breaks ties before them.
 */
export function chooseTitle(candidates: TitleCandidate[]): TitleResult | null {
  if (candidates.length === 0) return null;
  const votes = new Map<string, number>();
  for (const c of candidates) votes.set(key(c.value), (votes.get(key(c.value)) ?? 0) + (VOTE_WEIGHT[c.rule] ?? 1));
  let best = candidates[0];
  for (const c of candidates) if ((votes.get(key(c.value)) ?? 0) > (votes.get(key(best.value)) ?? 0)) best = c;
  if ((votes.get(key(best.value)) ?? 0) > 1) return best;

  // No agreement: a <title> that is "Headline - Section - Site" yields to the candidate that is its head.
  const shorter = headOf(best.value, candidates.slice(1).map((c) => c.value));
  if (shorter && best.rule === 'title') return { value: shorter, rule: 'title head' };
  return best;
}

export function extractTitle(doc: PageDocument, siteName: string | null): TitleResult | null {
  return chooseTitle(titleCandidates(doc, siteName));
}
