import type { AnyNode, Element } from 'domhandler';
import { ancestors, classAndId, descendants, isElement, isText, linkDensity, normalizedText } from './dom';
import { BLOCK_TAGS, COMMAS, HEADING_TAGS, NEGATIVE_HINT, POSITIVE_HINT } from './hints';

/**
 * Readability-style block scoring: every run of inline text (a paragraph, or loose text in a div on pages
 * without <p>) gives points for its length and commas to the block that holds it and, halving, to the
 * blocks above; the block with the best score, discounted by its link density, is the article's container.
 */

const MIN_RUN_CHARS = 25;
const ANCESTOR_LEVELS = 5;

/** Tags whose inline text is one paragraph: their score goes to the block that holds them. */
// Table cells are not here: on table-layout pages a cell is the whole column, the container itself.
const PARAGRAPH_TAGS = new Set(['p', 'pre', 'li', 'dd', 'dt', 'blockquote']);
/** Runs inside these never count: headings and link lists are not prose. */
const SKIP_RUN_TAGS = new Set([...HEADING_TAGS, 'a', 'ul', 'ol', 'table', 'tr', 'tbody', 'thead']);

export function classWeight(el: Element): number {
  const hint = classAndId(el);
  if (!hint) return 0;
  let w = 0;
  if (NEGATIVE_HINT.test(hint)) w -= 25;
  if (POSITIVE_HINT.test(hint)) w += 25;
  return w;
}

function tagBase(name: string): number {
  if (name === 'div' || name === 'article' || name === 'main') return 5;
  if (name === 'pre' || name === 'td' || name === 'blockquote') return 3;
  if (['address', 'ol', 'ul', 'dl', 'dd', 'dt', 'li', 'form'].includes(name)) return -3;
  if (HEADING_TAGS.has(name) || name === 'th') return -5;
  return 0;
}

/**
 * Inline text runs directly under `el`, split at block children and at <br>, also a <br> nested in inline
 * markup (old pages wrap whole stories in <font> with <br><br> between paragraphs).
 */
function inlineRuns(el: Element): string[] {
  const runs: string[] = [];
  let current = '';
  const visit = (node: AnyNode) => {
    if (isText(node)) {
      current += node.data;
      return;
    }
    if (!isElement(node)) return;
    const c = node as Element;
    if (BLOCK_TAGS.has(c.name)) {
      runs.push(current);
      current = '';
      return;
    }
    for (const child of c.children) visit(child);
  };
  for (const child of el.children) visit(child);
  runs.push(current);
  return runs.map((r) => r.replace(/\s+/g, ' ').trim()).filter((r) => r.length >= MIN_RUN_CHARS);
}

function runScore(text: string): number {
  return 1 + (text.match(COMMAS)?.length ?? 0) + Math.min(Math.floor(text.length / 100), 3);
}

/** Scores every block under `root`, discounted by link density. */
export function scoreBlocks(root: Element): Map<Element, number> {
  const raw = new Map<Element, number>();
  const add = (el: Element, points: number) => {
    if (!raw.has(el)) raw.set(el, tagBase(el.name) + classWeight(el));
    raw.set(el, raw.get(el)! + points);
  };
  for (const el of descendants(root)) {
    // Inline elements' text is part of their block's run; counting it again would score it twice.
    if (SKIP_RUN_TAGS.has(el.name) || !BLOCK_TAGS.has(el.name)) continue;
    for (const run of inlineRuns(el)) {
      const points = runScore(run);
      const holder = PARAGRAPH_TAGS.has(el.name) ? (el.parent as Element | null) : el;
      if (!holder || !isElement(holder as AnyNode)) continue;
      const chain = [holder, ...ancestors(holder, ANCESTOR_LEVELS - 1)];
      chain.forEach((block, level) => add(block, points / (level === 0 ? 1 : level === 1 ? 2 : level * 3)));
    }
  }
  const scores = new Map<Element, number>();
  for (const [el, s] of raw) scores.set(el, s * (1 - linkDensity(el)));
  return scores;
}

/** The best block, moved up when the best few share an ancestor or the parent scores as well (split bodies). */
export function pickTop(scores: Map<Element, number>): Element | null {
  const ranked = [...scores.entries()].filter(([el]) => el.name !== 'html').sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0) return null;
  let [top, topScore] = ranked[0];

  // Readability: when three of the top five candidates (each at least 3/4 of the best) sit under one
  // ancestor of the best, the body was split over sibling containers: take that ancestor.
  const close = ranked.slice(1, 5).filter(([, s]) => s >= topScore * 0.75).map(([el]) => new Set(ancestors(el)));
  if (close.length >= 2) {
    for (const anc of ancestors(top)) {
      if (anc.name === 'body' || anc.name === 'html') break;
      if (close.filter((set) => set.has(anc)).length >= 2) {
        top = anc;
        break;
      }
    }
  }
  topScore = scores.get(top) ?? topScore;

  // Climb while the parent scores higher: its other children are part of the article.
  let last = topScore;
  const threshold = last / 3;
  for (const parent of ancestors(top)) {
    if (parent.name === 'body' || parent.name === 'html') break;
    const s = scores.get(parent);
    if (s === undefined) continue;
    if (s < threshold) break;
    if (s > last) top = parent;
    last = s;
  }
  // A lone child says nothing its parent does not: take the parent, so its siblings can be considered.
  while (top.parent && isElement(top.parent as AnyNode)) {
    const parent = top.parent as Element;
    if (parent.name === 'body' || parent.name === 'html') break;
    if (parent.children.filter((c) => isElement(c) || normalizedText(c).length > 0).length !== 1) break;
    top = parent;
  }
  return top;
}

/** Siblings of the top block that belong to the article (Readability's sibling pass). */
export function withSiblings(top: Element, scores: Map<Element, number>): Element[] {
  const parent = top.parent;
  if (!parent || !isElement(parent as AnyNode) || (parent as Element).name === 'html') return [top];
  const topScore = scores.get(top) ?? 0;
  const threshold = Math.max(10, topScore * 0.2);
  const topClass = top.attribs?.class ?? '';
  const out: Element[] = [];
  for (const node of (parent as Element).children) {
    if (!isElement(node)) continue;
    const sib = node as Element;
    if (sib === top) {
      out.push(sib);
      continue;
    }
    let bonus = 0;
    if (topClass && sib.attribs?.class === topClass) bonus += topScore * 0.2;
    const s = scores.get(sib);
    if (s !== undefined && s + bonus >= threshold) {
      out.push(sib);
      continue;
    }
    if (sib.name === 'p' || (sib.name === 'div' && !sib.children.some((c) => isElement(c) && BLOCK_TAGS.has((c as Element).name)))) {
      const text = normalizedText(sib);
      const density = linkDensity(sib, text.length);
      if (text.length > 80 && density < 0.25) out.push(sib);
      else if (text.length > 0 && text.length <= 80 && density === 0 && /\.( |$)/.test(text)) out.push(sib);
    }
  }
  return out;
}

const MIN_REPEAT_CHARS = 100;
const MAX_REPEAT_LINK_DENSITY = 0.3;

/**
 * A body split over several containers with the same tag and class (Wired's article__body chunks between
 * ad rails, Quanta's content sections) is one article: every prose-like block with the top block's exact
 * signature joins, in document order.
 */
export function withRepeatedBlocks(blocks: Element[], top: Element, root: Element): Element[] {
  const signature = top.attribs?.class?.trim();
  if (!signature) return blocks;
  const all = descendants(root);
  const order = new Map(all.map((el, i) => [el, i]));
  const covered = (el: Element) => [el, ...ancestors(el)].some((a) => blocks.includes(a) || out.includes(a));
  const out: Element[] = [];
  for (const el of all) {
    if (el === top || el.name !== top.name || el.attribs?.class?.trim() !== signature) continue;
    if (covered(el) || ancestors(top).includes(el)) continue;
    const text = normalizedText(el);
    if (text.length >= MIN_REPEAT_CHARS && linkDensity(el, text.length) < MAX_REPEAT_LINK_DENSITY) out.push(el);
  }
  if (out.length === 0) return blocks;
  return [...blocks, ...out].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}
