import type { Redis } from 'ioredis';
import type { Config } from '../config';
import { NewsfactsError } from '../errors';
import { RobotsCache } from '../crawlers/robots';
import { HostSpacing } from '../crawlers/host-spacing';
import type { Politeness } from './politeness';

/**
 * robots.txt (cached per origin, in Redis and in process) and the per-host spacing (reserved in Redis, so it holds
 * across processes and machines). The spacing is the larger of hostDelayMs and the site's Crawl-delay.
 */
export function createPoliteness(redis: Redis, config: Config): Politeness {
  const robots = new RobotsCache(redis, config);
  const spacing = new HostSpacing(redis, config.queuePrefix);
  return {
    async beforeFetch(url: string, signal?: AbortSignal): Promise<void> {
      let crawlDelayMs: number | null = null;
      if (config.respectRobots) {
        const verdict = await robots.check(url);
        if (!verdict.allowed) throw new NewsfactsError('ROBOTS_DISALLOWED', `robots.txt of ${new URL(url).origin} disallows ${url} for our User-Agent`);
        crawlDelayMs = verdict.crawlDelayMs;
      }
      const delayMs = Math.max(config.hostDelayMs, crawlDelayMs ?? 0);
      await spacing.waitTurn(new URL(url).host, delayMs, signal);
    },
  };
}
