import { NewsfactsError, type ErrorCode } from '../../src/errors';
import { backoffDelayMs, codeOfFailedReason, decide, jobFailureMessage, MAX_WAITS } from '../../src/queue/retry-policy';

const FRESH = { attemptsMade: 0, attempts: 4, waits: 0 };
const err = (code: ErrorCode, retryAfterMs?: number) => new NewsfactsError(code, `the server said ${code}`, { retryAfterMs });

describe('decide: the error code chooses fail, wait or retry', () => {
  test.each<[ErrorCode]>([['HTTP_404'], ['HTTP_410'], ['NOT_HTML'], ['BODY_TOO_LARGE'], ['ROBOTS_DISALLOWED'], ['INVALID_URL'], ['BLOCKED_ADDRESS'], ['TOO_MANY_REDIRECTS']])(
    'a permanent %s fails at once and is final',
    (code) => {
      expect(decide(err(code), FRESH, 1000)).toEqual({ action: 'fail', final: true });
    },
  );

  test.each<[ErrorCode]>([['HTTP_5XX'], ['FETCH_TIMEOUT'], ['NETWORK_ERROR'], ['STORE_UNAVAILABLE'], ['INTERNAL']])(
    'a transient %s is retried while attempts remain',
    (code) => {
      expect(decide(err(code), FRESH, 1000)).toEqual({ action: 'retry', final: false });
    },
  );

  test('the last allowed attempt of a transient error is final (its failure is stored)', () => {
    expect(decide(err('HTTP_5XX'), { attemptsMade: 3, attempts: 4, waits: 0 }, 1000)).toEqual({ action: 'retry', final: true });
  });

  test.each<[ErrorCode, number]>([
    ['HTTP_429', 2000],
    ['HTTP_503', 120_000],
  ])('%s with Retry-After %i ms waits that long without being final', (code, retryAfterMs) => {
    expect(decide(err(code, retryAfterMs), FRESH, 1000)).toEqual({ action: 'wait', final: false, delayMs: retryAfterMs });
  });

  test('a 429 without Retry-After still waits (one backoff step, at least a second)', () => {
    expect(decide(err('HTTP_429'), FRESH, 10)).toEqual({ action: 'wait', final: false, delayMs: 1000 });
  });

  test('a site that keeps throttling fails the job after MAX_WAITS waits', () => {
    expect(decide(err('HTTP_429', 10), { ...FRESH, waits: MAX_WAITS }, 1000)).toEqual({ action: 'fail', final: true });
  });

  test('waiting does not depend on attempts spent: the last attempt still waits', () => {
    expect(decide(err('HTTP_429', 10), { attemptsMade: 3, attempts: 4, waits: 0 }, 1000).action).toBe('wait');
  });
});

describe('backoffDelayMs: exponential with equal jitter', () => {
  test.each([
    [1, 0, 500],
    [1, 1, 1000],
    [2, 0, 1000],
    [3, 1, 4000],
    [4, 0.5, 6000],
  ])('attempt %i with random %d gives %i ms for a 1000 ms base', (attempt, random, expected) => {
    expect(backoffDelayMs(attempt, 1000, () => random)).toBe(expected);
  });

  test('every delay lies between half and all of base * 2^(attempt-1)', () => {
    for (let attempt = 1; attempt <= 6; attempt++) {
      const delay = backoffDelayMs(attempt, 100);
      expect(delay).toBeGreaterThanOrEqual(50 * 2 ** (attempt - 1));
      expect(delay).toBeLessThanOrEqual(100 * 2 ** (attempt - 1));
    }
  });
});

describe('failure messages carry the stable code first', () => {
  test.each([
    ['HTTP_404: the server answered 404', 'HTTP_404'],
    ['ROBOTS_DISALLOWED: robots.txt of https://example.com disallows it', 'ROBOTS_DISALLOWED'],
    ['job stalled more than allowable limit', 'INTERNAL'],
    [undefined, 'INTERNAL'],
  ])('the code of "%s" is %s', (reason, code) => {
    expect(codeOfFailedReason(reason)).toBe(code);
  });

  test('jobFailureMessage round-trips through codeOfFailedReason', () => {
    expect(codeOfFailedReason(jobFailureMessage(err('FETCH_TIMEOUT')))).toBe('FETCH_TIMEOUT');
  });
});
