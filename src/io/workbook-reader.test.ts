import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
// The test workbooks' generator (no binary blobs in the repository).
// @ts-expect-error -- a plain .mjs script without types
import { buildXlsx } from "../../scripts/workbook-builder.mjs";
import { EprovenceError } from "../domain/errors.js";
import { validateCatalogue, type ValidationResult } from "./validate-catalogue.js";

type Cell = string | number | { n: number; style: string } | { e: string };
const build = buildXlsx as (sheets: { name: string; rows: Cell[][]; hidden?: boolean; firstRow?: number }[], options?: { omit?: string[] }) => Promise<Buffer>;
const fixture = fileURLToPath(new URL("../../fixtures/utf8-bom-chinese.csv", import.meta.url));
const folder = mkdtempSync(join(tmpdir(), "eprovence-workbook-"));

async function check(path: string, sheet?: string): Promise<{ result: ValidationResult; rows: { line: number; cells: readonly string[] }[] }> {
  const rows: { line: number; cells: readonly string[] }[] = [];
  const result = await validateCatalogue({ path, sheet, stdin: Readable.from([]), maxErrors: 1000, onRow: ({ line, cells }) => void rows.push({ line, cells: [...cells] }) });
  return { result, rows };
}

/** The CSV sample's header and rows, as cells: the same catalogue, to be saved as a workbook. */
async function sampleCells(): Promise<{ csv: ValidationResult; header: string[]; rows: string[][] }> {
  let header: string[] = [];
  const rows: string[][] = [];
  const csv = await validateCatalogue({ path: fixture, stdin: Readable.from([]), maxErrors: 1000, onHeader: (found) => void (header = [...found]), onRow: ({ cells }) => void rows.push([...cells]) });
  return { csv, header, rows };
}

async function save(name: string, bytes: Buffer): Promise<string> {
  const path = join(folder, name);
  writeFileSync(path, bytes);
  return path;
}

describe("a catalogue saved as an .xlsx workbook", () => {
  it("gives the same rows and the same findings as the same catalogue in CSV", async () => {
    const { csv, header, rows } = await sampleCells();
    const path = await save("same.xlsx", await build([{ name: "Produits", rows: [header, ...rows] }]));
    const { result } = await check(path);
    expect(result.summary).toEqual(csv.summary);
    expect(result.findings.map((finding) => finding.code)).toEqual(csv.findings.map((finding) => finding.code));
    expect(result.workbook?.sheet).toBe("Produits");
  });

  it("skips a « Lisez-moi » sheet and a title above the header; lines are the rows Excel shows", async () => {
    const { csv, header, rows } = await sampleCells();
    const path = await save("readme.xlsx", await build([
      { name: "Lisez-moi", rows: [["Catalogue 2026 : remplissez la feuille Produits"]] },
      { name: "Produits", rows: [["Catalogue Savonnerie 2026"], [], header, ...rows] },
    ]));
    const { result, rows: read } = await check(path);
    expect(result.summary).toEqual(csv.summary);
    expect(read[0]?.line).toBe(4);
  });

  it("does not choose a hidden sheet by default, but reads it when --sheet names it", async () => {
    const { header, rows } = await sampleCells();
    const path = await save("hidden.xlsx", await build([
      { name: "Ancien", hidden: true, rows: [header, ...rows.slice(0, 1)] },
      { name: "Produits", rows: [header, ...rows] },
    ]));
    expect((await check(path)).result.summary.rows).toBe(rows.length);
    expect((await check(path, "Ancien")).result.summary.rows).toBe(1);
    expect((await check(path, "1")).result.summary.rows).toBe(1);
    await expect(check(path, "Inconnue")).rejects.toMatchObject({ code: "sheet-not-found" });
  });

  it("reads an EAN typed as a number as its exact digits, and a price as the owner typed it", async () => {
    const path = await save("typed.xlsx", await build([{ name: "Produits", rows: [["sku", "gtin", "price_eur"], ["SAV-1", 3760123456789, { n: 4.9, style: "price" }]] }]));
    const { rows } = await check(path);
    expect(rows[0]?.cells).toEqual(["SAV-1", "3760123456789", "4.9"]);
  });
});

describe("files that are not readable workbooks are refused (exit 2), never read as CSV", () => {
  it.each([
    ["a truncated zip", async () => (await build([{ name: "P", rows: [["sku", "gtin"]] }])).subarray(0, 60), "workbook-unreadable"],
    ["a zip that is not a workbook", () => build([{ name: "P", rows: [["sku"]] }], { omit: ["xl/workbook.xml"] }), "workbook-unreadable"],
    ["an old .xls or an encrypted workbook (OLE container)", () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]), "workbook-old-or-encrypted"],
  ])("%s", async (_name, make, code) => {
    const path = await save(`bad-${code}-${Math.random()}.xlsx`, await make());
    const failure = await check(path).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(EprovenceError);
    expect(failure).toMatchObject({ code });
  });
});
