import { join } from "node:path";
import type { Database } from "better-sqlite3";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { makeTempDir } from "../../test/helpers.js";
import { merchantProfileSchema } from "../domain/company/profile.js";
import { openDatabase } from "./database.js";
import { beginImport, findSameImport, finishImport, getImport, listImports, recordFailedImport, ZERO_COUNTS, type NewImport } from "./imports.js";
import { addMerchant } from "./merchants.js";

// The import history on a real SQLite file: what "unchanged" and `imports list | show` rely on.
const temp = makeTempDir("eprovence-imports-");
afterAll(() => temp.remove());

const T0 = new Date("2026-03-01T09:00:00.000Z");
const T1 = new Date("2026-03-01T09:00:02.500Z");
const SHA = "a".repeat(64);

let db: Database;
let merchantA: number;
let merchantB: number;
let run = 0;
beforeEach(() => {
  db = openDatabase(join(temp.dir, `imports-${++run}.db`));
  merchantA = addMerchant(db, merchantProfileSchema.parse({ legalName: "Savonnerie du Midi", siret: "81234567800013" }), T0).id;
  merchantB = addMerchant(db, merchantProfileSchema.parse({ legalName: "Huilerie des Alpilles", siren: "732829320" }), T0).id;
});
afterEach(() => db.close());

/** An import as the pipeline records it: opened and finished in one transaction. */
function recordImport(started: Partial<NewImport> = {}, counts: Partial<typeof ZERO_COUNTS> = {}): number {
  return db.transaction(() => {
    const id = beginImport(db, { merchantId: merchantA, fileName: "catalogue.csv", sha256: SHA, mode: "upsert", startedAt: T0, ...started });
    finishImport(db, id, { counts: { ...ZERO_COUNTS, ...counts }, encoding: "utf-8", delimiter: ";", findings: [], finishedAt: T1 });
    return id;
  })();
}

describe("findSameImport: the same bytes, company and mode", () => {
  it("finds the latest successful import of that content, with its counts", () => {
    recordImport({}, { rows: 3, created: 3 });
    const latest = recordImport({}, { rows: 3, unchanged: 2, updated: 1, rejected: 1 });
    expect(findSameImport(db, merchantA, SHA, "upsert")).toMatchObject({ id: latest, rows: 3, updated: 1, unchanged: 2, rejected: 1, status: "imported" });
  });

  it.each([
    ["another company", () => findSameImport(db, merchantB, SHA, "upsert")],
    ["another mode", () => findSameImport(db, merchantA, SHA, "replace")],
    ["other bytes", () => findSameImport(db, merchantA, "b".repeat(64), "upsert")],
  ])("does not match %s", (_, find) => {
    recordImport();
    expect(find()).toBeUndefined();
  });

  it("does not count a failed import, nor one whose transaction was rolled back (a killed import)", () => {
    recordFailedImport(db, { merchantId: merchantA, fileName: "catalogue.csv", sha256: SHA, mode: "upsert", failure: "file-malformed", startedAt: T0, finishedAt: T1 });
    db.exec("BEGIN IMMEDIATE");
    beginImport(db, { merchantId: merchantA, fileName: "catalogue.csv", sha256: SHA, mode: "upsert", startedAt: T0 });
    db.exec("ROLLBACK");
    expect(findSameImport(db, merchantA, SHA, "upsert")).toBeUndefined();
    expect(listImports(db).map((record) => [record.status, record.failure])).toEqual([["failed", "file-malformed"]]);
  });
});

describe("the history", () => {
  it("lists newest first, for every company or one", () => {
    const first = recordImport();
    const second = recordImport({ merchantId: merchantB, fileName: "huiles.csv" });
    const third = recordImport({ fileName: "savons.csv", mode: "replace" });
    expect(listImports(db).map((record) => record.id)).toEqual([third, second, first]);
    expect(listImports(db, merchantA).map((record) => [record.id, record.fileName, record.mode])).toEqual([
      [third, "savons.csv", "replace"],
      [first, "catalogue.csv", "upsert"],
    ]);
    expect(listImports(db, merchantB)[0]).toMatchObject({ merchantId: merchantB, startedAt: T0.toISOString(), finishedAt: T1.toISOString(), encoding: "utf-8", delimiter: ";" });
  });

  it("shows one import with its findings in line order, values and parameters intact", () => {
    const id = db.transaction(() => {
      const importId = beginImport(db, { merchantId: merchantA, fileName: "catalogue.csv", sha256: SHA, mode: "upsert", startedAt: T0 });
      finishImport(db, importId, {
        counts: { ...ZERO_COUNTS, rows: 4, created: 2, rejected: 2, errors: 2, warnings: 1 },
        encoding: "windows-1252",
        delimiter: "\t",
        findings: [
          { severity: "error", code: "invalid-gtin", line: 5, field: "gtin", column: "Code EAN", value: "3760000000018" },
          { severity: "warning", code: "missing-name-zh", line: 3, field: "name_zh", column: "Nom chinois" },
          { severity: "error", code: "sku-exists", line: 3, field: "sku", value: "SAV-1" },
          { severity: "warning", code: "hs-positive-list-not-checked", line: 2, params: { heading: "3401", count: 2 } },
        ],
        finishedAt: T1,
      });
      return importId;
    })();
    const found = getImport(db, id);
    expect(found?.record).toMatchObject({ rows: 4, created: 2, rejected: 2, errors: 2, warnings: 1, encoding: "windows-1252", delimiter: "\t", failure: undefined });
    expect(found?.findings.map((finding) => [finding.line, finding.code])).toEqual([
      [2, "hs-positive-list-not-checked"],
      [3, "missing-name-zh"],
      [3, "sku-exists"],
      [5, "invalid-gtin"],
    ]);
    expect(found?.findings[0]?.params).toEqual({ heading: "3401", count: 2 });
    expect(found?.findings[3]).toEqual({ severity: "error", code: "invalid-gtin", line: 5, field: "gtin", column: "Code EAN", value: "3760000000018", params: undefined });
    expect(getImport(db, id + 1)).toBeUndefined();
  });

  it("keeps where a workbook's finding is — its sheet, and its cell when it has one — and no place for a CSV's", () => {
    const workbook = db.transaction(() => {
      const importId = beginImport(db, { merchantId: merchantA, fileName: "catalogue.xlsx", sha256: SHA, mode: "upsert", startedAt: T0 });
      finishImport(db, importId, {
        counts: { ...ZERO_COUNTS, rows: 2, created: 1, rejected: 1, errors: 1, warnings: 1 },
        encoding: undefined,
        delimiter: undefined,
        findings: [
          { severity: "error", code: "invalid-number", line: 11, field: "price_eur", column: "Prix HT (€)", value: "4,9O", sheet: "Produits", cell: "E11" },
          { severity: "warning", code: "missing-column", line: 3, field: "name_zh", sheet: "Produits" },
        ],
        finishedAt: T1,
      });
      return importId;
    })();
    expect(getImport(db, workbook)?.findings.map((finding) => [finding.code, finding.sheet, finding.cell])).toEqual([
      ["missing-column", "Produits", undefined],
      ["invalid-number", "Produits", "E11"],
    ]);
    expect(getImport(db, workbook)?.record).toMatchObject({ encoding: undefined, delimiter: undefined });

    const csv = db.transaction(() => {
      const importId = beginImport(db, { merchantId: merchantA, fileName: "catalogue.csv", sha256: SHA, mode: "upsert", startedAt: T0 });
      finishImport(db, importId, { counts: { ...ZERO_COUNTS, rows: 1, rejected: 1, errors: 1 }, encoding: "utf-8", delimiter: ";", findings: [{ severity: "error", code: "invalid-number", line: 2, field: "price_eur", value: "abc" }], finishedAt: T1 });
      return importId;
    })();
    const [finding] = getImport(db, csv)?.findings ?? [];
    expect(finding).toMatchObject({ code: "invalid-number", line: 2 });
    expect(finding?.sheet).toBeUndefined();
    expect(finding?.cell).toBeUndefined();
    // Stored as NULL, not as an empty place.
    expect(db.prepare("SELECT count(*) FROM import_findings WHERE import_id = ? AND sheet IS NULL AND cell IS NULL").pluck().get(csv)).toBe(1);
  });
});
