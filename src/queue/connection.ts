import { Redis, type RedisOptions } from 'ioredis';
import { NewsfactsError } from '../errors';

/** How long we wait for Redis to answer a PING at start before giving up with REDIS_UNAVAILABLE. */
export const REDIS_PROBE_TIMEOUT_MS = 3000;

/**
 * Options for the long-lived connections BullMQ uses. `maxRetriesPerRequest: null` is BullMQ's requirement for
 * workers: a command issued while Redis restarts waits for the reconnect instead of failing the job in hand.
 */
const LONG_LIVED: RedisOptions = { maxRetriesPerRequest: null, enableReadyCheck: true };

/**
 * A short-lived probe that fails fast: no offline queue, no reconnect, a connect time-out. Used once at start,
 * because the long-lived connection would wait (by design) forever for a Redis that never answers.
 */
const PROBE: RedisOptions = {
  lazyConnect: true,
  enableOfflineQueue: false,
  maxRetriesPerRequest: 0,
  retryStrategy: () => null,
  connectTimeout: REDIS_PROBE_TIMEOUT_MS,
  // ioredis keeps a 2 s timer on disconnect of an already failed socket, which would keep a failing CLI alive
  disconnectTimeout: 50,
};

function unavailable(url: string, detail: string, cause?: unknown): NewsfactsError {
  return new NewsfactsError('REDIS_UNAVAILABLE', `Redis at ${redact(url)} does not answer (${detail}); start Redis or set REDIS_URL`, { cause });
}

/** The URL without its password, for messages. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]*):[^@/]*@/, '//$1:***@');
}

/** Resolves when Redis answers PING within timeoutMs; otherwise throws REDIS_UNAVAILABLE (never hangs). */
export async function assertRedisReachable(url: string, timeoutMs: number = REDIS_PROBE_TIMEOUT_MS): Promise<void> {
  const probe = new Redis(url, { ...PROBE, connectTimeout: timeoutMs });
  // The socket's own error (ECONNREFUSED, ENOTFOUND) says more than connect()'s "Connection is closed".
  let socketError: Error | undefined;
  probe.on('error', (err: Error) => (socketError = err));
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(unavailable(url, `no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([probe.connect().then(() => probe.ping()), deadline]);
  } catch (err) {
    if (err instanceof NewsfactsError) throw err;
    const cause = socketError ?? err;
    throw unavailable(url, cause instanceof Error ? cause.message : String(cause), cause);
  } finally {
    clearTimeout(timer);
    probe.disconnect();
  }
}

/** A long-lived connection for queues and workers (reconnects on its own after a Redis restart). */
export function createRedis(url: string): Redis {
  const redis = new Redis(url, LONG_LIVED);
  // ioredis reports every failed reconnect as an 'error' event; the worker keeps going and reconnects, so
  // these are expected during a Redis restart and must not crash the process.
  redis.on('error', () => undefined);
  return redis;
}

/** Probes Redis (fast, clear error) and then opens the long-lived connection. */
export async function connectRedis(url: string, probeTimeoutMs?: number): Promise<Redis> {
  await assertRedisReachable(url, probeTimeoutMs);
  return createRedis(url);
}
