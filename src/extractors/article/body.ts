import type { PageDocument } from './document';

export interface ArticleBody {
  /** the clean body, paragraphs separated by "\n\n", without the headline */
  text: string;
  warnings: string[];
}

export interface BodyContext {
  /** the headline found by the metadata cascade, so it can be kept out of the body */
  title: string | null;
}

// PLACEHOLDER until the body extractor lands: all <p> text.
export function extractBody(doc: PageDocument, _ctx: BodyContext): ArticleBody {
  const paragraphs = doc.$('p').toArray().map((p) => doc.$(p).text().replace(/\s+/g, ' ').trim()).filter(Boolean);
  return { text: paragraphs.join('\n\n'), warnings: [] };
}
