import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeTempDir } from "../../test/helpers.js";
import { openDatabase } from "./database.js";
import { readPositiveList, readPositiveListSummary, replacePositiveList } from "./positive-list.js";

// A real SQLite file in a temporary folder.
const temp = makeTempDir("eprovence-positive-list-store-");
afterAll(() => temp.remove());

describe("the stored positive list", () => {
  it("is absent on a new database, then one list at a time, replaced whole by the next", () => {
    const db = openDatabase(join(temp.dir, "store.db"));
    try {
      expect(readPositiveListSummary(db)).toBeUndefined();
      expect(readPositiveList(db)).toBeUndefined();
      replacePositiveList(db, { edition: "2022-03-01", source: "Caiguanshui 2022", importedAt: "2026-12-04T10:00:00.000Z", lines: new Set(["34011100", "33049900"]) });
      expect(readPositiveListSummary(db)).toEqual({ edition: "2022-03-01", source: "Caiguanshui 2022", importedAt: "2026-12-04T10:00:00.000Z", count: 2 });
      replacePositiveList(db, { edition: "2024-01-01", source: "autre copie", importedAt: "2026-12-05T10:00:00.000Z", lines: new Set(["22042100"]) });
      const list = readPositiveList(db);
      expect(list).toMatchObject({ edition: "2024-01-01", source: "autre copie" });
      expect([...(list?.lines ?? [])]).toEqual(["22042100"]);
    } finally {
      db.close();
    }
  });

  it("keeps the old list when a line is refused by the table's check (the replacement is one transaction)", () => {
    const db = openDatabase(join(temp.dir, "atomic.db"));
    try {
      replacePositiveList(db, { edition: "2022-03-01", source: "s", importedAt: "2026-12-04T10:00:00.000Z", lines: new Set(["34011100"]) });
      expect(() => replacePositiveList(db, { edition: "2024-01-01", source: "t", importedAt: "2026-12-05T10:00:00.000Z", lines: new Set(["22042100", "3401"]) })).toThrow();
      expect(readPositiveListSummary(db)).toMatchObject({ edition: "2022-03-01", count: 1 });
    } finally {
      db.close();
    }
  });
});
