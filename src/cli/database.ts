import type { Database } from "better-sqlite3";
import type { CommandContext } from "./program.js";
import { defaultDatabasePath } from "./settings.js";

/** The database file this run uses: --db, else EPROVENCE_DB, else the user's data folder. */
export function resolveDatabasePath(context: CommandContext): string {
  return context.globals().db ?? defaultDatabasePath(context.io.env);
}

/**
 * Opens the store for a command (loaded on demand: `validate` never pays for SQLite). Read-only
 * commands pass `mustExist` so that listing on a fresh machine does not create an empty database.
 */
export async function openCommandDatabase(context: CommandContext, options: { mustExist?: boolean } = {}): Promise<Database> {
  const { openDatabase } = await import("../store/database.js");
  return openDatabase(resolveDatabasePath(context), options);
}
