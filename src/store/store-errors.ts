import { NewsfactsError } from '../errors';

// SQLite result codes that mean "the database cannot be used right now", not "this statement is wrong":
// busy beyond busy_timeout, locked, cannot open, I/O error, disk full, read-only file, corrupt file.
const SQLITE_UNAVAILABLE = /^SQLITE_(BUSY|LOCKED|CANTOPEN|IOERR|FULL|READONLY|CORRUPT|NOTADB|PERM|AUTH)/;

// Node socket errors and PostgreSQL SQLSTATE classes 08 (connection), 53 (resources), 57P (operator
// intervention: shutdown, cannot connect now) mean the server cannot be reached or used right now.
const NODE_NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE']);
const PG_UNAVAILABLE_STATE = /^(08|53|57P)/;
const PG_TIMEOUT_MESSAGE = /timeout|terminated|Connection terminated|connection.*closed/i;

function codeOf(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/** A better-sqlite3 error as STORE_UNAVAILABLE when the file cannot be used; other errors unchanged. */
export function fromSqliteError(err: unknown, where: string): unknown {
  if (err instanceof NewsfactsError) return err;
  if (SQLITE_UNAVAILABLE.test(codeOf(err))) {
    return new NewsfactsError('STORE_UNAVAILABLE', `SQLite store ${where}: ${(err as Error).message}`, { cause: err });
  }
  return err;
}

/** A pg error as STORE_UNAVAILABLE when the server cannot be reached or used; SQL errors unchanged. */
export function fromPostgresError(err: unknown, where: string): unknown {
  if (err instanceof NewsfactsError) return err;
  const code = codeOf(err);
  const message = err instanceof Error ? err.message : String(err);
  const aggregate = err instanceof AggregateError ? err.errors.map(codeOf) : [];
  const unavailable =
    NODE_NETWORK_CODES.has(code) ||
    aggregate.some((c) => NODE_NETWORK_CODES.has(c)) ||
    PG_UNAVAILABLE_STATE.test(code) ||
    (!code && PG_TIMEOUT_MESSAGE.test(message));
  if (!unavailable) return err;
  return new NewsfactsError('STORE_UNAVAILABLE', `PostgreSQL store ${where}: ${message || code}`, { cause: err });
}
