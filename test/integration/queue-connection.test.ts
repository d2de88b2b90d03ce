import { assertRedisReachable, connectRedis, redact } from '../../src/queue/connection';
import { NewsfactsError } from '../../src/errors';
import { freePort, TEST_REDIS_URL } from '../support/redis';

describe('Redis connection', () => {
  test('a Redis that answers passes the probe and gives a working connection', async () => {
    const redis = await connectRedis(TEST_REDIS_URL);
    try {
      expect(await redis.ping()).toBe('PONG');
      expect(redis.options.maxRetriesPerRequest).toBeNull();
    } finally {
      await redis.quit();
    }
  });

  test('a closed port fails with REDIS_UNAVAILABLE within a few seconds, not a hang', async () => {
    const url = `redis://127.0.0.1:${await freePort()}`;
    const started = Date.now();
    const error = await assertRedisReachable(url).then(
      () => null,
      (err: unknown) => err,
    );
    expect(error).toBeInstanceOf(NewsfactsError);
    expect((error as NewsfactsError).code).toBe('REDIS_UNAVAILABLE');
    expect((error as NewsfactsError).message).toContain(url);
    expect(Date.now() - started).toBeLessThan(4000);
  });

  test.each([
    ['redis://:s3cret@redis.internal:6379', 'redis://:***@redis.internal:6379'],
    ['redis://worker:s3cret@redis.internal:6379/2', 'redis://worker:***@redis.internal:6379/2'],
    ['redis://127.0.0.1:6379', 'redis://127.0.0.1:6379'],
  ])('messages show %s as %s (no password)', (url, shown) => {
    expect(redact(url)).toBe(shown);
  });
});
