import { MAX_RETRY_AFTER_MS, parseRetryAfter } from '../../src/crawlers/retry-after';

const NOW = Date.parse('2026-11-18T07:28:00Z');

describe('parseRetryAfter', () => {
  test.each([
    ['120', 120_000],
    [' 5 ', 5_000],
    ['0', 0],
    ['Wed, 18 Nov 2026 07:29:00 GMT', 60_000],
    ['Wednesday, 18-Nov-26 07:29:30 GMT', 90_000],
    ['Wed Nov 18 07:30:00 2026', 120_000],
    ['Tue, 17 Nov 2026 07:28:00 GMT', 0],
    ['86400000', MAX_RETRY_AFTER_MS],
    [['30', '60'], 30_000],
  ])('reads %j as %i ms', (value, expected) => {
    expect(parseRetryAfter(value, NOW)).toBe(expected);
  });

  test.each([[undefined], [null], [''], ['soon'], ['-5'], ['1.5'], ['2026-11-18T07:29:00Z']])('gives null for %j', (value) => {
    expect(parseRetryAfter(value, NOW)).toBeNull();
  });
});
