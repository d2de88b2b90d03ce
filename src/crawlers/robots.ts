import { setTimeout as sleep } from 'node:timers/promises';
import robotsParser from 'robots-parser';
import type { Redis } from 'ioredis';
import type { Config } from '../config';
import { NewsfactsError } from '../errors';
import { fetchResource, type FetchConfig, type RequestGate } from './fetcher';

export interface RobotsVerdict {
  allowed: boolean;
  /** the site's Crawl-delay for our User-Agent, in ms (capped at MAX_CRAWL_DELAY_MS), or null */
  crawlDelayMs: number | null;
  /** set when robots.txt could not be read and everything was allowed */
  warning?: string;
}

export type RobotsConfig = FetchConfig & Pick<Config, 'queuePrefix'>;

export interface RobotsCacheOptions {
  /** how long a robots.txt that was read (or a 4xx, "no robots.txt") is kept in Redis */
  ttlMs?: number;
  /** how long an unreadable robots.txt (5xx, time-out, garbage) is kept before trying again */
  unreadableTtlMs?: number;
  /** how long a process trusts its own copy before asking Redis again */
  localTtlMs?: number;
  /** the host spacing: fetching robots.txt is a request to the host like any other and waits for its turn */
  gate?: RequestGate;
}

/** What is shared in Redis: the robots.txt body, so every process parses the same rules. */
interface StoredRobots {
  kind: 'rules' | 'allow-all' | 'unreadable';
  body?: string;
  warning?: string;
}

interface Parsed {
  robot: ReturnType<typeof robotsParser> | null;
  warning?: string;
  expiresAt: number;
}

/** Google reads the first 500 KiB of a robots.txt; more is a misconfiguration, not rules. */
const MAX_ROBOTS_BYTES = 512 * 1024;
/** How often a worker waiting for another one's robots.txt download looks for it in Redis. */
const LOCK_POLL_MS = 50;
const FETCH_LOCK_MARGIN_MS = 5_000;
/** A Crawl-delay of an hour would stall a queue; a minute is the most honoured. */
export const MAX_CRAWL_DELAY_MS = 60_000;
const DIRECTIVE = /^\s*(user-agent|allow|disallow|crawl-delay|sitemap|host|noindex|clean-param|request-rate|visit-time)\s*:/im;
const BINARY = /[\x00-\x08\x0e-\x1a]/;
const HTML_START = /^\s*<(!doctype|html|head|body)/i;

// Codes after which the page fetch itself would fail the same way: robots.txt cannot help, so the error stands.
const PROPAGATE = new Set(['BLOCKED_ADDRESS', 'INVALID_URL']);
// RFC 9309 2.3.1.3: a 4xx robots.txt means there are no rules.
const NO_ROBOTS = new Set(['HTTP_404', 'HTTP_410', 'HTTP_4XX']);

/**
 * robots.txt per origin: fetched once, kept in Redis (shared by every worker, with a TTL) behind a short
 * in-process cache. An unreadable robots.txt (5xx, time-out, garbage) allows with a warning (RFC 9309 lets a
 * crawler assume "disallow all" on 5xx; for a news-to-data tool that reads single articles on request, losing the
 * article is worse, so we allow and say so); a 4xx means no rules.
 */
export class RobotsCache {
  private readonly local = new Map<string, Parsed>();
  private readonly inFlight = new Map<string, Promise<Parsed>>();
  private readonly ttlMs: number;
  private readonly unreadableTtlMs: number;
  private readonly localTtlMs: number;
  private readonly gate: RequestGate | undefined;
  private readonly fetchLockMs: number;

  constructor(
    private readonly redis: Redis,
    private readonly config: RobotsConfig,
    options: RobotsCacheOptions = {},
  ) {
    this.ttlMs = options.ttlMs ?? 24 * 60 * 60 * 1000;
    this.unreadableTtlMs = options.unreadableTtlMs ?? 10 * 60 * 1000;
    this.localTtlMs = options.localTtlMs ?? 5 * 60 * 1000;
    this.gate = options.gate;
    // A download takes at most its connect, headers and body time-outs; a host turn may have to be waited for first.
    this.fetchLockMs = config.connectTimeoutMs + config.headersTimeoutMs + config.bodyTimeoutMs + FETCH_LOCK_MARGIN_MS;
  }

  key(origin: string): string {
    return `${this.config.queuePrefix}:robots:${origin}`;
  }

  async check(url: string): Promise<RobotsVerdict> {
    let origin: string;
    try {
      origin = new URL(url).origin;
    } catch {
      throw new NewsfactsError('INVALID_URL', `not a URL: "${url}"`);
    }
    const parsed = await this.rulesFor(origin);
    if (!parsed.robot) return { allowed: true, crawlDelayMs: null, ...(parsed.warning ? { warning: parsed.warning } : {}) };
    const allowed = parsed.robot.isAllowed(url, this.config.userAgent) !== false;
    const delaySeconds = parsed.robot.getCrawlDelay(this.config.userAgent);
    const crawlDelayMs = delaySeconds === undefined || !Number.isFinite(delaySeconds) || delaySeconds < 0 ? null : Math.min(delaySeconds * 1000, MAX_CRAWL_DELAY_MS);
    return { allowed, crawlDelayMs, ...(parsed.warning ? { warning: parsed.warning } : {}) };
  }

  private async rulesFor(origin: string): Promise<Parsed> {
    const cached = this.local.get(origin);
    if (cached && cached.expiresAt > Date.now()) return cached;
    // concurrent checks for one origin in this process share one Redis read and at most one fetch
    let pending = this.inFlight.get(origin);
    if (!pending) {
      pending = this.load(origin).finally(() => this.inFlight.delete(origin));
      this.inFlight.set(origin, pending);
    }
    return pending;
  }

  private async load(origin: string): Promise<Parsed> {
    const key = this.key(origin);
    const stored = (await this.readShared(key)) ?? (await this.downloadOnce(origin, key));
    const parsed: Parsed = {
      robot: stored.kind === 'rules' ? robotsParser(`${origin}/robots.txt`, stored.body ?? '') : null,
      warning: stored.warning,
      expiresAt: Date.now() + Math.min(this.localTtlMs, stored.kind === 'unreadable' ? this.unreadableTtlMs : this.ttlMs),
    };
    this.local.set(origin, parsed);
    return parsed;
  }

  private async readShared(key: string): Promise<StoredRobots | null> {
    const raw = await this.redis.get(key);
    return raw ? safeParse(raw) : null;
  }

  /**
   * Downloads robots.txt once across all processes: the first to take the fetch lock downloads and shares it;
   * the others (workers starting together on a new site) wait for its copy in Redis instead of asking the site
   * again. A lock holder that dies lets the lock lapse, and a waiter then downloads itself.
   */
  private async downloadOnce(origin: string, key: string): Promise<StoredRobots> {
    const lockKey = `${key}:fetching`;
    const deadline = Date.now() + this.fetchLockMs;
    for (;;) {
      if ((await this.redis.set(lockKey, '1', 'PX', this.fetchLockMs, 'NX')) === 'OK') break;
      await sleep(LOCK_POLL_MS);
      const shared = await this.readShared(key);
      if (shared) return shared;
      if (Date.now() > deadline) break;
    }
    try {
      const stored = await this.download(origin);
      await this.redis.set(key, JSON.stringify(stored), 'PX', stored.kind === 'unreadable' ? this.unreadableTtlMs : this.ttlMs);
      return stored;
    } finally {
      await this.redis.del(lockKey).catch(() => undefined);
    }
  }

  private async download(origin: string): Promise<StoredRobots> {
    const robotsUrl = `${origin}/robots.txt`;
    try {
      const snapshot = await fetchResource(robotsUrl, { ...this.config, maxBodyBytes: Math.min(this.config.maxBodyBytes, MAX_ROBOTS_BYTES) }, { accept: 'any', gate: this.gate });
      const body = snapshot.body.toString('utf8');
      if (BINARY.test(body) || HTML_START.test(body) || (body.trim() !== '' && !DIRECTIVE.test(body))) {
        return { kind: 'unreadable', warning: `${robotsUrl} is not a robots.txt file; everything allowed` };
      }
      return { kind: 'rules', body };
    } catch (err) {
      if (!(err instanceof NewsfactsError)) throw err;
      if (PROPAGATE.has(err.code)) throw err;
      if (NO_ROBOTS.has(err.code)) return { kind: 'allow-all' };
      return { kind: 'unreadable', warning: `${robotsUrl} could not be read (${err.code}); everything allowed` };
    }
  }
}

function safeParse(raw: string): StoredRobots | null {
  try {
    const value = JSON.parse(raw) as StoredRobots;
    return value && typeof value.kind === 'string' ? value : null;
  } catch {
    return null;
  }
}
