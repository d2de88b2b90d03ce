/**
 * What an extractor may know besides the text. Extractors are pure: no I/O and no clock, so the
 * publication date and fetch time arrive here (relative dates resolve against publishedAt, never now).
 */
export interface ExtractContext {
  /** ISO date or date-time of publication, or null when unknown */
  publishedAt: string | null;
  /** ISO date-time the page was fetched, or null (files) */
  fetchedAt: string | null;
  /** the page's address, when known: its host hints at the country (".pk" -> Rs is PKR) */
  url: string | null;
  siteName: string | null;
  /** BCP 47 language of the article, when known */
  language: string | null;
  /** tests run strict: an extractor that throws fails the test instead of becoming a warning */
  strict: boolean;
}

export function makeContext(partial: Partial<ExtractContext> = {}): ExtractContext {
  return {
    publishedAt: null,
    fetchedAt: null,
    url: null,
    siteName: null,
    language: null,
    strict: false,
    ...partial,
  };
}
