import { loadConfig, OPTIONS } from '../../src/config';
import { NewsfactsError } from '../../src/errors';

describe('loadConfig', () => {
  test('gives every documented default when the environment is empty', () => {
    const config = loadConfig({}, {});
    for (const [key, spec] of Object.entries(OPTIONS)) expect(config[key as keyof typeof config]).toEqual(spec.default);
    expect(config.databaseUrl).toBe('sqlite:./data/newsfacts.db');
    expect(config.hostDelayMs).toBe(1000);
  });

  test.each([
    ['NEWSFACTS_HOST_DELAY_MS', '250', 'hostDelayMs', 250],
    ['NEWSFACTS_ALLOW_PRIVATE_NETWORKS', 'true', 'allowPrivateNetworks', true],
    ['NEWSFACTS_ALLOW_PRIVATE_NETWORKS', '0', 'allowPrivateNetworks', false],
    ['REDIS_URL', 'redis://10.0.0.5:6380', 'redisUrl', 'redis://10.0.0.5:6380'],
    ['DATABASE_URL', 'postgres://db/newsfacts', 'databaseUrl', 'postgres://db/newsfacts'],
    ['NEWSFACTS_MAX_ATTEMPTS', '7', 'maxAttempts', 7],
  ])('reads %s=%s into %s', (env, raw, key, expected) => {
    expect(loadConfig({}, { [env]: raw })[key as keyof ReturnType<typeof loadConfig>]).toEqual(expected);
  });

  test.each([
    ['NEWSFACTS_HOST_DELAY_MS', '-5'],
    ['NEWSFACTS_MAX_ATTEMPTS', '0'],
    ['NEWSFACTS_MAX_BODY_BYTES', '10MB'],
    ['NEWSFACTS_ALLOW_PRIVATE_NETWORKS', 'maybe'],
  ])('rejects %s=%s with CONFIG_INVALID', (env, raw) => {
    expect(() => loadConfig({}, { [env]: raw })).toThrow(NewsfactsError);
    try {
      loadConfig({}, { [env]: raw });
    } catch (err) {
      expect((err as NewsfactsError).code).toBe('CONFIG_INVALID');
      expect((err as Error).message).toContain(env);
    }
  });

  test('explicit overrides win over the environment', () => {
    expect(loadConfig({ hostDelayMs: 0 }, { NEWSFACTS_HOST_DELAY_MS: '500' }).hostDelayMs).toBe(0);
  });
});
