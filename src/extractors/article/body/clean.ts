import type { AnyNode, Element } from 'domhandler';
import { descendants, isElement, isText, normalizedText, linkDensity, removeNode } from './dom';
import { BLOCK_TAGS, COMMAS, HEADING_TAGS } from './hints';
import { classWeight } from './score';
import { isEmbeddedPost } from './prune';

/**
 * Readability's conditional cleaning, inside the chosen container: blocks that look like link lists,
 * image strips or forms rather than prose go, headings that are links or furniture go.
 */

const CONDITIONAL_TAGS = new Set(['div', 'section', 'ul', 'ol', 'table', 'form', 'dl', 'span']);
const LIST_TAGS = new Set(['ul', 'ol', 'dl']);

function count(el: Element, names: string[]): number {
  return descendants(el).filter((d) => names.includes(d.name)).length;
}

function isFurniture(el: Element, score: number): boolean {
  const text = normalizedText(el);
  const weight = classWeight(el);
  const density = linkDensity(el, text.length);
  if (LIST_TAGS.has(el.name)) {
    // A list in an article is kept unless its class says furniture or it is mostly links ("More from ...");
    // its own score is no guide, since list tags start below zero.
    return weight < 0 || density > 0.5;
  }
  // A block full of prose outweighs a furniture-sounding class ("elementor-widget-container").
  if (weight + score < 0) return true;
  if ((text.match(COMMAS)?.length ?? 0) >= 10) return false;
  const paragraphs = count(el, ['p']);
  const listItems = count(el, ['li']) - 100;
  const inputs = count(el, ['input', 'select', 'textarea']);
  if (listItems > paragraphs && density > 0.2) return true;
  if (inputs > Math.floor(paragraphs / 3)) return true;
  if (text.length < 25 && density > 0) return true;
  if (weight < 25 && density > 0.2 && text.length < 1000) return true;
  if (weight >= 25 && density > 0.5) return true;
  return false;
}

/**
 * A span inside running text is usually a name or ticker link ("Rep. <span><a>Ilhan Omar</a></span>",
 * "(<span><a>N225</a></span>)"), and taking it out leaves a hole in the sentence: it goes only when it is a
 * run of several links (a people pop-up). A span that stands alone between blocks is judged like a div.
 */
const INLINE_LINK_RUN_CHARS = 80;
const INLINE_TAGS = new Set(['span', 'a', 'em', 'strong', 'b', 'i', 'u', 'font', 'small', 'mark', 'cite', 'q', 'abbr', 'sup', 'sub']);
const PROSE_TAGS = new Set(['p', 'li', 'dd', 'dt', 'td', 'blockquote', ...HEADING_TAGS]);

function inRunningText(el: Element): boolean {
  const parent = el.parent as Element | null;
  if (!parent || !isElement(parent as AnyNode)) return false;
  if (PROSE_TAGS.has(parent.name)) return true;
  if (parent.children.some((c) => isText(c) && c.data.trim().length > 0)) return true;
  return INLINE_TAGS.has(parent.name) && inRunningText(parent);
}

function isInlineLinkRun(el: Element): boolean {
  const text = normalizedText(el);
  if (text.length <= INLINE_LINK_RUN_CHARS) return false;
  return count(el, ['a']) >= 2 && linkDensity(el, text.length) > 0.5;
}

/** A wrapper that holds little but an embedded post (a quoted tweet) is part of the story. */
function isEmbedWrapper(el: Element): boolean {
  const posts = descendants(el).filter(isEmbeddedPost);
  if (posts.length === 0) return false;
  const postChars = posts.reduce((n, p) => n + normalizedText(p).length, 0);
  return postChars >= 0.8 * normalizedText(el).length;
}

function isConditionalFurniture(el: Element, scores: Map<Element, number>): boolean {
  if (!CONDITIONAL_TAGS.has(el.name)) return false;
  if (isEmbedWrapper(el)) return false;
  if (el.name === 'span' && inRunningText(el) && !descendants(el).some((d) => BLOCK_TAGS.has(d.name))) return isInlineLinkRun(el);
  return isFurniture(el, scores.get(el) ?? 0) || isOrphanHeading(el);
}

/** A block left holding only a heading ("More features" after its link list went) is a section label. */
function isOrphanHeading(el: Element): boolean {
  if (el.name !== 'div' && el.name !== 'section') return false;
  let headings = 0;
  for (const child of el.children) {
    if (child.type === 'text') {
      if ((child as unknown as { data: string }).data.trim()) return false;
    } else if (child.type === 'tag') {
      if (!HEADING_TAGS.has((child as Element).name)) return false;
      headings++;
    }
  }
  return headings > 0;
}

function isFurnitureHeading(el: Element, title: string | null): boolean {
  const text = normalizedText(el);
  if (text.length === 0) return true;
  if (classWeight(el) < 0) return true;
  if (linkDensity(el, text.length) > 0.33) return true;
  return title !== null && text.toLowerCase() === title.toLowerCase();
}

/** Cleans the chosen blocks in place, deepest blocks first so a parent is judged on what remains. */
export function cleanBlocks(blocks: Element[], title: string | null, scores: Map<Element, number>): void {
  for (const block of blocks) {
    const all = descendants(block).reverse();
    for (const el of all) {
      if (!el.parent) continue;
      if (HEADING_TAGS.has(el.name)) {
        if (el.name === 'h1' || isFurnitureHeading(el, title)) removeNode(el);
      } else if (isConditionalFurniture(el, scores)) removeNode(el);
    }
  }
}
