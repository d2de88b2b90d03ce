import * as cheerio from 'cheerio';
import type { Element } from 'domhandler';
import type { PageDocument } from './document';
import { cleanBlocks } from './body/clean';
import { filterParagraphs } from './body/filter';
import { prune } from './body/prune';
import { pickTop, scoreBlocks, withSiblings } from './body/score';
import { toParagraphs } from './body/serialize';
import { paywallSuspected } from './body/paywall';

export interface ArticleBody {
  /** the clean body, paragraphs separated by "\n\n", without the headline */
  text: string;
  warnings: string[];
}

export interface BodyContext {
  /** the headline found by the metadata cascade, so it can be kept out of the body */
  title: string | null;
}

/** The blocks marked itemprop=articleBody, outermost only, when they hold real text. */
function markedBodies(root: Element, $: cheerio.CheerioAPI): Element[] {
  const marked = $(root).find('[itemprop~="articleBody" i]').toArray() as Element[];
  return marked.filter((el) => !marked.some((other) => other !== el && $(other).find(el as never).length > 0));
}

/**
 * The article body: furniture pruned, blocks scored (text, commas, link density, class hints), the best
 * container and the siblings that belong to it kept, cleaned, serialized to paragraphs, filtered.
 * Works on its own parse of the page: pruning mutates the tree, and the shared document stays intact.
 */
export function extractBody(doc: PageDocument, ctx: BodyContext): ArticleBody {
  const $ = cheerio.load(doc.html);
  const root = $.root()[0] as unknown as Element;
  const warnings: string[] = [];
  if (paywallSuspected($)) warnings.push('paywall suspected');
  prune(root);

  let blocks = markedBodies(root, $);
  const markedChars = blocks.reduce((n, b) => n + $(b).text().trim().length, 0);
  if (markedChars < 200) {
    const scores = scoreBlocks(root);
    const top = pickTop(scores);
    blocks = top ? withSiblings(top, scores) : [];
  }
  cleanBlocks(blocks, ctx.title);
  const paragraphs = filterParagraphs(toParagraphs(blocks), ctx.title);
  if (paragraphs.length === 0) warnings.push('article body not found');
  return { text: paragraphs.join('\n\n'), warnings };
}
