/**
 * Every failure newsfacts reports carries one of these stable codes. The table below is the one place
 * that maps a code to what the queue does with it (crawlee's errors.ts, undici's UND_ERR_* codes):
 *   fail  - permanent: retrying cannot help, the job fails at once (BullMQ UnrecoverableError)
 *   wait  - throttled: the site asked us to come back later; the job is delayed without spending an attempt
 *   retry - transient: retried with exponential backoff and jitter up to maxAttempts
 * The README lists every code with its meaning; keep the two in step.
 */
export type RetryPolicy = 'fail' | 'wait' | 'retry';

export const ERROR_CODES = {
  INVALID_URL: { policy: 'fail', meaning: 'the input is not an absolute http(s) URL' },
  INVALID_INPUT: { policy: 'fail', meaning: 'an input or manifest line that newsfacts cannot read (unknown file type, bad JSON)' },
  FILE_NOT_FOUND: { policy: 'fail', meaning: 'an input file does not exist or cannot be read' },
  BLOCKED_ADDRESS: { policy: 'fail', meaning: 'the host resolves to a loopback, private, link-local or metadata address and allowPrivateNetworks is off' },
  ROBOTS_DISALLOWED: { policy: 'fail', meaning: "the site's robots.txt disallows our User-Agent for this URL" },
  HTTP_404: { policy: 'fail', meaning: 'the server answered 404 Not Found' },
  HTTP_410: { policy: 'fail', meaning: 'the server answered 410 Gone' },
  HTTP_4XX: { policy: 'fail', meaning: 'another 4xx client error (the message gives the status); not retried' },
  HTTP_429: { policy: 'wait', meaning: 'the server answered 429 Too Many Requests; waited for Retry-After without spending an attempt' },
  HTTP_503: { policy: 'wait', meaning: 'the server answered 503 with Retry-After; waited without spending an attempt (503 without Retry-After is HTTP_5XX)' },
  HTTP_5XX: { policy: 'retry', meaning: 'a 5xx server error; retried with backoff' },
  TOO_MANY_REDIRECTS: { policy: 'fail', meaning: 'more than 5 redirects, or a redirect loop' },
  BODY_TOO_LARGE: { policy: 'fail', meaning: 'the body is larger than maxBodyBytes (by Content-Length or while reading)' },
  NOT_HTML: { policy: 'fail', meaning: 'the response is not HTML (PDF, image, JSON, ...)' },
  FETCH_TIMEOUT: { policy: 'retry', meaning: 'connecting, waiting for headers, or reading the body took longer than its time-out' },
  NETWORK_ERROR: { policy: 'retry', meaning: 'DNS failure, refused or reset connection, TLS error; retried with backoff' },
  DECODE_FAILED: { policy: 'fail', meaning: 'the bytes could not be decoded as text in any known charset' },
  EXTRACTION_FAILED: { policy: 'fail', meaning: 'the page was fetched but no article could be built from it' },
  REDIS_UNAVAILABLE: { policy: 'retry', meaning: 'Redis at REDIS_URL does not answer' },
  STORE_UNAVAILABLE: { policy: 'retry', meaning: 'the record store (SQLite file or PostgreSQL) cannot be opened or written' },
  CONFIG_INVALID: { policy: 'fail', meaning: 'a configuration value or environment variable is invalid' },
  INTERNAL: { policy: 'retry', meaning: 'an unexpected error inside newsfacts (a bug: please report it with the message)' },
} as const satisfies Record<string, { policy: RetryPolicy; meaning: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

export class NewsfactsError extends Error {
  readonly code: ErrorCode;
  /** for 'wait' codes: how long the site asked us to wait */
  readonly retryAfterMs?: number;
  /** the HTTP status, when the error comes from a response */
  readonly status?: number;

  constructor(code: ErrorCode, message: string, options: { cause?: unknown; retryAfterMs?: number; status?: number } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'NewsfactsError';
    this.code = code;
    this.retryAfterMs = options.retryAfterMs;
    this.status = options.status;
  }

  get policy(): RetryPolicy {
    return ERROR_CODES[this.code].policy;
  }
}

export function isNewsfactsError(err: unknown): err is NewsfactsError {
  return err instanceof NewsfactsError;
}

/** Any thrown value as a NewsfactsError; unknown errors become INTERNAL so nothing is lost. */
export function toNewsfactsError(err: unknown): NewsfactsError {
  if (err instanceof NewsfactsError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new NewsfactsError('INTERNAL', message, { cause: err });
}
