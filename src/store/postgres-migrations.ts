import type { Migration } from './migration';

/**
 * The PostgreSQL schema: the SQLite one in PostgreSQL types (jsonb record, bytea compressed body, timestamptz).
 * Table names are unqualified: the store sets search_path to its schema on every connection.
 * Never edit a released step: add the next one.
 */
export const POSTGRES_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'records, snapshots, failures',
    statements: [
      `CREATE TABLE records (
         id text PRIMARY KEY,
         url text,
         canonical_url text,
         site text,
         published_at timestamptz,
         fetched_at timestamptz,
         extractor_version text NOT NULL,
         updated_at timestamptz NOT NULL,
         record jsonb NOT NULL
       )`,
      'CREATE INDEX records_published ON records (published_at DESC NULLS LAST, id)',
      'CREATE INDEX records_site ON records (site, published_at DESC)',
      'CREATE INDEX records_url ON records (url)',
      'CREATE INDEX records_canonical_url ON records (canonical_url)',
      `CREATE TABLE snapshots (
         id text PRIMARY KEY,
         url text NOT NULL,
         final_url text NOT NULL,
         fetched_at timestamptz NOT NULL,
         status integer NOT NULL,
         headers jsonb NOT NULL,
         body bytea NOT NULL,
         body_bytes integer NOT NULL,
         content_hash text NOT NULL,
         updated_at timestamptz NOT NULL
       )`,
      'CREATE INDEX snapshots_fetched ON snapshots (fetched_at, id)',
      `CREATE TABLE failures (
         url text PRIMARY KEY,
         url_key text,
         code text NOT NULL,
         message text NOT NULL,
         attempts integer NOT NULL,
         at timestamptz NOT NULL
       )`,
      'CREATE INDEX failures_url_key ON failures (url_key)',
      'CREATE INDEX failures_at ON failures (at DESC)',
    ],
  },
];
