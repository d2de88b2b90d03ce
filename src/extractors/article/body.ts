import * as cheerio from 'cheerio';
import type { Element } from 'domhandler';
import { takeTree, type PageDocument } from './document';
import { cleanBlocks } from './body/clean';
import { filterParagraphs } from './body/filter';
import { paywallSuspected } from './body/paywall';
import { prune, type PruneOptions } from './body/prune';
import { pickTop, scoreBlocks, withRepeatedBlocks, withSiblings } from './body/score';
import { toParagraphs } from './body/serialize';

export interface ArticleBody {
  /** the clean body, paragraphs separated by "\n\n", without the headline */
  text: string;
  warnings: string[];
}

export interface BodyContext {
  /** the headline found by the metadata cascade, so it can be kept out of the body */
  title: string | null;
  /** the authors found by the metadata cascade, so their byline line can be kept out of the body */
  byline?: string | null;
}

/** Below this many characters a first attempt probably pruned the article itself (Readability's 500). */
const ENOUGH_CHARS = 500;
const ATTEMPTS: PruneOptions[] = [{ unlikely: true }, { unlikely: false }];

/**
 * The blocks marked itemprop=articleBody, outermost only, each text once. A marked block without any
 * paragraph structure is a plain-text copy for crawlers (Business Insider hides one in its microdata), so
 * the scored, visible body is preferred to it.
 */
function markedBodies($: cheerio.CheerioAPI): Element[] {
  const marked = $('[itemprop~="articleBody" i]').toArray() as Element[];
  const seen = new Set<string>();
  return marked.filter((el) => {
    if (marked.some((other) => other !== el && $(other).find(el as never).length > 0)) return false;
    if ($(el).find('p, br, div, li, h2, h3').length === 0) return false;
    const key = $(el).text().replace(/\s+/g, ' ').trim();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const WORD = /[\p{L}\p{N}]+/gu;
const foldWords = (text: string) => (text.match(WORD) ?? []).join(' ').toLowerCase();

/** The page's summary as its meta tags give it, folded, to recognize a standfirst printed above the body. */
function summariesOf(doc: PageDocument): Set<string> {
  return new Set(['description', 'og:description', 'twitter:description'].flatMap((k) => doc.meta.get(k) ?? []).map(foldWords));
}

function attempt(doc: PageDocument, ctx: BodyContext, options: PruneOptions): string[] {
  // Pruning mutates the tree: the first attempt takes the shared one (metadata has read it already), later
  // attempts parse their own.
  const $ = takeTree(doc);
  const root = $.root()[0] as unknown as Element;
  prune(root, { ...options, summaries: summariesOf(doc) });
  const scores = scoreBlocks(root);
  let blocks = markedBodies($);
  const markedChars = blocks.reduce((n, b) => n + $(b).text().trim().length, 0);
  if (markedChars < 200) {
    const top = pickTop(scores);
    blocks = top ? withRepeatedBlocks(withSiblings(top, scores), top, root) : [];
  }
  cleanBlocks(blocks, ctx.title, scores);
  return filterParagraphs(toParagraphs(blocks), ctx.title, ctx.byline ?? null);
}

/**
 * The article body: furniture pruned, blocks scored (text, commas, link density, class hints), the best
 * container and the siblings that belong to it kept, cleaned, serialized to paragraphs, filtered.
 * When the first attempt leaves too little text, a second one keeps blocks whose class names look like
 * furniture (a blog whose whole post sits in a "widget"), and the longer result wins.
 */
export function extractBody(doc: PageDocument, ctx: BodyContext): ArticleBody {
  const warnings: string[] = [];
  if (paywallSuspected(doc)) warnings.push('paywall suspected');
  let best: string[] = [];
  let bestChars = -1;
  for (const options of ATTEMPTS) {
    const paragraphs = attempt(doc, ctx, options);
    const chars = paragraphs.reduce((n, p) => n + p.length, 0);
    if (chars > bestChars) {
      best = paragraphs;
      bestChars = chars;
    }
    if (chars >= ENOUGH_CHARS) break;
  }
  if (best.length === 0) warnings.push('article body not found');
  return { text: best.join('\n\n'), warnings };
}
