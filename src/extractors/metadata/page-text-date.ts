import type { PageDocument } from '../article/document';
import { findTextDates, type ParsedDate } from './date-parsing';
import { UPDATED_WORDS_BEFORE } from './date-names';

/**
 * The last resort (htmldate's "extensive search"): when no markup dates the page, the dates printed anywhere
 * in its visible text. Navigation, footers, asides, comments and scripts are left out: they carry today's
 * date, other stories' dates and readers' dates. Dates labelled as updates are skipped.
 */

type Selection = ReturnType<PageDocument['$']>;
type Node = Selection[number];

const SKIPPED_TAGS = new Set(['figcaption', 'script', 'style', 'noscript', 'template', 'svg', 'nav', 'footer', 'aside', 'select', 'option', 'button', 'form']);
/** class or id of a block that is not the article: comments, related stories, menus, calendars */
const SKIPPED_BLOCK = /(?:comment|kommentar|related|recommend|sidebar|widget|footer|menu|navigation|breadcrumb|calendar|kalender|archive|cookie|newsletter|share|caption|bildunterschrift)/i;

const WRAPPERS = new Set(['body', 'main', 'article']);

/** Text blocks of the page outside the skipped parts, in document order. */
function articleText(doc: PageDocument): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.type === 'text') {
      parts.push((node as unknown as { data: string }).data);
      return;
    }
    if (node.type !== 'tag') return;
    const el = node as unknown as { name: string; attribs: Record<string, string>; children: Node[] };
    if (SKIPPED_TAGS.has(el.name)) return;
    // the page's wrappers carry layout classes ("one-sidebar", "has-comments") that say nothing of their text
    const hint = WRAPPERS.has(el.name) ? '' : `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
    if (hint.trim() && SKIPPED_BLOCK.test(hint)) return;
    for (const child of el.children) walk(child);
    parts.push(' ');
  };
  doc.$('body').each((_, body) => walk(body as Node));
  return parts.join('').replace(/\s+/g, ' ');
}

/** Dates in the visible article text, in document order, without those labelled as updates. */
export function pageTextDates(doc: PageDocument): ParsedDate[] {
  const text = articleText(doc);
  return findTextDates(text)
    .filter((m) => !UPDATED_WORDS_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)))
    .map((m) => m.parsed);
}
