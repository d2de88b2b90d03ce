import { Pool, type PoolConfig } from 'pg';
import { NewsfactsError } from '../errors';
import type { ArticleRecord, FailureEntry } from '../record';
import { compressBody, decompressBody } from './compression';
import { pendingMigrations, type Migration } from './migration';
import { POSTGRES_MIGRATIONS } from './postgres-migrations';
import { checkLimit, clearedFailures, containsPattern, failureKey, recordColumns, requireInstant, siteOf } from './record-columns';
import { inRecordOrder } from './record-order';
import type { RecordFilter, RecordStore, StoredSnapshot } from './record-store';
import { fromPostgresError } from './store-errors';

export interface PostgresStoreOptions {
  /** the PostgreSQL schema holding the tables (created by migrate); "public" by default. Tests use their own. */
  schema?: string;
  /** how long opening a connection may take before STORE_UNAVAILABLE */
  connectTimeoutMs?: number;
  /** connections per process: one per concurrent job is plenty */
  poolMax?: number;
  /** how long one query may take before STORE_UNAVAILABLE (a server that stopped answering mid-query) */
  queryTimeoutMs?: number;
  /** the migrations to apply (tests); the project's by default */
  migrations?: readonly Migration[];
}

export const DEFAULT_CONNECT_TIMEOUT_MS = 5_000;
export const DEFAULT_QUERY_TIMEOUT_MS = 60_000;
// A schema name goes into search_path and CREATE SCHEMA, where it cannot be a bound parameter: plain names only.
const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;
const NUL = /\u0000/g;

// The filters of listRecords as SQL fragments with numbered placeholders filled in order.
const FILTER_SQL = {
  site: (n: number) => `site = $${n}`,
  since: (n: number) => `published_at >= $${n}::timestamptz`,
  until: (n: number) => `published_at < $${n}::timestamptz`,
  text: (n: number) => `(record->>'title' ILIKE $${n} OR record->>'text' ILIKE $${n})`,
  person: (n: number) => `EXISTS (SELECT 1 FROM jsonb_array_elements(record->'people') AS p WHERE p->>'name' ILIKE $${n})`,
} as const;

/**
 * JSON for a jsonb column. jsonb refuses the NUL character (\u0000) that a broken page can carry into the text;
 * it becomes U+FFFD, one UTF-16 unit for one, so every span still points at the same characters.
 */
export function jsonbText(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' && v.includes('\u0000') ? v.replace(NUL, '\uFFFD') : v));
}

/** "user@host:port/db" without the password, for messages. */
export function describePostgresUrl(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    const user = url.username ? `${decodeURIComponent(url.username)}@` : '';
    return `${user}${url.hostname || 'localhost'}:${url.port || '5432'}${url.pathname || '/'}`;
  } catch {
    return 'the configured PostgreSQL';
  }
}

export function checkSchemaName(schema: string): string {
  if (!SCHEMA_NAME.test(schema)) {
    throw new NewsfactsError('CONFIG_INVALID', `PostgreSQL schema must be a plain name (letters, digits, _), got "${schema}"`);
  }
  return schema;
}

function instantOf(value: Date | string): string {
  return value instanceof Date ? value.toISOString() : new Date(value).toISOString();
}

interface SnapshotRow {
  id: string;
  url: string;
  final_url: string;
  fetched_at: Date;
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  content_hash: string;
}

interface FailureRow {
  url: string;
  code: string;
  message: string;
  attempts: number;
  at: Date;
}

/** The shared store: many workers on many machines write one PostgreSQL; every write is an ON CONFLICT upsert. */
export class PostgresStore implements RecordStore {
  private readonly pool: Pool;
  readonly schema: string;
  private readonly migrations: readonly Migration[];
  private readonly where: string;

  constructor(databaseUrl: string, options: PostgresStoreOptions = {}) {
    this.schema = checkSchemaName(options.schema ?? 'public');
    this.migrations = options.migrations ?? POSTGRES_MIGRATIONS;
    this.where = describePostgresUrl(databaseUrl);
    const config: PoolConfig = {
      connectionString: databaseUrl,
      connectionTimeoutMillis: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
      max: options.poolMax ?? 10,
      query_timeout: options.queryTimeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS,
      // TCP keep-alive notices a server (or the network to it) gone silent on an idle pooled connection.
      keepAlive: true,
      // Set at connection start-up, so no query can run before it (a SET on 'connect' could race the first one).
      options: `-c search_path=${this.schema}`,
      // A CLI command that forgot close() still exits once its connections are idle.
      allowExitOnIdle: true,
    };
    this.pool = new Pool(config);
    // An idle connection dropped by the server emits 'error' on the pool; unhandled, it would kill the worker.
    // The next query gets a fresh connection or a STORE_UNAVAILABLE error of its own.
    this.pool.on('error', () => undefined);
  }

  private async query<R extends object>(where: string, sql: string, params: unknown[] = []): Promise<R[]> {
    try {
      const result = await this.pool.query<R>(sql, params);
      return result.rows;
    } catch (err) {
      throw fromPostgresError(err, `at ${this.where} (${where})`);
    }
  }

  /** Fails fast with STORE_UNAVAILABLE when the server does not answer within the connect time-out. */
  async ping(): Promise<void> {
    try {
      await this.pool.query('SELECT 1');
    } catch (err) {
      const mapped = fromPostgresError(err, `at ${this.where} does not answer`);
      if (mapped instanceof NewsfactsError) throw mapped;
      // Wrong password, unknown database: the store cannot be used either, and the message says why.
      throw new NewsfactsError('STORE_UNAVAILABLE', `PostgreSQL store at ${this.where} cannot be used: ${(err as Error).message}`, { cause: err });
    }
  }

  async migrate(): Promise<void> {
    let client;
    try {
      client = await this.pool.connect();
    } catch (err) {
      throw fromPostgresError(err, `at ${this.where} (migrate)`);
    }
    try {
      await client.query('BEGIN');
      // One migrator per schema at a time, across every process and machine: the others wait here, then find
      // the versions applied. The lock ends with the transaction, so a crashed migrator never holds it.
      await client.query("SELECT pg_advisory_xact_lock(hashtext('newsfacts-migrate:' || $1))", [this.schema]);
      // Looked up first: CREATE SCHEMA IF NOT EXISTS checks the CREATE privilege on the database even when the
      // schema exists, which a deployment's restricted user (owner of its schema only) does not have.
      const exists = await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [this.schema]);
      if (exists.rowCount === 0) await client.query(`CREATE SCHEMA ${this.schema}`);
      await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
      const applied = (await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version);
      for (const migration of pendingMigrations(this.migrations, applied)) {
        for (const sql of migration.statements) await client.query(sql);
        await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      }
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw fromPostgresError(err, `at ${this.where} (migrate)`);
    } finally {
      client.release();
    }
  }

  async putRecord(record: ArticleRecord): Promise<void> {
    const c = recordColumns(record);
    const cleared = clearedFailures(record);
    // One statement, so the record and the clearing of its failures commit together without a transaction.
    await this.query(
      'putRecord',
      `WITH upsert AS (
         INSERT INTO records (id, url, canonical_url, site, published_at, fetched_at, extractor_version, updated_at, record)
         VALUES ($1, $2, $3, $4, $5::timestamptz, $6::timestamptz, $7, $8::timestamptz, $9::jsonb)
         ON CONFLICT (id) DO UPDATE SET url = EXCLUDED.url, canonical_url = EXCLUDED.canonical_url, site = EXCLUDED.site,
           published_at = EXCLUDED.published_at, fetched_at = EXCLUDED.fetched_at,
           extractor_version = EXCLUDED.extractor_version, updated_at = EXCLUDED.updated_at, record = EXCLUDED.record
         RETURNING id)
       DELETE FROM failures WHERE url_key = ANY($10::text[]) OR url = ANY($11::text[])`,
      [c.id, c.url, c.canonicalUrl, c.site, c.publishedAt, c.fetchedAt, c.extractorVersion, c.updatedAt, jsonbText(record), cleared.keys, cleared.urls],
    );
  }

  async getRecord(id: string): Promise<ArticleRecord | null> {
    const rows = await this.query<{ record: ArticleRecord }>('getRecord', 'SELECT record FROM records WHERE id = $1', [id]);
    return rows[0] ? inRecordOrder(rows[0].record) : null;
  }

  async hasRecord(id: string): Promise<boolean> {
    const rows = await this.query('hasRecord', 'SELECT 1 FROM records WHERE id = $1', [id]);
    return rows.length > 0;
  }

  async findRecordId(articleKey: string): Promise<string | null> {
    // a record and its snapshot share the submitted URL (records.url is indexed)
    const rows = await this.query<{ id: string }>(
      'findRecordId',
      `(SELECT id FROM records WHERE id = $1)
       UNION ALL
       (SELECT r.id FROM snapshots s JOIN records r ON r.url = s.url WHERE s.id = $1)
       LIMIT 1`,
      [articleKey],
    );
    return rows[0]?.id ?? null;
  }

  async findRecordIds(articleKeys: readonly string[]): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    if (articleKeys.length === 0) return found;
    // a key's own record (rank 0) is preferred over one found through its snapshot, as in findRecordId
    const rows = await this.query<{ key: string; id: string }>(
      'findRecordIds',
      `SELECT id AS key, id, 0 AS rank FROM records WHERE id = ANY($1::text[])
       UNION ALL
       SELECT s.id, r.id, 1 FROM snapshots s JOIN records r ON r.url = s.url WHERE s.id = ANY($1::text[])
       ORDER BY rank`,
      [[...articleKeys]],
    );
    for (const row of rows) if (!found.has(row.key)) found.set(row.key, row.id);
    return found;
  }

  async listRecords(filter: RecordFilter = {}): Promise<ArticleRecord[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (fragment: (n: number) => string, value: unknown) => {
      params.push(value);
      where.push(fragment(params.length));
    };
    if (filter.site !== undefined) add(FILTER_SQL.site, siteOf(filter.site) ?? '');
    if (filter.since !== undefined) add(FILTER_SQL.since, requireInstant(filter.since, 'since'));
    if (filter.until !== undefined) add(FILTER_SQL.until, requireInstant(filter.until, 'until'));
    if (filter.text) add(FILTER_SQL.text, containsPattern(filter.text));
    if (filter.person) add(FILTER_SQL.person, containsPattern(filter.person));
    const limit = checkLimit(filter.limit);
    if (limit !== undefined) params.push(limit);
    const sql =
      'SELECT record FROM records' +
      (where.length ? ` WHERE ${where.join(' AND ')}` : '') +
      ' ORDER BY published_at DESC NULLS LAST, id' +
      (limit !== undefined ? ` LIMIT $${params.length}` : '');
    const rows = await this.query<{ record: ArticleRecord }>('listRecords', sql, params);
    return rows.map((row) => inRecordOrder(row.record));
  }

  async putSnapshot(snapshot: StoredSnapshot): Promise<void> {
    const fetchedAt = requireInstant(snapshot.fetchedAt, 'snapshot fetchedAt');
    const body = await compressBody(snapshot.body);
    await this.query(
      'putSnapshot',
      `INSERT INTO snapshots (id, url, final_url, fetched_at, status, headers, body, body_bytes, content_hash, updated_at)
       VALUES ($1, $2, $3, $4::timestamptz, $5, $6::jsonb, $7, $8, $9, now())
       ON CONFLICT (id) DO UPDATE SET url = EXCLUDED.url, final_url = EXCLUDED.final_url, fetched_at = EXCLUDED.fetched_at,
         status = EXCLUDED.status, headers = EXCLUDED.headers, body = EXCLUDED.body, body_bytes = EXCLUDED.body_bytes,
         content_hash = EXCLUDED.content_hash, updated_at = EXCLUDED.updated_at`,
      [snapshot.id, snapshot.url, snapshot.finalUrl, fetchedAt, snapshot.status, jsonbText(snapshot.headers), body, snapshot.body.length, snapshot.contentHash],
    );
  }

  async getSnapshot(id: string): Promise<StoredSnapshot | null> {
    const rows = await this.query<SnapshotRow>(
      'getSnapshot',
      'SELECT id, url, final_url, fetched_at, status, headers, body, content_hash FROM snapshots WHERE id = $1',
      [id],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      id: row.id,
      url: row.url,
      finalUrl: row.final_url,
      fetchedAt: instantOf(row.fetched_at),
      status: row.status,
      headers: row.headers,
      body: await decompressBody(row.body),
      contentHash: row.content_hash,
    };
  }

  async listSnapshotIds(since?: string): Promise<string[]> {
    const rows =
      since === undefined
        ? await this.query<{ id: string }>('listSnapshotIds', 'SELECT id FROM snapshots ORDER BY fetched_at, id')
        : await this.query<{ id: string }>('listSnapshotIds', 'SELECT id FROM snapshots WHERE fetched_at >= $1::timestamptz ORDER BY fetched_at, id', [
            requireInstant(since, 'since'),
          ]);
    return rows.map((row) => row.id);
  }

  async putFailure(failure: FailureEntry): Promise<void> {
    await this.query(
      'putFailure',
      `INSERT INTO failures (url, url_key, code, message, attempts, at) VALUES ($1, $2, $3, $4, $5, $6::timestamptz)
       ON CONFLICT (url) DO UPDATE SET url_key = EXCLUDED.url_key, code = EXCLUDED.code, message = EXCLUDED.message,
         attempts = EXCLUDED.attempts, at = EXCLUDED.at`,
      [failure.url, failureKey(failure.url), failure.code, failure.message.replace(NUL, '\uFFFD'), failure.attempts, requireInstant(failure.at, 'failure at')],
    );
  }

  async listFailures(limit?: number): Promise<FailureEntry[]> {
    const n = checkLimit(limit);
    const rows =
      n === undefined
        ? await this.query<FailureRow>('listFailures', 'SELECT url, code, message, attempts, at FROM failures ORDER BY at DESC, url')
        : await this.query<FailureRow>('listFailures', 'SELECT url, code, message, attempts, at FROM failures ORDER BY at DESC, url LIMIT $1', [n]);
    return rows.map((row) => ({ url: row.url, code: row.code, message: row.message, attempts: row.attempts, at: instantOf(row.at) }));
  }

  async close(): Promise<void> {
    if (!this.pool.ended) await this.pool.end();
  }
}
