import { describe, expect, it } from "vitest";
import { EprovenceError } from "./errors.js";
import { loadTranslator } from "./messages/load.js";
import { toDatabaseFailure, toFileFailure, toSystemFailure } from "./system-failures.js";

/** What Node's fs and better-sqlite3 throw: an Error carrying a code (and, for fs, the syscall and path). */
const systemError = (code: string, more: Record<string, string> = {}) => Object.assign(new Error(`${code}: something`), { code, ...more });

describe("one mapping of file-system errors", () => {
  it.each([
    ["ENOENT", "read", "file-not-found", undefined],
    ["EACCES", "read", "file-unreadable", "permission"],
    ["EPERM", "read", "file-unreadable", "permission"],
    ["EISDIR", "read", "file-unreadable", "directory"],
    ["ELOOP", "read", "file-unreadable", "symlink-loop"],
    ["ENAMETOOLONG", "read", "file-unreadable", "name-too-long"],
    ["EIO", "read", "file-unreadable", "io"],
    ["EWHATEVER", "read", "file-unreadable", "other"],
    ["ENOSPC", "write", "disk-full", undefined],
    ["EDQUOT", "write", "disk-full", undefined],
    ["ENOSPC", "read", "disk-full", undefined],
    ["ELOOP", "write", "output-unwritable", "symlink-loop"],
    ["EROFS", "write", "output-unwritable", "read-only-file-system"],
    ["ENOENT", "write", "output-unwritable", "missing-folder"],
  ] as const)("%s while a file is %s: %s (%s)", (code, access, failure, reason) => {
    const mapped = toFileFailure(systemError(code), "cat.csv", access);
    expect(mapped).toBeInstanceOf(EprovenceError);
    expect(mapped?.code).toBe(failure);
    expect(mapped?.params).toEqual(reason === undefined ? { path: "cat.csv" } : { path: "cat.csv", reason });
  });

  it("leaves an error that is not the file system's (a bug) to main's 'unexpected' message", () => {
    expect(toFileFailure(new TypeError("x is undefined"), "cat.csv", "read")).toBeUndefined();
    expect(toFileFailure(Object.assign(new Error("csv"), { code: "CSV_QUOTE_NOT_CLOSED" }), "cat.csv", "read")).toBeUndefined();
  });
});

describe("one mapping of database errors", () => {
  it.each([
    ["SQLITE_BUSY", "database-locked"],
    ["SQLITE_BUSY_SNAPSHOT", "database-locked"],
    ["SQLITE_READONLY", "database-read-only"],
    ["SQLITE_READONLY_DBMOVED", "database-read-only"],
    ["SQLITE_FULL", "disk-full"],
    ["SQLITE_NOTADB", "database-not-sqlite"],
    ["SQLITE_CORRUPT", "database-not-sqlite"],
    ["SQLITE_IOERR_WRITE", "database-unwritable"],
    ["SQLITE_CANTOPEN", "database-unwritable"],
    ["SQLITE_CANTOPEN_ISDIR", "database-unwritable"],
    ["ENOSPC", "disk-full"],
    ["EROFS", "database-read-only"],
    ["EACCES", "database-unwritable"],
    ["ELOOP", "database-unwritable"],
  ])("%s: %s", (code, failure) => {
    expect(toDatabaseFailure(systemError(code), "/data/store.db", 500)?.code).toBe(failure);
  });

  it("an unwritable database says why, in the reasons every catalogue words", () => {
    expect(toDatabaseFailure(systemError("SQLITE_CANTOPEN"), "/s.db", 0)?.params).toEqual({ path: "/s.db", reason: "cannot-open" });
    expect(toDatabaseFailure(systemError("SQLITE_IOERR_SHORT_READ"), "/s.db", 0)?.params).toEqual({ path: "/s.db", reason: "io" });
    expect(toDatabaseFailure(systemError("ELOOP"), "/s.db", 0)?.params).toEqual({ path: "/s.db", reason: "symlink-loop" });
  });

  it("a full disk is a full disk, not a permissions problem", async () => {
    // A full disk cannot be made portably in a test: the mapping is checked with the errors a full disk raises.
    const t = await loadTranslator("fr");
    for (const error of [systemError("SQLITE_FULL"), systemError("ENOSPC")]) {
      const failure = toDatabaseFailure(error, "/data/store.db", 500);
      expect(failure?.code).toBe("disk-full");
      expect(t.message("disk-full", failure?.params ?? {})).toBe("Disque plein en écrivant /data/store.db : rien n'a été enregistré pour ce fichier.");
      expect(t.hint("disk-full", failure?.params ?? {})).not.toMatch(/droit/);
    }
  });

  it("a lock states the wait this run used, in words and units", async () => {
    const fr = await loadTranslator("fr");
    const en = await loadTranslator("en");
    const say = (waitedMs: number) => {
      const failure = toDatabaseFailure(systemError("SQLITE_BUSY"), "/s.db", waitedMs);
      return [fr.message("database-locked", failure?.params ?? {}), en.message("database-locked", failure?.params ?? {})];
    };
    expect(say(300)).toEqual(["La base /s.db est occupée par un autre processus depuis plus de 0,3 seconde.", "Database /s.db has been busy with another process for more than 0.3 seconds."]);
    expect(say(2000)).toEqual(["La base /s.db est occupée par un autre processus depuis plus de 2 secondes.", "Database /s.db has been busy with another process for more than 2 seconds."]);
    expect(say(90_000)).toEqual(["La base /s.db est occupée par un autre processus depuis plus de 1 minute 30 secondes.", "Database /s.db has been busy with another process for more than 1 minute 30 seconds."]);
    expect(say(0)).toEqual(["La base /s.db est occupée par un autre processus.", "Database /s.db is busy with another process."]);
  });
});

describe("main's last resort", () => {
  const database = { path: "/data/store.db", busyTimeoutMs: 1500 };

  it("a SQLite error no use case mapped names the run's database and its wait", () => {
    expect(toSystemFailure(systemError("SQLITE_BUSY"), database)).toMatchObject({ code: "database-locked", params: { path: "/data/store.db", waitedMs: 1500 } });
  });

  it("a file-system error names the file it carries: reading calls read, others write", () => {
    expect(toSystemFailure(systemError("ELOOP", { syscall: "stat", path: "/a/loop" }), database)).toMatchObject({ code: "file-unreadable", params: { path: "/a/loop", reason: "symlink-loop" } });
    expect(toSystemFailure(systemError("EACCES", { syscall: "mkdir", path: "/a/out" }), database)).toMatchObject({ code: "output-unwritable", params: { path: "/a/out", reason: "permission" } });
  });

  it("anything else stays unexpected", () => {
    expect(toSystemFailure(new RangeError("Invalid string length"), database)).toBeUndefined();
    expect(toSystemFailure(systemError("EACCES"), database)).toBeUndefined();
  });

  it("no message shows a raw errno code", async () => {
    const t = await loadTranslator("en");
    for (const code of ["ELOOP", "EACCES", "EISDIR", "EIO", "ENOTDIR", "EMFILE", "EWEIRD"]) {
      for (const failure of [toFileFailure(systemError(code), "f.csv", "read"), toFileFailure(systemError(code), "out", "write"), toDatabaseFailure(systemError(code), "s.db", 0)]) {
        const text = `${t.message(failure?.code ?? "usage", failure?.params ?? {})} ${t.hint(failure?.code ?? "usage", failure?.params ?? {})}`;
        expect(text).not.toMatch(/\bE[A-Z]{2,}\b/);
      }
    }
  });
});
