import type { Database } from "better-sqlite3";
import { EprovenceError } from "../domain/errors.js";
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
  return openDatabase(resolveDatabasePath(context), { ...options, busyTimeoutMs: readBusyTimeout(context.io.env) });
}

/**
 * EPROVENCE_BUSY_TIMEOUT_MS: how long to wait for another process's write lock before exit 2
 * "locked" (default 30 s). Scripts that prefer failing fast, and the tests, set it lower.
 */
function readBusyTimeout(env: Readonly<Record<string, string | undefined>>): number | undefined {
  const text = env.EPROVENCE_BUSY_TIMEOUT_MS;
  if (text === undefined || text === "") return undefined;
  if (!/^\d{1,9}$/.test(text.trim())) throw new EprovenceError("invalid-option", { option: "EPROVENCE_BUSY_TIMEOUT_MS", value: text, expected: "0, 500, 30000… (milliseconds)" });
  return Number(text.trim());
}
