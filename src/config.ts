import { NewsfactsError } from './errors';

/**
 * One validated configuration. Every option has a default, an environment variable and a unit in its name
 * (crawlee's configuration table, BullMQ's @defaultValue). The README's configuration table mirrors OPTIONS.
 */
export interface Config {
  /** Redis for the BullMQ queues */
  redisUrl: string;
  /** `sqlite:PATH` (embedded default) or `postgres://...` */
  databaseUrl: string;
  /** minimum spacing between two requests to one host, across all workers (Redis-backed) */
  hostDelayMs: number;
  userAgent: string;
  /** attempts for transient errors before the failure is stored */
  maxAttempts: number;
  /** base of the exponential backoff for transient errors */
  backoffBaseMs: number;
  allowPrivateNetworks: boolean;
  connectTimeoutMs: number;
  headersTimeoutMs: number;
  /** time allowed to read the whole body once headers have arrived */
  bodyTimeoutMs: number;
  maxBodyBytes: number;
  maxRedirects: number;
  /** worker concurrency per process */
  concurrency: number;
  /** how long a stopping worker may take to finish the jobs in hand */
  shutdownTimeoutMs: number;
  /** prefix of the BullMQ queue names, so several deployments (and tests) can share one Redis */
  queuePrefix: string;
  /** obey robots.txt */
  respectRobots: boolean;
}

type Parser<T> = (raw: string, name: string) => T;

const asString: Parser<string> = (raw) => raw;
const asInt =
  (min: number): Parser<number> =>
  (raw, name) => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min) throw new NewsfactsError('CONFIG_INVALID', `${name} must be an integer >= ${min}, got "${raw}"`);
    return n;
  };
const asBool: Parser<boolean> = (raw, name) => {
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new NewsfactsError('CONFIG_INVALID', `${name} must be true or false, got "${raw}"`);
};

interface OptionSpec<K extends keyof Config> {
  env: string;
  default: Config[K];
  parse: Parser<Config[K]>;
  description: string;
}

export const DEFAULT_USER_AGENT = 'newsfacts/0.1 (+https://github.com/newsfacts/newsfacts; news-to-data research crawler)';

export const OPTIONS: { [K in keyof Config]: OptionSpec<K> } = {
  redisUrl: { env: 'REDIS_URL', default: 'redis://127.0.0.1:6379', parse: asString, description: 'Redis for the queues' },
  databaseUrl: { env: 'DATABASE_URL', default: 'sqlite:./data/newsfacts.db', parse: asString, description: 'record store: sqlite:PATH or postgres://...' },
  hostDelayMs: { env: 'NEWSFACTS_HOST_DELAY_MS', default: 1000, parse: asInt(0), description: 'minimum spacing between requests to one host, across all workers' },
  userAgent: { env: 'NEWSFACTS_USER_AGENT', default: DEFAULT_USER_AGENT, parse: asString, description: 'User-Agent sent with every request and matched against robots.txt' },
  maxAttempts: { env: 'NEWSFACTS_MAX_ATTEMPTS', default: 4, parse: asInt(1), description: 'attempts for transient errors' },
  backoffBaseMs: { env: 'NEWSFACTS_BACKOFF_BASE_MS', default: 2000, parse: asInt(0), description: 'base delay of the exponential backoff (with jitter)' },
  allowPrivateNetworks: { env: 'NEWSFACTS_ALLOW_PRIVATE_NETWORKS', default: false, parse: asBool, description: 'allow fetching loopback and private addresses (tests, intranets)' },
  connectTimeoutMs: { env: 'NEWSFACTS_CONNECT_TIMEOUT_MS', default: 10_000, parse: asInt(1), description: 'TCP/TLS connect time-out' },
  headersTimeoutMs: { env: 'NEWSFACTS_HEADERS_TIMEOUT_MS', default: 15_000, parse: asInt(1), description: 'time-out waiting for response headers' },
  bodyTimeoutMs: { env: 'NEWSFACTS_BODY_TIMEOUT_MS', default: 30_000, parse: asInt(1), description: 'time-out for reading the whole body' },
  maxBodyBytes: { env: 'NEWSFACTS_MAX_BODY_BYTES', default: 10 * 1024 * 1024, parse: asInt(1), description: 'largest body accepted' },
  maxRedirects: { env: 'NEWSFACTS_MAX_REDIRECTS', default: 5, parse: asInt(0), description: 'redirects followed before TOO_MANY_REDIRECTS' },
  concurrency: { env: 'NEWSFACTS_CONCURRENCY', default: 4, parse: asInt(1), description: 'jobs processed at once per worker process' },
  shutdownTimeoutMs: { env: 'NEWSFACTS_SHUTDOWN_TIMEOUT_MS', default: 20_000, parse: asInt(0), description: 'bound on a graceful worker shutdown' },
  queuePrefix: { env: 'NEWSFACTS_QUEUE_PREFIX', default: 'newsfacts', parse: asString, description: 'prefix of queue names in Redis' },
  respectRobots: { env: 'NEWSFACTS_RESPECT_ROBOTS', default: true, parse: asBool, description: 'obey robots.txt' },
};

/** Defaults, overridden by the environment, overridden by explicit values (CLI flags, tests). */
export function loadConfig(overrides: Partial<Config> = {}, env: NodeJS.ProcessEnv = process.env): Config {
  const config = {} as Record<string, unknown>;
  for (const [key, spec] of Object.entries(OPTIONS) as [keyof Config, OptionSpec<keyof Config>][]) {
    const raw = env[spec.env];
    config[key] = raw !== undefined && raw !== '' ? spec.parse(raw, spec.env) : spec.default;
  }
  for (const [key, value] of Object.entries(overrides)) {
    if (value !== undefined) config[key] = value;
  }
  return config as unknown as Config;
}
