import type { Database } from "better-sqlite3";
import { EprovenceError } from "../../domain/errors.js";
import { migration001 } from "./001-catalogue.js";
import { migration002 } from "./002-verdicts-and-scenarios.js";
import { migration003 } from "./003-onboarding-sessions.js";
import { migration004 } from "./004-chinese-name-status.js";
import { migration005 } from "./005-finding-places.js";
import { migration006 } from "./006-positive-list.js";
import { migration007 } from "./007-product-pictures.js";
import { migration008 } from "./008-food-information.js";
import { migration009 } from "./009-stored-readiness.js";

/**
 * Schema changes, one file each, applied in order and recorded in `PRAGMA user_version`. A migration
 * is never edited once released: a change is a new file.
 */
export interface Migration {
  readonly version: number;
  readonly description: string;
  /** SQL run in the migration's transaction. */
  readonly up: string;
}

export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006, migration007, migration008, migration009];

/** The last migration's version. */
export const SCHEMA_VERSION: number = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;

export function readSchemaVersion(db: Database): number {
  return db.pragma("user_version", { simple: true }) as number;
}

/** The database's schema version; "database-too-new" when a newer eprovence wrote it. */
export function assertSchemaSupported(db: Database, path: string): number {
  const current = readSchemaVersion(db);
  if (current > SCHEMA_VERSION) {
    throw new EprovenceError("database-too-new", { path, version: current, supported: SCHEMA_VERSION });
  }
  return current;
}

/**
 * Brings the database to SCHEMA_VERSION, each step in its own transaction. A database written by a
 * newer eprovence is refused: guessing at its schema could lose data.
 */
export function migrate(db: Database, path: string, upTo: number = SCHEMA_VERSION): void {
  const current = assertSchemaSupported(db, path);
  for (const migration of MIGRATIONS) {
    if (migration.version <= current || migration.version > upTo) continue;
    db.transaction(() => {
      // Two processes opening a new database at once both see version 0: the one that waited for
      // the write lock finds the step done, and must not run it again ("table already exists").
      if (readSchemaVersion(db) >= migration.version) return;
      db.exec(migration.up);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
}
