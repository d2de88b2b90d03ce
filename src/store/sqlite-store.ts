import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { NewsfactsError } from '../errors';
import type { ArticleRecord, FailureEntry } from '../record';
import { compressBody, decompressBody } from './compression';
import { pendingMigrations, type Migration } from './migration';
import { checkLimit, clearedFailures, containsPattern, failureKey, recordColumns, requireInstant, siteOf } from './record-columns';
import type { RecordFilter, RecordStore, StoredSnapshot } from './record-store';
import { SQLITE_MIGRATIONS } from './sqlite-migrations';
import { fromSqliteError } from './store-errors';

export interface SqliteStoreOptions {
  /** how long a write waits for another process's write lock before STORE_UNAVAILABLE (busy_timeout) */
  busyTimeoutMs?: number;
  /** the migrations to apply (tests); the project's by default */
  migrations?: readonly Migration[];
}

export const SQLITE_MEMORY = ':memory:';
const DEFAULT_BUSY_TIMEOUT_MS = 10_000;

interface SnapshotRow {
  id: string;
  url: string;
  final_url: string;
  fetched_at: string;
  status: number;
  headers: string;
  body: Buffer;
  content_hash: string;
}

interface FailureRow {
  url: string;
  code: string;
  message: string;
  attempts: number;
  at: string;
}

// The filters of listRecords as SQL fragments, so a query is assembled from fixed text, never from input.
const FILTER_SQL = {
  site: 'site = @site',
  since: 'published_at >= @since',
  until: 'published_at < @until',
  text: "(json_extract(record, '$.title') LIKE @text ESCAPE '\\' OR json_extract(record, '$.text') LIKE @text ESCAPE '\\')",
  person: "EXISTS (SELECT 1 FROM json_each(record, '$.people') AS p WHERE json_extract(p.value, '$.name') LIKE @person ESCAPE '\\')",
} as const;

/**
 * Opens (creating when missing) the SQLite file at `path`, in WAL mode so `records` commands in one process read
 * while a worker in another writes. The parent folder is created. Cannot open -> STORE_UNAVAILABLE.
 */
export function openSqliteDatabase(path: string, busyTimeoutMs: number): Database.Database {
  try {
    if (path !== SQLITE_MEMORY) mkdirSync(dirname(path), { recursive: true });
    const db = new Database(path, { timeout: busyTimeoutMs });
    db.pragma(`busy_timeout = ${Math.floor(busyTimeoutMs)}`);
    // WAL is a property of the file: the first opener switches it, later ones find it on. A memory database
    // stays in "memory" journal mode, which is all it can have.
    if (path !== SQLITE_MEMORY) db.pragma('journal_mode = WAL');
    // NORMAL is durable across application crashes in WAL mode; only a power cut can lose the last commits.
    db.pragma('synchronous = NORMAL');
    return db;
  } catch (err) {
    const mapped = fromSqliteError(err, `cannot open ${path}`);
    if (mapped instanceof NewsfactsError) throw mapped;
    throw new NewsfactsError('STORE_UNAVAILABLE', `SQLite store cannot open ${path}: ${(err as Error).message}`, { cause: err });
  }
}

/** The embedded store: one SQLite file, records as JSON text with indexed columns beside them. */
export class SqliteStore implements RecordStore {
  private readonly db: Database.Database;
  private readonly migrations: readonly Migration[];
  private readonly statements = new Map<string, Database.Statement>();

  constructor(
    readonly path: string,
    options: SqliteStoreOptions = {},
  ) {
    this.db = openSqliteDatabase(path, options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS);
    this.migrations = options.migrations ?? SQLITE_MIGRATIONS;
  }

  /** One prepared statement per SQL text, prepared on first use. */
  private stmt(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  private run<T>(where: string, fn: () => T): T {
    try {
      return fn();
    } catch (err) {
      throw fromSqliteError(err, where);
    }
  }

  async migrate(): Promise<void> {
    this.run('migrate', () => {
      // BEGIN IMMEDIATE takes the write lock before reading schema_migrations, so of several workers starting
      // at once one migrates and the others wait (busy_timeout), then find nothing left to do.
      const apply = this.db.transaction(() => {
        this.db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
        const applied = (this.db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version);
        for (const migration of pendingMigrations(this.migrations, applied)) {
          for (const sql of migration.statements) this.db.exec(sql);
          this.db
            .prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)')
            .run(migration.version, migration.name, new Date().toISOString());
        }
      });
      apply.immediate();
    });
    // Statements prepared before a migration may describe the old schema.
    this.statements.clear();
  }

  async putRecord(record: ArticleRecord): Promise<void> {
    const c = recordColumns(record);
    const cleared = clearedFailures(record);
    this.run('putRecord', () => {
      const store = this.db.transaction(() => {
        this.stmt(
          `INSERT INTO records (id, url, canonical_url, site, published_at, fetched_at, extractor_version, updated_at, record)
           VALUES (@id, @url, @canonicalUrl, @site, @publishedAt, @fetchedAt, @extractorVersion, @updatedAt, @record)
           ON CONFLICT (id) DO UPDATE SET url = excluded.url, canonical_url = excluded.canonical_url, site = excluded.site,
             published_at = excluded.published_at, fetched_at = excluded.fetched_at,
             extractor_version = excluded.extractor_version, updated_at = excluded.updated_at, record = excluded.record`,
        ).run({ ...c, record: JSON.stringify(record) });
        const deleteByKey = this.stmt('DELETE FROM failures WHERE url_key = ?');
        for (const key of cleared.keys) deleteByKey.run(key);
        const deleteByUrl = this.stmt('DELETE FROM failures WHERE url = ?');
        for (const url of cleared.urls) deleteByUrl.run(url);
      });
      store.immediate();
    });
  }

  async getRecord(id: string): Promise<ArticleRecord | null> {
    const row = this.run('getRecord', () => this.stmt('SELECT record FROM records WHERE id = ?').get(id)) as { record: string } | undefined;
    return row ? (JSON.parse(row.record) as ArticleRecord) : null;
  }

  async hasRecord(id: string): Promise<boolean> {
    return this.run('hasRecord', () => this.stmt('SELECT 1 FROM records WHERE id = ?').get(id)) !== undefined;
  }

  async findRecordId(articleKey: string): Promise<string | null> {
    // a record and its snapshot share the submitted URL (records.url is indexed)
    const row = this.run('findRecordId', () =>
      this.stmt(
        `SELECT id FROM records WHERE id = @key
         UNION ALL
         SELECT r.id FROM snapshots s JOIN records r ON r.url = s.url WHERE s.id = @key
         LIMIT 1`,
      ).get({ key: articleKey }),
    ) as { id: string } | undefined;
    return row?.id ?? null;
  }

  async findRecordIds(articleKeys: readonly string[]): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    if (articleKeys.length === 0) return found;
    // the keys go in as one JSON array (json_each), so the statement is the same for any batch size; a key's
    // own record (rank 0) is preferred over one found through its snapshot, as in findRecordId
    const rows = this.run('findRecordIds', () =>
      this.stmt(
        `SELECT k.value AS key, r.id AS id, 0 AS rank FROM json_each(@keys) AS k JOIN records r ON r.id = k.value
         UNION ALL
         SELECT k.value, r.id, 1 FROM json_each(@keys) AS k JOIN snapshots s ON s.id = k.value JOIN records r ON r.url = s.url
         ORDER BY rank`,
      ).all({ keys: JSON.stringify(articleKeys) }),
    ) as { key: string; id: string }[];
    for (const row of rows) if (!found.has(row.key)) found.set(row.key, row.id);
    return found;
  }

  async listRecords(filter: RecordFilter = {}): Promise<ArticleRecord[]> {
    const where: string[] = [];
    const params: Record<string, string | number> = {};
    if (filter.site !== undefined) {
      where.push(FILTER_SQL.site);
      params.site = siteOf(filter.site) ?? '';
    }
    if (filter.since !== undefined) {
      where.push(FILTER_SQL.since);
      params.since = requireInstant(filter.since, 'since');
    }
    if (filter.until !== undefined) {
      where.push(FILTER_SQL.until);
      params.until = requireInstant(filter.until, 'until');
    }
    if (filter.text) {
      where.push(FILTER_SQL.text);
      params.text = containsPattern(filter.text);
    }
    if (filter.person) {
      where.push(FILTER_SQL.person);
      params.person = containsPattern(filter.person);
    }
    const limit = checkLimit(filter.limit);
    if (limit !== undefined) params.limit = limit;
    const sql =
      'SELECT record FROM records' +
      (where.length ? ` WHERE ${where.join(' AND ')}` : '') +
      ' ORDER BY published_at DESC, id' +
      (limit !== undefined ? ' LIMIT @limit' : '');
    const rows = this.run('listRecords', () => this.stmt(sql).all(params)) as { record: string }[];
    return rows.map((row) => JSON.parse(row.record) as ArticleRecord);
  }

  async putSnapshot(snapshot: StoredSnapshot): Promise<void> {
    const fetchedAt = requireInstant(snapshot.fetchedAt, 'snapshot fetchedAt');
    const body = await compressBody(snapshot.body);
    this.run('putSnapshot', () =>
      this.stmt(
        `INSERT INTO snapshots (id, url, final_url, fetched_at, status, headers, body, body_bytes, content_hash, updated_at)
         VALUES (@id, @url, @finalUrl, @fetchedAt, @status, @headers, @body, @bodyBytes, @contentHash, @updatedAt)
         ON CONFLICT (id) DO UPDATE SET url = excluded.url, final_url = excluded.final_url, fetched_at = excluded.fetched_at,
           status = excluded.status, headers = excluded.headers, body = excluded.body, body_bytes = excluded.body_bytes,
           content_hash = excluded.content_hash, updated_at = excluded.updated_at`,
      ).run({
        id: snapshot.id,
        url: snapshot.url,
        finalUrl: snapshot.finalUrl,
        fetchedAt,
        status: snapshot.status,
        headers: JSON.stringify(snapshot.headers),
        body,
        bodyBytes: snapshot.body.length,
        contentHash: snapshot.contentHash,
        updatedAt: new Date().toISOString(),
      }),
    );
  }

  async getSnapshot(id: string): Promise<StoredSnapshot | null> {
    const row = this.run('getSnapshot', () =>
      this.stmt('SELECT id, url, final_url, fetched_at, status, headers, body, content_hash FROM snapshots WHERE id = ?').get(id),
    ) as SnapshotRow | undefined;
    if (!row) return null;
    return {
      id: row.id,
      url: row.url,
      finalUrl: row.final_url,
      fetchedAt: row.fetched_at,
      status: row.status,
      headers: JSON.parse(row.headers) as Record<string, string>,
      body: await decompressBody(row.body),
      contentHash: row.content_hash,
    };
  }

  async listSnapshotIds(since?: string): Promise<string[]> {
    const rows = this.run('listSnapshotIds', () =>
      since === undefined
        ? this.stmt('SELECT id FROM snapshots ORDER BY fetched_at, id').all()
        : this.stmt('SELECT id FROM snapshots WHERE fetched_at >= ? ORDER BY fetched_at, id').all(requireInstant(since, 'since')),
    ) as { id: string }[];
    return rows.map((row) => row.id);
  }

  async putFailure(failure: FailureEntry): Promise<void> {
    this.run('putFailure', () =>
      this.stmt(
        `INSERT INTO failures (url, url_key, code, message, attempts, at) VALUES (@url, @urlKey, @code, @message, @attempts, @at)
         ON CONFLICT (url) DO UPDATE SET url_key = excluded.url_key, code = excluded.code, message = excluded.message,
           attempts = excluded.attempts, at = excluded.at`,
      ).run({ ...failure, urlKey: failureKey(failure.url), at: requireInstant(failure.at, 'failure at') }),
    );
  }

  async listFailures(limit?: number): Promise<FailureEntry[]> {
    const n = checkLimit(limit);
    const rows = this.run('listFailures', () =>
      n === undefined
        ? this.stmt('SELECT url, code, message, attempts, at FROM failures ORDER BY at DESC, url').all()
        : this.stmt('SELECT url, code, message, attempts, at FROM failures ORDER BY at DESC, url LIMIT ?').all(n),
    ) as FailureRow[];
    return rows.map((row) => ({ url: row.url, code: row.code, message: row.message, attempts: row.attempts, at: row.at }));
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
