import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { makeTempDir } from "../../test/helpers.js";
import { EprovenceError } from "../domain/errors.js";
import { openDatabase, toStoreError } from "./database.js";

// What SQLite says, from real connections on a real file, turned into failures a user can act on.
const temp = makeTempDir("eprovence-database-");
afterAll(() => temp.remove());

let files = 0;
function createDatabase(): string {
  const path = join(temp.dir, `store-${++files}.db`);
  openDatabase(path).close();
  return path;
}

function caught(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error("expected a failure");
}

describe("toStoreError", () => {
  it("maps a write through a read-only connection to database-read-only, naming the database", () => {
    // chmod does not stop root, so the read-only file is a read-only connection here (the binary's
    // read-only case is in test/import.e2e.test.ts, run as another user when root).
    const path = createDatabase();
    const reader = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
    try {
      const error = toStoreError(
        caught(() => reader.exec("INSERT INTO merchants (legal_name, siren, created_at, updated_at) VALUES ('x', '123456789', 'now', 'now')")),
        path,
        reader,
      );
      expect(error).toBeInstanceOf(EprovenceError);
      expect(error).toMatchObject({ code: "database-read-only", params: { path } });
    } finally {
      reader.close();
    }
  });

  it("maps a busy database to database-locked with the wait this connection used", () => {
    const path = createDatabase();
    const holder = openDatabase(path);
    const waiter = openDatabase(path, { busyTimeoutMs: 150 });
    try {
      holder.exec("BEGIN IMMEDIATE");
      const started = Date.now();
      const error = toStoreError(
        caught(() => waiter.exec("BEGIN IMMEDIATE")),
        path,
        waiter,
      );
      expect(Date.now() - started).toBeGreaterThanOrEqual(140);
      expect(error).toMatchObject({ code: "database-locked", params: { path, waitedMs: 150 } });
    } finally {
      holder.exec("ROLLBACK");
      holder.close();
      waiter.close();
    }
  });

  it("says 30 seconds, the default wait, when no connection is at hand", () => {
    expect(toStoreError(Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" }), "/x.db")).toMatchObject({ code: "database-locked", params: { waitedMs: 30_000 } });
  });

  it("leaves errors it does not know as they are (main reports them as unexpected)", () => {
    const error = new TypeError("boom");
    expect(toStoreError(error, "/x.db")).toBe(error);
  });
});
