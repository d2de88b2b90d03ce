import { createHash } from 'node:crypto';
import { NewsfactsError } from '../errors';

// Query parameters that identify a campaign or a click, never the article (so two links to one article
// with different utm_ tags are one job and one record).
const TRACKING_PARAMS = /^(utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|_gl|ocid|cmpid|ref|ref_src|ref_url|rss|output|amp|__twitter_impression|s_cid|ito|ns_source|ns_mchannel|ns_campaign|ns_linkname|ns_fee|sr_share|at_medium|at_campaign|at_custom\d*)$/i;

// Session ids carried in the path (";jsessionid=...") or the query name a visit, not a page.
const SESSION_PATH_PARAM = /;(?:jsessionid|phpsessid|sid|sessionid)=[^/?#]*/gi;
const SESSION_PARAMS = /^(jsessionid|phpsessid|aspsessionid\w*|sessionid|cfid|cftoken)$/i;
const PERCENT_ESCAPE = /%([0-9a-fA-F]{2})/g;
const UNRESERVED = /[A-Za-z0-9\-._~]/;

/** RFC 3986 6.2.2: escapes in upper case, and unreserved characters never escaped (%7e and ~ are one URL). */
function normalizePercentEncoding(path: string): string {
  return path.replace(PERCENT_ESCAPE, (_escape, hex: string) => {
    const char = String.fromCharCode(parseInt(hex, 16));
    return UNRESERVED.test(char) ? char : `%${hex.toUpperCase()}`;
  });
}

// Code-unit order, never localeCompare: the key must not depend on the machine's locale.
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Parses an absolute http(s) URL or throws INVALID_URL. */
export function parseHttpUrl(input: string): URL {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new NewsfactsError('INVALID_URL', `not a URL: "${input}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new NewsfactsError('INVALID_URL', `only http and https URLs are fetched, not "${url.protocol}" in "${input}"`);
  }
  if (!url.hostname) throw new NewsfactsError('INVALID_URL', `no host in "${input}"`);
  return url;
}

/**
 * The canonical form of an article URL: scheme and host lower case, default port, fragment and tracking
 * parameters dropped, remaining parameters sorted, trailing slash removed (except the root path), credentials and
 * session ids dropped, percent-escapes in upper case (unreserved characters unescaped), IDN hosts in punycode.
 */
export function canonicalizeUrl(input: string): string {
  const url = parseHttpUrl(input);
  url.hash = '';
  // credentials never belong in a stored key or record
  url.username = '';
  url.password = '';
  url.hostname = url.hostname.toLowerCase().replace(/\.$/, '');
  const kept = [...url.searchParams.entries()].filter(([name]) => !TRACKING_PARAMS.test(name) && !SESSION_PARAMS.test(name));
  kept.sort(([a, av], [b, bv]) => (a === b ? byCodeUnits(av, bv) : byCodeUnits(a, b)));
  url.search = kept.length ? new URLSearchParams(kept).toString() : '';
  let path = normalizePercentEncoding(url.pathname.replace(SESSION_PATH_PARAM, ''));
  if (path.length > 1) path = path.replace(/\/+$/, '') || '/';
  url.pathname = path;
  return url.toString();
}

function shortHash(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex').slice(0, 32);
}

/** The article's key: a hash of its canonical URL. Used as the BullMQ job id and the record id. */
export function urlKey(input: string): string {
  return shortHash(canonicalizeUrl(input));
}

/** The id of a record with no URL (a file): a hash of its content. */
export function contentKey(content: string | Buffer): string {
  return shortHash(content);
}
