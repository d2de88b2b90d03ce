import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';

/**
 * A minimum spacing between two requests to one host, held in Redis so it binds every worker on every machine
 * (a per-process rate limit would let N workers hit a site N times as often).
 *
 * A request takes the host's turn (a lease in Redis) once the host's next free time has come, and holds it until
 * its response starts; giving the turn back sets the next free time to "now + delay". So the delay is counted from
 * when the previous request had certainly reached the site, never from when it was planned: an earlier version
 * reserved slots ahead of time, and a request that left late (a busy event loop, a slow DNS lookup) came only
 * 266 ms before the next one with hostDelayMs 300 (on a loaded machine, 19 ms). The price: one request per host
 * waits for its answer at a time, which for a site we are asked to space is the polite thing anyway.
 *
 * Time is Redis's own clock (TIME), so workers whose clocks disagree still space their requests correctly. The
 * lease expires by itself (leaseMs) if its holder dies; the next-free key expires once it has passed.
 */
const TAKE_TURN = `
local now_parts = redis.call('TIME')
local now = tonumber(now_parts[1]) * 1000 + math.floor(tonumber(now_parts[2]) / 1000)
local delay = tonumber(ARGV[2])
local next_free = tonumber(redis.call('GET', KEYS[1]) or '0')
if redis.call('EXISTS', KEYS[2]) == 1 then
  -- a request to this host has not had its answer yet: the next turn is at least a delay after it has
  return math.max(next_free - now, delay, tonumber(ARGV[4]))
end
if next_free > now then return next_free - now end
redis.call('SET', KEYS[2], ARGV[1], 'PX', ARGV[3])
return 0
`;

const GIVE_BACK = `
local now_parts = redis.call('TIME')
local now = tonumber(now_parts[1]) * 1000 + math.floor(tonumber(now_parts[2]) / 1000)
local delay = tonumber(ARGV[2])
local next_free = now + delay
if tonumber(redis.call('GET', KEYS[1]) or '0') < next_free then
  redis.call('SET', KEYS[1], next_free, 'PX', delay + 1000)
end
if redis.call('GET', KEYS[2]) == ARGV[1] then redis.call('DEL', KEYS[2]) end
return next_free
`;

/** While another request to the host waits for its answer, how often to look again at the least (tiny delays). */
const MIN_POLL_MS = 10;

type WithScripts = Redis & {
  newsfactsTakeTurn(nextKey: string, leaseKey: string, token: string, delayMs: number, leaseMs: number, minPollMs: number): Promise<number>;
  newsfactsGiveBack(nextKey: string, leaseKey: string, token: string, delayMs: number): Promise<number>;
};

const defined = new WeakSet<Redis>();

export interface HoldOptions {
  /** how long the turn is kept if its holder never gives it back (a worker killed mid-request) */
  leaseMs: number;
  /** cancels the wait (worker shutdown) */
  signal?: AbortSignal;
}

/** Gives the host's turn back: call it once the response has started (or the request failed). */
export type ReleaseTurn = () => Promise<void>;

export class HostSpacing {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {
    if (!defined.has(redis)) {
      // defineCommand sends EVALSHA and falls back to EVAL once, so the scripts are not resent on every call
      redis.defineCommand('newsfactsTakeTurn', { numberOfKeys: 2, lua: TAKE_TURN });
      redis.defineCommand('newsfactsGiveBack', { numberOfKeys: 2, lua: GIVE_BACK });
      defined.add(redis);
    }
  }

  key(host: string): string {
    return `${this.prefix}:host-spacing:${host.toLowerCase()}`;
  }

  private leaseKey(host: string): string {
    return `${this.key(host)}:lease`;
  }

  /** One try at the host's turn: 0 when taken (with `token`), else the milliseconds to wait before trying again. */
  async tryTake(host: string, delayMs: number, token: string, leaseMs: number): Promise<number> {
    return (this.redis as WithScripts).newsfactsTakeTurn(this.key(host), this.leaseKey(host), token, Math.round(delayMs), Math.ceil(leaseMs), MIN_POLL_MS);
  }

  /** Gives the turn taken with `token` back; the host's next request may leave `delayMs` from now. */
  async giveBack(host: string, delayMs: number, token: string): Promise<void> {
    await (this.redis as WithScripts).newsfactsGiveBack(this.key(host), this.leaseKey(host), token, Math.round(delayMs));
  }

  /**
   * Waits for the host's turn and takes it. Resolves to the function that gives it back, to be called once the
   * request's response has started. A delay of 0 turns spacing off (no Redis call).
   */
  async hold(host: string, delayMs: number, options: HoldOptions): Promise<ReleaseTurn> {
    if (delayMs <= 0) return async () => undefined;
    const token = randomUUID();
    for (;;) {
      const waitMs = await this.tryTake(host, delayMs, token, options.leaseMs);
      if (waitMs <= 0) break;
      await sleep(waitMs, undefined, { signal: options.signal });
    }
    let released = false;
    return async () => {
      if (released) return;
      released = true;
      // A give-back that fails (Redis gone) must not fail the fetch: the lease then expires by itself, and until
      // it does the host simply waits longer, which never breaks the spacing.
      await this.giveBack(host, delayMs, token).catch(() => undefined);
    };
  }
}
