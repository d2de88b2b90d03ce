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

type Selection = ReturnType<PageDocument['$']>;
type Node = Selection[number];

/** An element's text without scripts, styles and templates (cheerio's text() keeps them). */
export function visibleText(el: Selection): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.type === 'text') parts.push((node as unknown as { data: string }).data);
    else if (node.type === 'tag') {
      const name = (node as unknown as { name: string }).name;
      if (name === 'br' || name === 'p' || name === 'div' || name === 'li') parts.push(' ');
      for (const child of (node as unknown as { children: Node[] }).children) walk(child);
      if (name === 'p' || name === 'div' || name === 'li' || /^h\d$/.test(name) || name === 'span' || name === 'time') parts.push(' ');
    }
  };
  el.each((_, node) => walk(node as Node));
  return parts.join('');
}

/** The article's headline: the first h1 inside the article or main element, else the page's first non-empty h1. */
function headline(doc: PageDocument) {
  const inArticle = doc.$('article h1, main h1, [itemprop="articleBody"] h1, [itemprop="headline"]').filter((_, el) => doc.$(el).text().trim().length > 0);
  if (inArticle.length > 0) return inArticle.first();
  const any = doc.$('h1').filter((_, el) => doc.$(el).text().trim().length > 0);
  return any.length > 0 ? any.first() : null;
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
    const full = collapse(visibleText(container));
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
