import { EprovenceError, type FailureCode } from "./errors.js";

/**
 * The one mapping of what the file system (Node's errno codes) and SQLite said into failures a person
 * can act on (exit 2). Pure: it reads the `code` (and `syscall`, `path`) an error carries; the store,
 * the file readers and writers, and main's last-resort handler all call it, so a symlink loop or a full
 * disk reads the same whichever command met it. No raw errno code reaches a message: the `reason`
 * param is one of FILE_REASONS, which every message catalogue words (and gives its fix).
 */

/** Why a file could not be read or written, as the messages word it. */
export const FILE_REASONS = [
  "permission",
  "directory",
  "not-a-folder",
  "missing-folder",
  "symlink-loop",
  "name-too-long",
  "read-only-file-system",
  "busy",
  "too-many-open-files",
  "device",
  "io",
  "cannot-open",
  "other",
] as const;

export type FileReason = (typeof FILE_REASONS)[number];

/**
 * How long a writer waits for another eprovence process to finish its transaction before giving up
 * with a clear "locked" failure (design choice: long enough for a batch file of tens of thousands of
 * rows, short enough not to look hung). EPROVENCE_BUSY_TIMEOUT_MS overrides it.
 */
export const DEFAULT_BUSY_TIMEOUT_MS = 30_000;

const ERRNO_REASONS: Readonly<Record<string, FileReason>> = {
  EACCES: "permission",
  EPERM: "permission",
  EISDIR: "directory",
  ENOTDIR: "not-a-folder",
  ELOOP: "symlink-loop",
  ENAMETOOLONG: "name-too-long",
  EROFS: "read-only-file-system",
  EBUSY: "busy",
  ETXTBSY: "busy",
  EMFILE: "too-many-open-files",
  ENFILE: "too-many-open-files",
  ENXIO: "device",
  ENODEV: "device",
  EIO: "io",
};

const DISK_FULL = new Set(["ENOSPC", "EDQUOT"]);

/** What SQLite said (its primary code: SQLITE_IOERR_WRITE reads as SQLITE_IOERR). */
const SQLITE_FAILURES: Readonly<Record<string, FailureCode>> = {
  SQLITE_NOTADB: "database-not-sqlite",
  SQLITE_CORRUPT: "database-not-sqlite",
  SQLITE_BUSY: "database-locked",
  SQLITE_LOCKED: "database-locked",
  SQLITE_READONLY: "database-read-only",
  SQLITE_PERM: "database-read-only",
  SQLITE_FULL: "disk-full",
  SQLITE_CANTOPEN: "database-unwritable",
  SQLITE_IOERR: "database-unwritable",
};

/** SQLite extended codes worth their own words: a full disk or a file it may not create. */
const SQLITE_REASONS: Readonly<Record<string, FileReason>> = {
  SQLITE_IOERR: "io",
  // SQLite says no more than "unable to open database file": no right to create it there, or a folder.
  SQLITE_CANTOPEN: "cannot-open",
  SQLITE_CANTOPEN_ISDIR: "directory",
  SQLITE_CANTOPEN_SYMLINK: "symlink-loop",
};

/** The error's code, when it carries one (Node's errno errors, SQLite's errors). */
function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null | undefined)?.code;
  return typeof code === "string" ? code : undefined;
}

/** An errno code: "E" then capitals (Node's system errors), not a library's own codes. */
function isErrno(code: string | undefined): code is string {
  return code !== undefined && /^E[A-Z0-9]+$/.test(code);
}

/**
 * A file the command reads (`read`: a catalogue, a profile, an answers file) or writes (`write`: an
 * export, a dossier, a rejects file): the failure naming `path`, or undefined when `error` is not a
 * file-system error (a bug, left to main's "unexpected" message).
 */
export function toFileFailure(error: unknown, path: string, access: "read" | "write"): EprovenceError | undefined {
  if (error instanceof EprovenceError) return error;
  const code = codeOf(error);
  if (!isErrno(code)) return undefined;
  if (DISK_FULL.has(code)) return new EprovenceError("disk-full", { path });
  if (code === "ENOENT") return access === "read" ? new EprovenceError("file-not-found", { path }) : new EprovenceError("output-unwritable", { path, reason: "missing-folder" });
  const reason = ERRNO_REASONS[code] ?? "other";
  return new EprovenceError(access === "read" ? "file-unreadable" : "output-unwritable", { path, reason });
}

/**
 * The database at `path` could not be opened, read or written: the failure naming it, or undefined
 * when `error` is neither SQLite's nor the file system's. A "locked" failure says how long this run
 * waited (`busyTimeoutMs`, the EPROVENCE_BUSY_TIMEOUT_MS setting).
 */
export function toDatabaseFailure(error: unknown, path: string, busyTimeoutMs: number): EprovenceError | undefined {
  if (error instanceof EprovenceError) return error;
  const code = codeOf(error);
  if (code === undefined) return undefined;
  if (code.startsWith("SQLITE_")) {
    const primary = code.replace(/^(SQLITE_[A-Z]+)_[A-Z_]+$/, "$1");
    const failure = SQLITE_FAILURES[primary];
    if (failure === undefined) return undefined;
    if (failure === "database-locked") return new EprovenceError(failure, { path, waitedMs: busyTimeoutMs });
    if (failure !== "database-unwritable") return new EprovenceError(failure, { path });
    return new EprovenceError(failure, { path, reason: SQLITE_REASONS[code] ?? SQLITE_REASONS[primary] ?? "other" });
  }
  if (!isErrno(code)) return undefined;
  if (DISK_FULL.has(code)) return new EprovenceError("disk-full", { path });
  if (code === "EROFS") return new EprovenceError("database-read-only", { path });
  return new EprovenceError("database-unwritable", { path, reason: code === "ENOENT" ? "missing-folder" : (ERRNO_REASONS[code] ?? "other") });
}

/** System calls that only read: an error in one of them is about a file being read. */
const READING_CALLS = new Set(["open", "read", "stat", "lstat", "fstat", "scandir", "opendir", "readdir", "readlink", "realpath", "access"]);

/**
 * main's last resort, for an error no use case mapped: SQLite's errors are about the run's database,
 * a file-system error names the file it carries. Anything else stays "unexpected" (a bug to report).
 */
export function toSystemFailure(error: unknown, database: { readonly path: string; readonly busyTimeoutMs: number } | undefined): EprovenceError | undefined {
  if (error instanceof EprovenceError) return error;
  const code = codeOf(error);
  if (code?.startsWith("SQLITE_")) return database === undefined ? undefined : toDatabaseFailure(error, database.path, database.busyTimeoutMs);
  const { path, syscall } = (error ?? {}) as { path?: unknown; syscall?: unknown };
  if (!isErrno(code) || typeof path !== "string") return undefined;
  return toFileFailure(error, path, typeof syscall === "string" && READING_CALLS.has(syscall) ? "read" : "write");
}
