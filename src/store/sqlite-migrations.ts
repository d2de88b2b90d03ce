import type { Migration } from './migration';

/**
 * The SQLite schema, one numbered step at a time. Never edit a released step: add the next one.
 * Times are TEXT in UTC ISO 8601 ("2024-04-15T05:00:00.000Z") so they sort and compare as text.
 */
export const SQLITE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'records, snapshots, failures',
    statements: [
      `CREATE TABLE records (
         id TEXT PRIMARY KEY,
         url TEXT,
         canonical_url TEXT,
         site TEXT,
         published_at TEXT,
         fetched_at TEXT,
         extractor_version TEXT NOT NULL,
         updated_at TEXT NOT NULL,
         record TEXT NOT NULL
       )`,
      'CREATE INDEX records_published ON records (published_at DESC, id)',
      'CREATE INDEX records_site ON records (site, published_at DESC)',
      'CREATE INDEX records_url ON records (url)',
      'CREATE INDEX records_canonical_url ON records (canonical_url)',
      `CREATE TABLE snapshots (
         id TEXT PRIMARY KEY,
         url TEXT NOT NULL,
         final_url TEXT NOT NULL,
         fetched_at TEXT NOT NULL,
         status INTEGER NOT NULL,
         headers TEXT NOT NULL,
         body BLOB NOT NULL,
         body_bytes INTEGER NOT NULL,
         content_hash TEXT NOT NULL,
         updated_at TEXT NOT NULL
       )`,
      'CREATE INDEX snapshots_fetched ON snapshots (fetched_at, id)',
      `CREATE TABLE failures (
         url TEXT PRIMARY KEY,
         url_key TEXT,
         code TEXT NOT NULL,
         message TEXT NOT NULL,
         attempts INTEGER NOT NULL,
         at TEXT NOT NULL
       )`,
      'CREATE INDEX failures_url_key ON failures (url_key)',
      'CREATE INDEX failures_at ON failures (at DESC)',
    ],
  },
];
