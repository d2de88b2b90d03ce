import type { ArticleRecord, FailureEntry } from '../record';

/** The raw fetched bytes kept before extraction, so `reextract` never re-crawls. */
export interface StoredSnapshot {
  /** the article key of the submitted URL (its job id); the record built from it may have another id */
  id: string;
  /** the URL as submitted (the record built from it keeps the same url) */
  url: string;
  finalUrl: string;
  fetchedAt: string;
  status: number;
  headers: Record<string, string>;
  /** uncompressed bytes; stores compress them */
  body: Buffer;
  /** sha256 hex of body */
  contentHash: string;
}

export interface RecordFilter {
  /** host of canonicalUrl, "www." ignored */
  site?: string;
  /** publishedAt on or after this ISO date */
  since?: string;
  /** publishedAt before this ISO date */
  until?: string;
  /** records naming a person whose name contains this (case-insensitive): "Khan" */
  person?: string;
  /** records whose title or text contains this (case-insensitive): "exports" */
  text?: string;
  limit?: number;
}

/**
 * Where records, snapshots and failures live: SQLite (embedded default) or PostgreSQL (many workers on many
 * machines). Every write is idempotent by id, so a job retried or recovered after a crash stores once.
 */
export interface RecordStore {
  /** runs schema migrations; safe to call on every start */
  migrate(): Promise<void>;
  putRecord(record: ArticleRecord): Promise<void>;
  getRecord(id: string): Promise<ArticleRecord | null>;
  /** true when a record exists for this id */
  hasRecord(id: string): Promise<boolean>;
  /**
   * The id of the record stored for an article key (the urlKey of a submitted URL), or null: the record with
   * that id, or else the record built from the snapshot with that id. Records are keyed by the page's canonical
   * URL and snapshots by the submitted one, so an AMP or tracking URL whose page names another canonical URL is
   * found through its snapshot (submit skips stored articles unless --force).
   */
  findRecordId(articleKey: string): Promise<string | null>;
  /**
   * findRecordId for many article keys in one query (submit looks up a whole batch at once): the keys with a
   * stored record, each mapped to its record id; keys without one are absent.
   */
  findRecordIds(articleKeys: readonly string[]): Promise<Map<string, string>>;
  listRecords(filter?: RecordFilter): Promise<ArticleRecord[]>;
  putSnapshot(snapshot: StoredSnapshot): Promise<void>;
  getSnapshot(id: string): Promise<StoredSnapshot | null>;
  /** ids of snapshots fetched on or after `since` (all when undefined), for reextract */
  listSnapshotIds(since?: string): Promise<string[]>;
  /** keyed by url: a later failure of the same URL replaces the earlier one; a stored record clears it */
  putFailure(failure: FailureEntry): Promise<void>;
  listFailures(limit?: number): Promise<FailureEntry[]>;
  close(): Promise<void>;
}
