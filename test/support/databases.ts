import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import { openStore, type OpenStoreOptions } from '../../src/store/open-store';
import type { RecordStore } from '../../src/store/record-store';

/** The PostgreSQL the tests use (CI starts it); TEST_DATABASE_URL overrides. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

const ROOT = join(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const STORE_CHILD = join(__dirname, 'store-child.ts');

let counter = 0;

/** What the contract suite needs of a backend: a fresh database, and a look at its raw rows. */
export interface StoreBackend {
  readonly name: 'sqlite' | 'postgres';
  /** creates the isolated database (a temporary folder, a unique schema); PostgreSQL down -> a clear failure */
  setup(): Promise<void>;
  /** drops it again */
  teardown(): Promise<void>;
  /** the DATABASE_URL of the isolated database (another process can open it) */
  readonly databaseUrl: string;
  open(options?: OpenStoreOptions): Promise<RecordStore>;
  /** a DATABASE_URL of this kind that cannot be opened */
  unreachableUrl(): Promise<string>;
  /** the stored (compressed) snapshot body, as the database holds it */
  rawSnapshotBody(id: string): Promise<Buffer>;
  countRows(table: 'records' | 'snapshots' | 'failures', where?: { id?: string; url?: string }): Promise<number>;
  appliedMigrations(): Promise<number[]>;
}

function whereClause(where: { id?: string; url?: string }, placeholder: (n: number) => string): { sql: string; params: string[] } {
  const parts: string[] = [];
  const params: string[] = [];
  for (const [column, value] of Object.entries(where)) {
    if (value === undefined) continue;
    params.push(value);
    parts.push(`${column} = ${placeholder(params.length)}`);
  }
  return { sql: parts.length ? ` WHERE ${parts.join(' AND ')}` : '', params };
}

export class SqliteBackend implements StoreBackend {
  readonly name = 'sqlite' as const;
  private dir = '';

  get path(): string {
    return join(this.dir, 'nested', 'records.db');
  }

  get databaseUrl(): string {
    return `sqlite:${this.path}`;
  }

  async setup(): Promise<void> {
    this.dir = await mkdtemp(join(tmpdir(), 'nf-store-'));
  }

  async teardown(): Promise<void> {
    if (this.dir) await rm(this.dir, { recursive: true, force: true });
  }

  open(options?: OpenStoreOptions): Promise<RecordStore> {
    return openStore(this.databaseUrl, options);
  }

  /** A file where a folder should be: the database cannot be created under it. */
  async unreachableUrl(): Promise<string> {
    return `sqlite:${join(this.dir, 'nested', 'records.db', 'inside-a-file.db')}`;
  }

  /** A read connection of its own, as another process would have. */
  withRaw<T>(fn: (db: Database.Database) => T): T {
    const db = new Database(this.path, { readonly: true, fileMustExist: true });
    try {
      return fn(db);
    } finally {
      db.close();
    }
  }

  async rawSnapshotBody(id: string): Promise<Buffer> {
    return this.withRaw((db) => (db.prepare('SELECT body FROM snapshots WHERE id = ?').get(id) as { body: Buffer }).body);
  }

  async countRows(table: 'records' | 'snapshots' | 'failures', where: { id?: string; url?: string } = {}): Promise<number> {
    const clause = whereClause(where, () => '?');
    return this.withRaw((db) => (db.prepare(`SELECT count(*) AS n FROM ${table}${clause.sql}`).get(...clause.params) as { n: number }).n);
  }

  async appliedMigrations(): Promise<number[]> {
    return this.withRaw((db) => (db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as { version: number }[]).map((r) => r.version));
  }
}

export class PostgresBackend implements StoreBackend {
  readonly name = 'postgres' as const;
  readonly schema = `nf_test_${process.pid}_${Date.now().toString(36)}_${++counter}`;

  get databaseUrl(): string {
    const url = new URL(TEST_DATABASE_URL);
    url.searchParams.set('schema', this.schema);
    return url.toString();
  }

  /** Fails the suite with a message that says what to start: CI starts PostgreSQL, so a skip would hide a fault. */
  async setup(): Promise<void> {
    const client = new Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 5000 });
    try {
      await client.connect();
    } catch (err) {
      await client.end().catch(() => undefined);
      // A server that answers but lacks the test database (a fresh cluster): create it once, then go on.
      if ((err as { code?: string }).code === '3D000') return createTestDatabase();
      throw new Error(
        `PostgreSQL is not reachable at ${TEST_DATABASE_URL} (${(err as Error).message}). ` +
          'The store contract tests need it: start it (bash .ci/run does) or set TEST_DATABASE_URL.',
      );
    }
    await client.end();
  }

  async teardown(): Promise<void> {
    await this.sql(`DROP SCHEMA IF EXISTS ${this.schema} CASCADE`);
  }

  open(options?: OpenStoreOptions): Promise<RecordStore> {
    return openStore(this.databaseUrl, { connectTimeoutMs: 3000, ...options });
  }

  async unreachableUrl(): Promise<string> {
    return `postgres://postgres@127.0.0.1:${await closedPort()}/test`;
  }

  private async sql<R extends object>(text: string, params: unknown[] = []): Promise<R[]> {
    const client = new Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 5000 });
    await client.connect();
    try {
      return (await client.query<R>(text, params)).rows;
    } finally {
      await client.end();
    }
  }

  async rawSnapshotBody(id: string): Promise<Buffer> {
    const rows = await this.sql<{ body: Buffer }>(`SELECT body FROM ${this.schema}.snapshots WHERE id = $1`, [id]);
    return rows[0].body;
  }

  async countRows(table: 'records' | 'snapshots' | 'failures', where: { id?: string; url?: string } = {}): Promise<number> {
    const clause = whereClause(where, (n) => `$${n}`);
    const rows = await this.sql<{ n: string }>(`SELECT count(*) AS n FROM ${this.schema}.${table}${clause.sql}`, clause.params);
    return Number(rows[0].n);
  }

  async appliedMigrations(): Promise<number[]> {
    const rows = await this.sql<{ version: number }>(`SELECT version FROM ${this.schema}.schema_migrations ORDER BY version`);
    return rows.map((r) => r.version);
  }
}

/** Creates the database TEST_DATABASE_URL names, through the server's maintenance database "postgres". */
async function createTestDatabase(): Promise<void> {
  const url = new URL(TEST_DATABASE_URL);
  const name = decodeURIComponent(url.pathname.slice(1));
  if (!/^\w+$/.test(name)) throw new Error(`cannot create the test database "${name}": use a plain name in TEST_DATABASE_URL`);
  url.pathname = '/postgres';
  const admin = new Client({ connectionString: url.toString(), connectionTimeoutMillis: 5000 });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`).catch((err: { code?: string }) => {
      if (err.code !== '42P04') throw err; // created meanwhile by a parallel test process
    });
  } finally {
    await admin.end();
  }
}

/** A TCP port nothing listens on right now (bound, then released). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * A server that accepts TCP connections and never says a word: a PostgreSQL host that hangs, which only a
 * connect time-out can get out of.
 */
export async function silentServer(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as { port: number };
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/**
 * Runs test/support/store-child.ts in one process per argument list, lets them all open the store, then starts
 * their work at the same moment (a line on each stdin); resolves with each child's one-line answer.
 */
export async function raceStoreChildren(argLists: string[][]): Promise<string[]> {
  const children = argLists.map((args) => {
    const child = spawn(TSX, [STORE_CHILD, ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let markReady: () => void = () => undefined;
    const ready = new Promise<void>((resolve) => (markReady = resolve));
    child.stdout.on('data', (d) => {
      stdout += d;
      if (stdout.startsWith('ready\n')) markReady();
    });
    child.stderr.on('data', (d) => (stderr += d));
    const done = new Promise<string>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (code) => {
        const answer = stdout.replace(/^ready\n/, '').trim();
        if (code === 0) resolve(answer);
        else reject(new Error(`store-child ${args[1]} exited ${code}: ${answer}${stderr}`));
      });
    });
    return { child, ready, done };
  });
  // A child that dies before "ready" rejects `done`; racing it keeps the test from waiting forever.
  await Promise.all(children.map((c) => Promise.race([c.ready, c.done])));
  for (const { child } of children) child.stdin.end('go\n');
  return Promise.all(children.map((c) => c.done));
}
