import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';

/**
 * A minimum spacing between two requests to one host, held in Redis so it binds every worker on every machine
 * (a per-process rate limit would let N workers hit a site N times as often).
 *
 * One atomic script per request reserves the host's next free slot: it reads the slot, moves it `delayMs` on and
 * answers how long the caller must wait for the slot it got. Time is Redis's own clock (TIME), so workers whose
 * clocks disagree still space their requests correctly. The key expires shortly after the slot has passed, so idle
 * hosts leave nothing behind.
 */
const RESERVE_SLOT = `
local now_parts = redis.call('TIME')
local now = tonumber(now_parts[1]) * 1000 + math.floor(tonumber(now_parts[2]) / 1000)
local delay = tonumber(ARGV[1])
local next_free = tonumber(redis.call('GET', KEYS[1]) or '0')
local slot = math.max(now, next_free)
redis.call('SET', KEYS[1], slot + delay, 'PX', slot + delay - now + 1000)
return slot - now
`;

type WithReserve = Redis & { newsfactsReserveSlot(key: string, delayMs: number): Promise<number> };

const defined = new WeakSet<Redis>();

export class HostSpacing {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {
    if (!defined.has(redis)) {
      // defineCommand sends EVALSHA and falls back to EVAL once, so the script is not resent on every call
      redis.defineCommand('newsfactsReserveSlot', { numberOfKeys: 1, lua: RESERVE_SLOT });
      defined.add(redis);
    }
  }

  key(host: string): string {
    return `${this.prefix}:host-spacing:${host.toLowerCase()}`;
  }

  /** Reserves the next request slot for `host`; resolves to the milliseconds to wait before sending it. */
  async reserve(host: string, delayMs: number): Promise<number> {
    if (delayMs <= 0) return 0;
    return (this.redis as WithReserve).newsfactsReserveSlot(this.key(host), Math.round(delayMs));
  }

  /** Reserves a slot and waits for it. Resolves to the time waited. */
  async waitTurn(host: string, delayMs: number, signal?: AbortSignal): Promise<number> {
    const waitMs = await this.reserve(host, delayMs);
    if (waitMs > 0) await sleep(waitMs, undefined, { signal });
    return waitMs;
  }
}
