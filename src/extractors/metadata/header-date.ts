import type { PageDocument } from '../article/document';
import { findTextDates, type ParsedDate } from './date-parsing';
import { PUBLISHED_WORDS_BEFORE, UPDATED_WORDS_BEFORE } from './date-names';

/**
 * The date a reader sees next to the headline: the byline or dateline just under (or the kicker just above)
 * the h1. Machine dates (JSON-LD, meta) are often the modification time, a UTC timestamp that falls on the
 * next day, or a CMS default; the printed date near the headline is what the page says of itself.
 */

export interface HeaderDate {
  parsed: ParsedDate;
  /** what the words just before the date call it */
  label: 'published' | 'updated' | null;
  /** characters between the headline and the date (before the headline counts as negative) */
  distance: number;
}

/** How far around the headline a date still belongs to it. */
const AFTER_CHARS = 300;
const BEFORE_CHARS = 120;
/** Ancestor levels of the h1 searched, innermost first. */
const MAX_DEPTH = 4;

const collapse = (s: string): string => s.replace(/\s+/g, ' ');

const CAPTION = /caption|bildunterschrift|legende/i;

/**
 * A wire photo's caption printed as plain text under the headline: "FILE PHOTO: The president speaks in
 * Orleans, France, January 16, 2020. Jane Doe/Pool via REUTERS" (Reuters' caption style, syndicated as is):
 * its date is the photo's. It runs from "(FILE) PHOTO:" to the agency credit.
 */
const WIRE_PHOTO_CAPTION = /\b(?:FILE )?PHOTO: [^]{0,400}?\b(?:via )?(?:REUTERS|AP|AFP)\b(?:\/[\p{Lu}][\p{L}.' -]{0,40}(?=\s))?/gu;

type Selection = ReturnType<PageDocument['$']>;
type Node = Selection[number];

/** An element's text without scripts, styles and templates (cheerio's text() keeps them). */
export function visibleText(el: Selection): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.type === 'text') parts.push((node as unknown as { data: string }).data);
    else if (node.type === 'tag') {
      const name = (node as unknown as { name: string }).name;
      // a photo caption carries the day the photo was taken, not the story's
      if (name === 'figcaption' || CAPTION.test((node as unknown as { attribs: Record<string, string> }).attribs.class ?? '')) return;
      if (name === 'br' || name === 'p' || name === 'div' || name === 'li') parts.push(' ');
      for (const child of (node as unknown as { children: Node[] }).children) walk(child);
      if (name === 'p' || name === 'div' || name === 'li' || /^h\d$/.test(name) || name === 'span' || name === 'time') parts.push(' ');
    }
  };
  el.each((_, node) => walk(node as Node));
  return parts.join('');
}

const words = (s: string): string[] => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1);

/** The page's own name for the story (og:title, else <title>), to tell the headline from a logo h1. */
function pageTitle(doc: PageDocument): string {
  return doc.meta.get('og:title')?.[0] ?? doc.meta.get('twitter:title')?.[0] ?? doc.$('title').first().text();
}

/**
 * The article's headline among the h1s: the one sharing most words with the page title (sites put their
 * logo or section name in an h1 too), on a tie the first inside the article or main element, else the first.
 */
function headline(doc: PageDocument) {
  const h1s = doc.$('h1').filter((_, el) => doc.$(el).text().trim().length > 0);
  if (h1s.length === 0) return null;
  const title = new Set(words(pageTitle(doc)));
  let best = h1s.first();
  let bestScore = -1;
  h1s.each((_, el) => {
    const $el = doc.$(el);
    const shared = words($el.text()).filter((w) => title.has(w)).length;
    const inArticle = $el.closest('article, main, [itemprop="articleBody"]').length > 0 ? 0.5 : 0;
    if (shared + inArticle > bestScore) {
      bestScore = shared + inArticle;
      best = $el;
    }
  });
  return best;
}

function labelOf(textBefore: string): HeaderDate['label'] {
  const near = textBefore.slice(-40);
  if (UPDATED_WORDS_BEFORE.test(near)) return 'updated';
  if (PUBLISHED_WORDS_BEFORE.test(near)) return 'published';
  return null;
}

/** Dates around the headline, nearest first, from the innermost ancestor that holds any. */
export function headerDates(doc: PageDocument): HeaderDate[] {
  const h1 = headline(doc);
  if (!h1) return [];
  const title = collapse(h1.text()).trim();
  if (!title) return [];
  let container = h1.parent();
  for (let depth = 0; depth < MAX_DEPTH && container.length > 0 && !container.is('html'); depth++) {
    const full = collapse(visibleText(container)).replace(WIRE_PHOTO_CAPTION, ' ');
    const at = full.indexOf(title);
    if (at >= 0) {
      const afterStart = at + title.length;
      const after = full.slice(afterStart, afterStart + AFTER_CHARS);
      const beforeStart = Math.max(0, at - BEFORE_CHARS);
      const before = full.slice(beforeStart, at);
      const out: HeaderDate[] = [];
      for (const m of findTextDates(after)) {
        out.push({ parsed: m.parsed, label: labelOf(full.slice(Math.max(0, afterStart + m.index - 40), afterStart + m.index)), distance: m.index });
      }
      for (const m of findTextDates(before)) {
        out.push({ parsed: m.parsed, label: labelOf(before.slice(0, m.index)), distance: -(before.length - m.index) });
      }
      if (out.length > 0) return out.sort((a, b) => Math.abs(a.distance) - Math.abs(b.distance));
    }
    container = container.parent();
  }
  return [];
}

/** The date printed by the headline that is not labelled as an update, if any. */
export function headerPublishedDate(doc: PageDocument): HeaderDate | null {
  return headerDates(doc).find((d) => d.label !== 'updated') ?? null;
}
