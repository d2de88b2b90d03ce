import { NewsfactsError } from '../errors';
import type { ArticleRecord } from '../record';
import { urlKey } from '../crawlers/url';

/**
 * What both stores derive from a record or a failure for their indexed columns. The record itself is kept
 * whole as JSON; these columns exist only so filters and lookups do not parse every row.
 */

const LEADING_WWW = /^www\./;

/** The host a site filter matches: lower case, "www." dropped ("https://www.Dawn.com/x" -> "dawn.com"). */
export function siteOf(urlOrHost: string | null | undefined): string | null {
  if (!urlOrHost) return null;
  const trimmed = urlOrHost.trim().toLowerCase();
  if (!trimmed) return null;
  let host = trimmed;
  if (trimmed.includes('://')) {
    try {
      host = new URL(trimmed).hostname;
    } catch {
      return null;
    }
  }
  return host.replace(/\.$/, '').replace(LEADING_WWW, '') || null;
}

/**
 * An ISO 8601 date or date-time as one UTC instant ("2024-04-15T10:00:00+05:00" -> "2024-04-15T05:00:00.000Z"),
 * so a date-only publishedAt and one with an offset compare correctly as text; null when absent or unreadable.
 */
export function toInstant(value: string | null | undefined): string | null {
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** Like toInstant, for values the caller must give right (filters, snapshot times): unreadable -> INVALID_INPUT. */
export function requireInstant(value: string, what: string): string {
  const instant = toInstant(value);
  if (!instant) throw new NewsfactsError('INVALID_INPUT', `${what} must be an ISO 8601 date or date-time, got "${value}"`);
  return instant;
}

export interface RecordColumns {
  id: string;
  url: string | null;
  canonicalUrl: string | null;
  site: string | null;
  publishedAt: string | null;
  fetchedAt: string | null;
  extractorVersion: string;
  updatedAt: string;
}

/** The indexed columns of a record. The site falls back to the submitted URL when no canonical URL was found. */
export function recordColumns(record: ArticleRecord, now: Date = new Date()): RecordColumns {
  return {
    id: record.id,
    url: record.url,
    canonicalUrl: record.canonicalUrl,
    site: siteOf(record.canonicalUrl ?? record.url),
    publishedAt: toInstant(record.publishedAt),
    fetchedAt: toInstant(record.fetchedAt),
    extractorVersion: record.extractor.version,
    updatedAt: now.toISOString(),
  };
}

/** The URL key of a failed URL, or null for input that never was a URL (an INVALID_URL failure). */
export function failureKey(url: string): string | null {
  try {
    return urlKey(url);
  } catch {
    return null;
  }
}

/**
 * Which stored failures a new record clears: the one of its id, and those of its submitted and canonical URLs
 * (a job fails under the submitted URL, but the record's id comes from the canonical URL the page declared).
 */
export function clearedFailures(record: ArticleRecord): { keys: string[]; urls: string[] } {
  const urls = [record.url, record.canonicalUrl].filter((u): u is string => !!u);
  const keys = new Set<string>([record.id]);
  for (const url of urls) {
    const key = failureKey(url);
    if (key) keys.add(key);
  }
  return { keys: [...keys], urls };
}

const LIKE_SPECIALS = /[\\%_]/g;

/** A LIKE pattern matching `needle` anywhere, its wildcards escaped with "\" (ESCAPE '\'). */
export function containsPattern(needle: string): string {
  return `%${needle.replace(LIKE_SPECIALS, (c) => '\\' + c)}%`;
}

/** A limit as given by a caller: a whole number >= 1, or undefined for all. */
export function checkLimit(limit: number | undefined): number | undefined {
  if (limit === undefined) return undefined;
  if (!Number.isInteger(limit) || limit < 1) throw new NewsfactsError('INVALID_INPUT', `limit must be a whole number >= 1, got ${limit}`);
  return limit;
}
