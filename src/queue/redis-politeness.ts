import type { Redis } from 'ioredis';
import type { Config } from '../config';
import { NewsfactsError } from '../errors';
import type { RequestGate } from '../crawlers/fetcher';
import { RobotsCache } from '../crawlers/robots';
import { HostSpacing } from '../crawlers/host-spacing';
import type { Politeness } from './politeness';

/** Beyond the fetcher's own time-outs, how long a dead worker's turn on a host is kept before it lapses. */
const LEASE_MARGIN_MS = 5_000;

/**
 * robots.txt (cached per origin, in Redis and in process) and the per-host spacing (turns taken in Redis, so it
 * holds across processes and machines). The spacing is the larger of hostDelayMs and the site's Crawl-delay; the
 * robots.txt request itself takes a turn (with hostDelayMs: its Crawl-delay is not known before it is read).
 */
export function createPoliteness(redis: Redis, config: Config): Politeness {
  const spacing = new HostSpacing(redis, config.queuePrefix);
  // A live holder always gives its turn back within the connect and headers time-outs (the fetcher fails by then).
  const leaseMs = config.connectTimeoutMs + config.headersTimeoutMs + LEASE_MARGIN_MS;
  const gateWith =
    (delayFor: (url: URL) => number): RequestGate =>
    (url, signal) =>
      spacing.hold(url.host, delayFor(url), { leaseMs, signal });
  const robots = new RobotsCache(redis, config, { gate: gateWith(() => config.hostDelayMs) });
  return {
    async beforeFetch(url: string): Promise<RequestGate> {
      let crawlDelayMs: number | null = null;
      if (config.respectRobots) {
        const verdict = await robots.check(url);
        if (!verdict.allowed) throw new NewsfactsError('ROBOTS_DISALLOWED', `robots.txt of ${new URL(url).origin} disallows ${url} for our User-Agent`);
        crawlDelayMs = verdict.crawlDelayMs;
      }
      const origin = new URL(url).origin;
      const delayMs = Math.max(config.hostDelayMs, crawlDelayMs ?? 0);
      // A redirect to another site keeps hostDelayMs there (its robots.txt was not read for this fetch).
      return gateWith((hop) => (hop.origin === origin ? delayMs : config.hostDelayMs));
    },
  };
}
