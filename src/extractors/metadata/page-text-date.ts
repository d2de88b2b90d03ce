import type { PageDocument } from '../article/document';
import { findTextDates, type ParsedDate } from './date-parsing';
import { UPDATED_WORDS_BEFORE } from './date-names';

/**
 * The last resort (htmldate's "extensive search"): when no markup dates the page, the dates printed anywhere
 * in its visible text. Navigation, comments and scripts are left out (today's date, readers' dates), and on
 * a first pass footers, asides and related stories too (other stories' dates). Dates labelled as updates
 * are skipped.
 */

type Selection = ReturnType<PageDocument['$']>;
type Node = Selection[number];

const ALWAYS_SKIPPED_TAGS = ['figcaption', 'script', 'style', 'noscript', 'template', 'svg', 'nav', 'select', 'option', 'button', 'form'];
/** class or id of a block that is never the article's date: comments, menus, calendars, captions */
const ALWAYS_SKIPPED = 'comment|kommentar|menu|navigation|breadcrumb|calendar|kalender|cookie|newsletter|share|caption|bildunterschrift';

/** First pass: the page without its margins (asides, footers, related stories). */
const STRICT = {
  tags: new Set([...ALWAYS_SKIPPED_TAGS, 'footer', 'aside']),
  block: new RegExp(`(?:${ALWAYS_SKIPPED}|related|recommend|sidebar|widget|footer|archive)`, 'i'),
};
/** Second pass, when the first finds nothing: small sites put the post date in an aside or the footer line. */
const LOOSE = { tags: new Set(ALWAYS_SKIPPED_TAGS), block: new RegExp(`(?:${ALWAYS_SKIPPED})`, 'i') };

const WRAPPERS = new Set(['body', 'main', 'article']);

/** Text blocks of the page outside the skipped parts, in document order. */
function articleText(doc: PageDocument, skip: typeof STRICT): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.type === 'text') {
      parts.push((node as unknown as { data: string }).data);
      return;
    }
    if (node.type !== 'tag') return;
    const el = node as unknown as { name: string; attribs: Record<string, string>; children: Node[] };
    if (skip.tags.has(el.name)) return;
    // the page's wrappers carry layout classes ("one-sidebar", "has-comments") that say nothing of their text
    const hint = WRAPPERS.has(el.name) ? '' : `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
    if (hint.trim() && skip.block.test(hint)) return;
    for (const child of el.children) walk(child);
    parts.push(' ');
  };
  doc.$('body').each((_, body) => walk(body as Node));
  return parts.join('').replace(/\s+/g, ' ');
}

/** Dates in the visible article text, in document order, without those labelled as updates. */
export function pageTextDates(doc: PageDocument): ParsedDate[] {
  for (const skip of [STRICT, LOOSE]) {
    const text = articleText(doc, skip);
    const dates = findTextDates(text)
      .filter((m) => !UPDATED_WORDS_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)))
      .map((m) => m.parsed);
    if (dates.length > 0) return dates;
  }
  return [];
}
