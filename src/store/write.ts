import type { Database } from "better-sqlite3";
import { toStoreError } from "./database.js";

/**
 * The store's one way to change the database: `work` runs inside an immediate transaction (the write
 * lock is taken at once, so a second writer waits here for the busy timeout, never half-way through),
 * and everything it wrote lands together or not at all. `isDryRun` runs the very same transaction and
 * rolls it back: a dry run is decided where the writes happen, and counts exactly what a real run
 * would. `work` must be synchronous — better-sqlite3 transactions cannot span an `await`.
 * SQLite failures (locked, read-only, disk full) become exit-2 failures naming the database file.
 */
export function write<T>(db: Database, work: () => T, options: { readonly isDryRun?: boolean } = {}): T {
  try {
    if (options.isDryRun !== true) return db.transaction(work).immediate();
    let result: { value: T } | undefined;
    try {
      db.transaction(() => {
        result = { value: work() };
        throw ROLL_BACK;
      }).immediate();
    } catch (error) {
      if (error !== ROLL_BACK) throw error;
    }
    if (result === undefined) throw new Error("a dry-run transaction ended without a result");
    return result.value;
  } catch (error) {
    throw toStoreError(error, db.name, db);
  }
}

/** Thrown inside a dry-run transaction so that better-sqlite3 rolls it back; never leaves `write`. */
const ROLL_BACK = Symbol("roll back the dry run");

/**
 * One consistent view for several reads: `work` runs inside a deferred transaction that writes
 * nothing, so every pass it makes over a catalogue sees the same products even while another process
 * imports (WAL: that writer does not wait). Synchronous, as `write`.
 */
export function readConsistently<T>(db: Database, work: () => T): T {
  try {
    return db.transaction(work).deferred();
  } catch (error) {
    throw toStoreError(error, db.name, db);
  }
}
