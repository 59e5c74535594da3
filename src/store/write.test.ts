import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeTempDir } from "../../test/helpers.js";
import { openDatabase } from "./database.js";
import { write } from "./write.js";

// The store's one write path, on real SQLite files: what lands, what a dry run leaves, what a failure undoes.
const temp = makeTempDir("eprovence-write-");
afterAll(() => temp.remove());

let files = 0;
function fresh(busyTimeoutMs?: number) {
  return openDatabase(join(temp.dir, `write-${++files}.db`), busyTimeoutMs === undefined ? {} : { busyTimeoutMs });
}

const addCompany = (db: ReturnType<typeof fresh>, siren: string): number =>
  Number(db.prepare("INSERT INTO merchants (legal_name, siren, brands, created_at, updated_at) VALUES ('Savonnerie', ?, '[]', 'now', 'now')").run(siren).lastInsertRowid);
const count = (db: ReturnType<typeof fresh>): number => db.prepare("SELECT count(*) FROM merchants").pluck().get() as number;

describe("write", () => {
  it("lands everything the work wrote, and returns its result", () => {
    const db = fresh();
    const id = write(db, () => (addCompany(db, "111111111"), addCompany(db, "222222222")));
    expect(id).toBe(2);
    expect(count(db)).toBe(2);
    db.close();
  });

  it("a dry run runs the very same work and returns its result, but leaves the database as it was", () => {
    const db = fresh();
    addCompany(db, "111111111");
    const counted = write(db, () => (addCompany(db, "222222222"), count(db)), { isDryRun: true });
    expect(counted).toBe(2);
    expect(count(db)).toBe(1);
    expect(db.inTransaction).toBe(false);
    db.close();
  });

  it("a failure half-way undoes what came before it", () => {
    const db = fresh();
    expect(() =>
      write(db, () => {
        addCompany(db, "111111111");
        throw new Error("kill");
      }),
    ).toThrow("kill");
    expect(count(db)).toBe(0);
    db.close();
  });

  it("a database another process holds is database-locked after the wait, and nothing is written", () => {
    const holder = fresh();
    const waiter = openDatabase(holder.name, { busyTimeoutMs: 100 });
    holder.exec("BEGIN IMMEDIATE");
    try {
      expect(() => write(waiter, () => addCompany(waiter, "111111111"))).toThrow(expect.objectContaining({ code: "database-locked", params: expect.objectContaining({ path: holder.name }) }) as Error);
    } finally {
      holder.exec("ROLLBACK");
    }
    expect(count(holder)).toBe(0);
    holder.close();
    waiter.close();
  });
});
