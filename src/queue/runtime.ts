import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Config } from '../config';
import { openStore } from '../store/open-store';
import type { RecordStore } from '../store/record-store';
import { connectRedis } from './connection';
import { openQueue, QUEUE_NAMES, type ArticleJobData, type ArticleJobResult, type ReextractJobData } from './queues';

/** The running parts a queue command needs: one Redis connection, the store, and both queues. */
export interface QueueRuntime {
  config: Config;
  redis: Redis;
  store: RecordStore;
  articles: Queue<ArticleJobData, ArticleJobResult>;
  reextract: Queue<ReextractJobData>;
  close(): Promise<void>;
}

/** Opens the configured store and runs its migrations (safe on every start, from many processes). */
export async function openConfiguredStore(config: Pick<Config, 'databaseUrl'>): Promise<RecordStore> {
  const store = await openStore(config.databaseUrl);
  await store.migrate();
  return store;
}

/**
 * Redis first (REDIS_UNAVAILABLE within a few seconds instead of a hang), then the store. Whatever was opened
 * is closed again when a later step fails, so a failed start leaves no handle keeping the process alive.
 */
export async function openQueueRuntime(config: Config): Promise<QueueRuntime> {
  const redis = await connectRedis(config.redisUrl);
  let store: RecordStore;
  try {
    store = await openConfiguredStore(config);
  } catch (err) {
    redis.disconnect();
    throw err;
  }
  const articles = openQueue<ArticleJobData, ArticleJobResult>(QUEUE_NAMES.articles, redis, config);
  const reextract = openQueue<ReextractJobData>(QUEUE_NAMES.reextract, redis, config);
  return {
    config,
    redis,
    store,
    articles,
    reextract,
    async close() {
      await Promise.allSettled([articles.close(), reextract.close()]);
      await store.close().catch(() => undefined);
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
