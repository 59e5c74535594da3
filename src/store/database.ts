import { existsSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import BetterSqlite3, { type Database } from "better-sqlite3";
import { EprovenceError, type FailureCode } from "../domain/errors.js";
import { assertSchemaSupported, migrate } from "./migrations/index.js";

/**
 * How long a writer waits for another eprovence process to finish its transaction before giving up
 * with a clear "locked" failure (design choice: long enough for a batch file of tens of thousands
 * of rows, short enough not to look hung).
 */
export const BUSY_TIMEOUT_MS = 30_000;

export interface OpenOptions {
  /** Fail with "database-missing" instead of creating the file (read-only commands on a fresh machine). */
  readonly mustExist?: boolean;
  /** How long to wait for another process's write lock (default BUSY_TIMEOUT_MS). */
  readonly busyTimeoutMs?: number;
}

/**
 * Opens (and creates, and migrates) the one SQLite file: WAL so readers never wait for a writer and a
 * killed process leaves the file as before its transaction; foreign keys on; a busy timeout so two
 * importers queue instead of failing at once.
 */
export function openDatabase(path: string, options: OpenOptions = {}): Database {
  if (options.mustExist && path !== ":memory:" && !existsSync(path)) {
    throw new EprovenceError("database-missing", { path });
  }
  let db: Database | undefined;
  try {
    if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
    db = new BetterSqlite3(path, { timeout: options.busyTimeoutMs ?? BUSY_TIMEOUT_MS });
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
    const failure = toStoreError(error, path, db);
    db?.close();
    throw failure;
  }
}

const SQLITE_FAILURES: Readonly<Record<string, FailureCode>> = {
  SQLITE_NOTADB: "database-not-sqlite",
  SQLITE_CORRUPT: "database-not-sqlite",
  SQLITE_BUSY: "database-locked",
  SQLITE_LOCKED: "database-locked",
  SQLITE_READONLY: "database-read-only",
  SQLITE_READONLY_DBMOVED: "database-read-only",
  SQLITE_CANTOPEN: "database-unwritable",
  SQLITE_IOERR: "database-unwritable",
  SQLITE_PERM: "database-read-only",
  SQLITE_FULL: "disk-full",
  EACCES: "database-unwritable",
  EROFS: "database-read-only",
  ENOSPC: "disk-full",
  ENOTDIR: "database-unwritable",
};

/**
 * Maps what SQLite or the file system said into a failure the user can act on (exit 2). `path` is the
 * database file (the message names it); `db`, when open, says how long a "locked" failure waited.
 */
export function toStoreError(error: unknown, path: string, db?: Database): unknown {
  if (error instanceof EprovenceError) return error;
  const code = (error as { code?: string }).code ?? "";
  const failure = SQLITE_FAILURES[code] ?? SQLITE_FAILURES[code.replace(/_[A-Z]+$/, "")];
  if (failure === undefined) return error;
  const detail = error instanceof Error ? error.message : String(error);
  if (failure !== "database-locked") return new EprovenceError(failure, { path, detail });
  // The wait is a setting (EPROVENCE_BUSY_TIMEOUT_MS): the message says the one this run used.
  const waitedMs = db?.open ? (db.pragma("busy_timeout", { simple: true }) as number) : BUSY_TIMEOUT_MS;
  return new EprovenceError(failure, { path, detail, seconds: Math.round(waitedMs / 100) / 10 });
}
