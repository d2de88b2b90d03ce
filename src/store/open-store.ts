import { resolve } from 'node:path';
import { NewsfactsError } from '../errors';
import { DEFAULT_CONNECT_TIMEOUT_MS, PostgresStore } from './postgres-store';
import type { RecordStore } from './record-store';
import { SQLITE_MEMORY, SqliteStore } from './sqlite-store';

export interface OpenStoreOptions {
  /** PostgreSQL: how long connecting may take before STORE_UNAVAILABLE (default 5000) */
  connectTimeoutMs?: number;
  /** PostgreSQL: the schema of the tables (also `?schema=NAME` in the URL); "public" by default */
  schema?: string;
  /** PostgreSQL: connections per process */
  poolMax?: number;
  /** PostgreSQL: how long one query may take (default 60000) */
  queryTimeoutMs?: number;
  /** SQLite: how long a write waits for another process's lock (default 10000) */
  busyTimeoutMs?: number;
}

export type StoreTarget =
  | { kind: 'sqlite'; path: string }
  | { kind: 'postgres'; url: string; schema?: string };

const SQLITE_PREFIX = /^sqlite:/i;
const POSTGRES_PREFIX = /^postgres(ql)?:\/\//i;

/**
 * Which store a database URL names: `sqlite:PATH` (relative to the working folder; `sqlite:///abs/path` and
 * `sqlite::memory:` too) or `postgres://` / `postgresql://` (with an optional `?schema=NAME`). Else CONFIG_INVALID.
 */
export function parseDatabaseUrl(databaseUrl: string): StoreTarget {
  const raw = databaseUrl.trim();
  if (SQLITE_PREFIX.test(raw)) {
    let path = raw.replace(SQLITE_PREFIX, '');
    if (path.startsWith('//')) path = path.slice(2); // sqlite:///abs/path, the URL form of an absolute path
    if (!path) throw new NewsfactsError('CONFIG_INVALID', `DATABASE_URL "${databaseUrl}" names no SQLite file: use sqlite:./data/newsfacts.db`);
    return { kind: 'sqlite', path: path === SQLITE_MEMORY ? SQLITE_MEMORY : resolve(path) };
  }
  if (POSTGRES_PREFIX.test(raw)) {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new NewsfactsError('CONFIG_INVALID', `DATABASE_URL is not a valid PostgreSQL URL (postgres://user@host:5432/db)`);
    }
    // pg would send an unknown query parameter to the server as a start-up option; schema is ours, so take it out.
    const schema = url.searchParams.get('schema') ?? undefined;
    url.searchParams.delete('schema');
    return { kind: 'postgres', url: url.toString(), schema };
  }
  throw new NewsfactsError(
    'CONFIG_INVALID',
    `DATABASE_URL must start with sqlite: or postgres:// (got "${raw.replace(/\/\/[^@/]*@/, '//***@')}")`,
  );
}

/**
 * Opens the record store a database URL names. SQLite opens (and creates) its file at once; PostgreSQL is
 * pinged, so a server that does not answer gives STORE_UNAVAILABLE within the connect time-out, not a hang.
 * Migrations are not run here: call migrate() (the queue runtime does, on every start).
 */
export async function openStore(databaseUrl: string, options: OpenStoreOptions = {}): Promise<RecordStore> {
  const target = parseDatabaseUrl(databaseUrl);
  if (target.kind === 'sqlite') return new SqliteStore(target.path, { busyTimeoutMs: options.busyTimeoutMs });
  const store = new PostgresStore(target.url, {
    schema: options.schema ?? target.schema,
    connectTimeoutMs: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
    poolMax: options.poolMax,
    queryTimeoutMs: options.queryTimeoutMs,
  });
  try {
    await store.ping();
  } catch (err) {
    await store.close().catch(() => undefined);
    throw err;
  }
  return store;
}
