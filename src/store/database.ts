import { mkdirSync, statSync } from "node:fs";
import { dirname } from "node:path";
import BetterSqlite3, { type Database } from "better-sqlite3";
import { EprovenceError } from "../domain/errors.js";
import { DEFAULT_BUSY_TIMEOUT_MS, toDatabaseFailure } from "../domain/system-failures.js";
import { assertSchemaSupported, migrate } from "./migrations/index.js";

export interface OpenOptions {
  /** Fail with "database-missing" instead of creating the file or writing into an empty one (read-only commands on a fresh machine). */
  readonly mustExist?: boolean;
  /** How long to wait for another process's write lock (default DEFAULT_BUSY_TIMEOUT_MS). */
  readonly busyTimeoutMs?: number;
}

/**
 * Opens (and creates, and migrates) the one SQLite file: WAL so readers never wait for a writer and a
 * killed process leaves the file as before its transaction; foreign keys on; a busy timeout so two
 * importers queue instead of failing at once.
 */
export function openDatabase(path: string, options: OpenOptions = {}): Database {
  if (options.mustExist && path !== ":memory:" && isAbsentOrEmpty(path, options.busyTimeoutMs)) {
    throw new EprovenceError("database-missing", { path });
  }
  let db: Database | undefined;
  try {
    if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
    db = new BetterSqlite3(path, { timeout: options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS });
    // The first statement reads the header: a file that is not SQLite fails here, not later. A database
    // from a newer eprovence is refused before anything is written to it: switching it to WAL would
    // already rewrite its header.
    assertSchemaSupported(db, path);
    db.pragma("journal_mode = WAL");
    db.pragma("foreign_keys = ON");
    db.pragma("synchronous = NORMAL");
    migrate(db, path);
    return db;
  } catch (error) {
    const failure = toStoreError(error, path, db, options.busyTimeoutMs);
    db?.close();
    throw failure;
  }
}

/**
 * No database here yet: no file, or an empty one (0 bytes: SQLite would take it for a new database, and
 * a read-only command must not write a schema into it). A database always holds its header page once
 * created, even before its first checkpoint. A path that cannot be looked at (a looping link…) fails.
 */
function isAbsentOrEmpty(path: string, busyTimeoutMs: number | undefined): boolean {
  try {
    return statSync(path).size === 0;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return true;
    throw toStoreError(error, path, undefined, busyTimeoutMs);
  }
}

/**
 * What SQLite or the file system said, as a failure the user can act on (exit 2; the one mapping of
 * domain/system-failures). `path` is the database file (the message names it); `db`, when open, says
 * how long a "locked" failure waited. Anything else (a bug) is returned as it is.
 */
export function toStoreError(error: unknown, path: string, db?: Database, busyTimeoutMs = DEFAULT_BUSY_TIMEOUT_MS): unknown {
  const waitedMs = db?.open ? (db.pragma("busy_timeout", { simple: true }) as number) : busyTimeoutMs;
  return toDatabaseFailure(error, path, waitedMs) ?? error;
}
