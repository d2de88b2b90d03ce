import { canonicalizeUrl, urlKey } from '../crawlers/url';

/**
 * The job id of an article: the URL key of its canonical submitted URL. Two submissions of one article (with
 * different tracking parameters, fragment, host case or trailing slash) get one id, so BullMQ keeps one job and
 * the store one record. Throws INVALID_URL for input that is not an absolute http(s) URL.
 */
export function articleJobId(url: string): string {
  return urlKey(url);
}

/** The canonical form of a submitted URL together with its job id. */
export function articleKey(url: string): { canonicalUrl: string; jobId: string } {
  const canonicalUrl = canonicalizeUrl(url);
  return { canonicalUrl, jobId: urlKey(canonicalUrl) };
}
