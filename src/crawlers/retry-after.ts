/**
 * Retry-After (RFC 9110 10.2.3) in milliseconds from `nowMs`: either delay-seconds ("120") or an HTTP date
 * ("Wed, 21 Oct 2026 07:28:00 GMT"). A date in the past means "now" (0). Anything else is null, so the caller
 * falls back to its own delay instead of trusting a value it could not read.
 */
const DELAY_SECONDS = /^\s*(\d+)\s*$/;
// IMF-fixdate, the obsolete RFC 850 form and asctime all carry a weekday or month name; Date.parse reads all three.
const HTTP_DATE = /^\s*[A-Za-z]{3,9},?\s+\d{1,2}[\s-][A-Za-z]{3}[\s-]\d{2,4}\s+\d{2}:\d{2}:\d{2}\s+GMT\s*$|^\s*[A-Za-z]{3}\s+[A-Za-z]{3}\s+\d{1,2}\s+\d{2}:\d{2}:\d{2}\s+\d{4}\s*$/;

/** Longer than this is a misconfiguration or a hostile server; a job must not sleep for months. */
export const MAX_RETRY_AFTER_MS = 24 * 60 * 60 * 1000;

export function parseRetryAfter(value: string | string[] | null | undefined, nowMs: number): number | null {
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw == null) return null;
  const seconds = DELAY_SECONDS.exec(raw);
  if (seconds) return Math.min(Number(seconds[1]) * 1000, MAX_RETRY_AFTER_MS);
  if (!HTTP_DATE.test(raw)) return null;
  // asctime has no zone; it is GMT by definition.
  const at = Date.parse(/GMT\s*$/.test(raw) ? raw : `${raw.trim()} GMT`);
  if (Number.isNaN(at)) return null;
  return Math.min(Math.max(0, at - nowMs), MAX_RETRY_AFTER_MS);
}
