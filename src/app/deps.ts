import type { Readable } from "node:stream";
import type { Database } from "better-sqlite3";
import { EprovenceError } from "../domain/errors.js";
import type { PostcodeDirectory } from "../domain/geo/postcodes.js";
import type { Translator } from "../domain/messages/index.js";
import { DEFAULT_BUSY_TIMEOUT_MS } from "../domain/system-failures.js";
import { DEFAULT_CATALOGUE_SETTINGS, type CatalogueSettings } from "../domain/settings.js";
import { loadPostcodeDirectory } from "../io/geo-data.js";
import { STREAM_COPY_MAX_MB } from "../io/stream-copy.js";

/**
 * What a use case may touch of the outside world, passed in: the clock, the working folder and standard
 * input (for `-`), the user's language (for the texts a use case writes into files: a rejects file's
 * reasons, the dossier), the database, the official postcode list and the dated default settings.
 */
export interface AppDeps {
  readonly now: () => Date;
  readonly cwd: string;
  readonly stdin: Readable;
  readonly t: Translator;
  readonly database: DatabaseAccess;
  /** The official commune list, read on first use (a `validate` of a file without postcodes never pays for it). */
  readonly postcodes: () => PostcodeDirectory;
  readonly settings: CatalogueSettings;
  readonly toolVersion: string;
  /** The most bytes `import` reads from standard input or a pipe (it keeps a copy of them). */
  readonly streamMaxBytes: number;
}

/**
 * The one SQLite file of a run, opened on first use and kept open until the run closes it: every use
 * case a command or the wizard calls shares one connection.
 */
export interface DatabaseAccess {
  readonly path: string;
  /** How long a writer waits for another process's write lock (EPROVENCE_BUSY_TIMEOUT_MS): a "locked" failure says so. */
  readonly busyTimeoutMs: number;
  /** The open store (created and migrated if needed); `mustExist`: a missing file is "database-missing" and nothing is created. */
  open(options?: { readonly mustExist?: boolean }): Promise<Database>;
  /** The store when its file exists; undefined on a fresh machine (a read-only request creates nothing). */
  openIfExists(): Promise<Database | undefined>;
  close(): void;
}

export interface DepsInput {
  readonly now: () => Date;
  readonly cwd: string;
  readonly stdin: Readable;
  readonly t: Translator;
  readonly databasePath: string;
  /** How long to wait for another process's write lock; the store's default when absent. */
  readonly busyTimeoutMs?: number | undefined;
  readonly toolVersion: string;
  /** The limit on a copy of standard input or a pipe, in MB; STREAM_COPY_MAX_MB when absent. */
  readonly streamMaxMb?: number | undefined;
}

export function createAppDeps(input: DepsInput): AppDeps {
  return {
    now: input.now,
    cwd: input.cwd,
    stdin: input.stdin,
    t: input.t,
    database: openOnFirstUse(input.databasePath, input.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS),
    postcodes: loadPostcodeDirectory,
    settings: DEFAULT_CATALOGUE_SETTINGS,
    toolVersion: input.toolVersion,
    streamMaxBytes: (input.streamMaxMb ?? STREAM_COPY_MAX_MB) * 1_000_000,
  };
}

function openOnFirstUse(path: string, busyTimeoutMs: number): DatabaseAccess {
  let db: Database | undefined;
  const open = async (options: { readonly mustExist?: boolean } = {}): Promise<Database> => {
    if (db === undefined) {
      // Loaded here: `validate` never loads SQLite.
      const { openDatabase } = await import("../store/database.js");
      db = openDatabase(path, { mustExist: options.mustExist === true, busyTimeoutMs });
    }
    return db;
  };
  return {
    path,
    busyTimeoutMs,
    open,
    async openIfExists() {
      try {
        return await open({ mustExist: true });
      } catch (error) {
        if (error instanceof EprovenceError && error.code === "database-missing") return undefined;
        throw error;
      }
    },
    close() {
      db?.close();
      db = undefined;
    },
  };
}
