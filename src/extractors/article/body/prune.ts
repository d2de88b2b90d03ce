import type { AnyNode, Element } from 'domhandler';
import { ancestors, classAndId, isElement, normalizedText, removeNode } from './dom';
import { DROP_ROLES, DROP_TAGS, EMBEDDED_POST, HIDDEN_STYLE, MAYBE_CANDIDATE, META_BLOCK, STANDFIRST_HINT, UNLIKELY_CANDIDATE } from './hints';

/** Containers the unlikely-candidate rule never removes: they are the page or say they are the content. */
const NEVER_UNLIKELY = new Set(['html', 'body', 'article', 'main', 'a', 'table', 'tbody', 'tr', 'td', 'th', 'pre', 'code', 'blockquote']);

/** A byline or timestamp block is a line or two; longer blocks with such a class hold more than that. */
const META_MAX_CHARS = 150;

/** A <header> with this much paragraph text is the article itself, not a masthead. */
const HEADER_KEEP_CHARS = 400;

function isArticleBodyMarked(el: Element): boolean {
  return /articlebody/i.test(el.attribs?.itemprop ?? '');
}

/** An embedded social post is wrapped in a block or two of its own ("social-media-embed"), no more. */
const EMBED_WRAPPERS = 2;

export function isEmbeddedPost(el: Element): boolean {
  return el.name === 'blockquote' && EMBEDDED_POST.test(el.attribs?.class ?? '');
}

/**
 * Elements marked itemprop=articleBody and all their ancestors, and embedded posts with their own wrappers:
 * never pruned, whatever their class says.
 */
function protectedSet(root: Element): Set<Element> {
  const out = new Set<Element>();
  const stack: Element[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    if (isEmbeddedPost(el)) {
      out.add(el);
      for (const wrapper of ancestors(el, EMBED_WRAPPERS)) out.add(wrapper);
    }
    if (isArticleBodyMarked(el)) {
      let p: Element | null = el;
      while (p && !out.has(p)) {
        out.add(p);
        p = p.parent && isElement(p.parent as AnyNode) ? (p.parent as Element) : null;
      }
    }
    for (const c of el.children) if (isElement(c)) stack.push(c);
  }
  return out;
}

function paragraphChars(el: Element): number {
  let n = 0;
  const stack: Element[] = [el];
  while (stack.length) {
    const e = stack.pop()!;
    for (const c of e.children) {
      if (!isElement(c)) continue;
      if (c.name === 'p') n += normalizedText(c).length;
      else stack.push(c);
    }
  }
  return n;
}

function isHidden(el: Element): boolean {
  const a = el.attribs ?? {};
  if ('hidden' in a) return true;
  if (a['aria-hidden'] === 'true' && el.name !== 'html' && el.name !== 'body') return true;
  return a.style !== undefined && HIDDEN_STYLE.test(a.style);
}

function isUnlikely(el: Element): boolean {
  if (NEVER_UNLIKELY.has(el.name)) return false;
  const hint = classAndId(el);
  if (!hint || !UNLIKELY_CANDIDATE.test(hint) || MAYBE_CANDIDATE.test(hint)) return false;
  return true;
}

function isMetaLine(el: Element): boolean {
  if (el.name === 'html' || el.name === 'body') return false;
  const hint = classAndId(el);
  return hint !== '' && META_BLOCK.test(hint) && normalizedText(el).length <= META_MAX_CHARS;
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * A standfirst: a block whose class says summary ("dek", "standfirst", "abstract") and whose text is the
 * page's meta description. The class alone is not enough (some sites call the lede "summary"), nor is the
 * text (many pages take the description from the lede).
 */
function isStandfirst(el: Element, summaries: Set<string> | undefined): boolean {
  if (!summaries || summaries.size === 0 || !STANDFIRST_HINT.test(classAndId(el))) return false;
  return summaries.has((normalizedText(el).match(WORD) ?? []).join(' ').toLowerCase());
}

/** Why an element is furniture, or null when it may hold article text. */
function dropReason(el: Element, keep: Set<Element>, options: PruneOptions): string | null {
  if (DROP_TAGS.has(el.name)) return 'tag';
  // Hidden stays hidden even around an articleBody: that is a copy for crawlers (Business Insider's microdata).
  if (isHidden(el)) return 'hidden';
  if (keep.has(el)) return null;
  const role = el.attribs?.role?.toLowerCase();
  if (role && DROP_ROLES.has(role)) return 'role';
  if (el.name === 'header' && paragraphChars(el) < HEADER_KEEP_CHARS) return 'header';
  if (options.unlikely && isUnlikely(el)) return 'unlikely';
  if (isMetaLine(el)) return 'meta';
  if (isStandfirst(el, options.summaries)) return 'standfirst';
  return null;
}

/**
 * Removes navigation, scripts, media, captions, share bars, comments and other furniture from `root` in
 * place, before any scoring, so their text never competes with the article's.
 */
export interface PruneOptions {
  /** drop blocks whose class or id says furniture; turned off for a second try when too little text is left */
  unlikely: boolean;
  /** the page's meta descriptions, folded to lower-case words: a standfirst repeating one goes */
  summaries?: Set<string>;
}

export function prune(root: Element, options: PruneOptions = { unlikely: true }): void {
  const keep = protectedSet(root);
  const stack: AnyNode[] = [...root.children];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'comment' || node.type === 'directive' || node.type === 'cdata') {
      removeNode(node);
      continue;
    }
    if (!isElement(node)) continue;
    if (dropReason(node, keep, options)) {
      removeNode(node);
      continue;
    }
    for (const c of node.children) stack.push(c);
  }
}
