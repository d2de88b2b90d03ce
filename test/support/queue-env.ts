import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type Config } from '../../src/config';
import { openQueueRuntime, type QueueRuntime } from '../../src/queue/runtime';
import { deleteKeys, TEST_REDIS_URL, uniquePrefix } from './redis';

/**
 * One queue test's world: its own queue prefix in Redis, its own SQLite file in a temporary folder, and the same
 * settings as environment variables for worker processes. Politeness off except where a test turns it on.
 */
export interface QueueEnv {
  config: Config;
  env: NodeJS.ProcessEnv;
  dir: string;
  runtime: QueueRuntime;
  cleanup(): Promise<void>;
}

export async function queueEnv(overrides: Partial<Config> = {}, label = 'q'): Promise<QueueEnv> {
  const dir = await mkdtemp(join(tmpdir(), 'nf-queue-'));
  const config = loadConfig(
    {
      redisUrl: TEST_REDIS_URL,
      databaseUrl: `sqlite:${join(dir, 'newsfacts.db')}`,
      queuePrefix: uniquePrefix(label),
      hostDelayMs: 0,
      backoffBaseMs: 50,
      maxAttempts: 3,
      allowPrivateNetworks: true,
      concurrency: 2,
      ...overrides,
    },
    {},
  );
  const env: NodeJS.ProcessEnv = {
    REDIS_URL: config.redisUrl,
    DATABASE_URL: config.databaseUrl,
    NEWSFACTS_QUEUE_PREFIX: config.queuePrefix,
    NEWSFACTS_HOST_DELAY_MS: String(config.hostDelayMs),
    NEWSFACTS_BACKOFF_BASE_MS: String(config.backoffBaseMs),
    NEWSFACTS_MAX_ATTEMPTS: String(config.maxAttempts),
    NEWSFACTS_ALLOW_PRIVATE_NETWORKS: String(config.allowPrivateNetworks),
    NEWSFACTS_CONCURRENCY: String(config.concurrency),
    NEWSFACTS_SHUTDOWN_TIMEOUT_MS: String(config.shutdownTimeoutMs),
    NEWSFACTS_RESPECT_ROBOTS: String(config.respectRobots),
    NEWSFACTS_BODY_TIMEOUT_MS: String(config.bodyTimeoutMs),
    NEWSFACTS_MAX_BODY_BYTES: String(config.maxBodyBytes),
  };
  const runtime = await openQueueRuntime(config);
  return {
    config,
    env,
    dir,
    runtime,
    async cleanup() {
      await runtime.articles.obliterate({ force: true }).catch(() => undefined);
      await runtime.close();
      await deleteKeys(config.redisUrl, config.queuePrefix);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
