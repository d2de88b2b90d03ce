import type { Element } from 'domhandler';
import type { PageDocument } from '../article/document';

/**
 * A signed article: the author's name as a paragraph of its own at the top or the foot of the text, set in
 * bold or italics ("<p><strong>Jane Doe</strong></p>" before the first paragraph, or after the last one).
 * Many papers print their bylines so and leave the metadata author as the site's name. Read only when the
 * fields meant for the author gave the site's name or nothing (see byline.ts), and only beside real prose: the
 * paragraph's own parent holds several long paragraphs, and the name stands among the first two or the last
 * two non-empty ones (a donation appeal or a share line may follow the signature; a bold subheading near the
 * end has two or more paragraphs after it).
 */

/** A paragraph of prose, not a caption or a link line. */
const PROSE_CHARS = 80;
const MIN_PROSE_PARAGRAPHS = 3;
/** At the top, the signature comes before the first long paragraph, after at most a short standfirst. */
const HEAD_SPAN = 3;
/** The last or the one before it: an appeal or a share line may follow a signature, prose follows a subheading. */
const TAIL_SPAN = 2;
/**
 * One to four words, each capitalized, or a run of up to four characters of a script without case (a Chinese
 * or Korean name; a longer run is a phrase, "分享让更多人看到"): a name, not a sentence or a label.
 */
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|\p{Lo}{1,4})$/u;
const MAX_NAME_WORDS = 4;

const textOf = (doc: PageDocument, el: Element): string => doc.$(el).text().replace(/\s+/g, ' ').trim();

/** The paragraph's whole text sits in one bold or italic element. */
function emphasizedWhole(doc: PageDocument, p: Element, text: string): boolean {
  const $em = doc.$(p).children('strong, b, em, i');
  return $em.length === 1 && $em.text().replace(/\s+/g, ' ').trim() === text;
}

/** Two signatures share a line: "Jane Doe/John Roe", "Jane Doe & John Roe", "Jane Doe and John Roe". */
const JOINT = /\s*(?:\/|&|,|\sand\s)\s*/;

function nameLike(text: string): boolean {
  const words = text.split(' ');
  return words.length <= MAX_NAME_WORDS && words.every((w) => NAME_WORD.test(w)) && !/\d/.test(text);
}

/** The names a signature line holds, or none when any part of it is not a name. */
function signatureNames(text: string): string[] {
  const parts = text.split(JOINT).filter(Boolean);
  return parts.length > 0 && parts.every(nameLike) ? parts : [];
}

export function signedParagraphAuthors(doc: PageDocument): string[] {
  const out: string[] = [];
  const seenParents = new Set<Element>();
  doc.$('p').each((_, node) => {
    const parent = (node as Element).parent as Element | null;
    if (!parent || seenParents.has(parent)) return;
    seenParents.add(parent);
    const paras = doc
      .$(parent)
      .children('p')
      .toArray()
      .map((p) => ({ p: p as Element, text: textOf(doc, p as Element) }))
      .filter((x) => x.text.length > 0);
    if (paras.filter((x) => x.text.length >= PROSE_CHARS).length < MIN_PROSE_PARAGRAPHS) return;
    const firstProse = paras.findIndex((x) => x.text.length >= PROSE_CHARS);
    const edges = [...paras.slice(0, Math.min(firstProse, HEAD_SPAN)), ...paras.slice(-TAIL_SPAN)];
    for (const { p, text } of edges) {
      if (!emphasizedWhole(doc, p, text)) continue;
      for (const name of signatureNames(text)) if (!out.includes(name)) out.push(name);
    }
  });
  return out;
}
