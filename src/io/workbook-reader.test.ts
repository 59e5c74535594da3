import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
// The test workbooks' generator (no binary blobs in the repository).
// @ts-expect-error -- a plain .mjs script without types
import { buildOleContainer, buildStreamedXlsx, buildXlsx, declareSize } from "../../scripts/workbook-builder.mjs";
// @ts-expect-error -- a plain .mjs script without types
import { buildOds } from "../../scripts/ods-builder.mjs";
import { EprovenceError } from "../domain/errors.js";
import { validateCatalogue, type ValidationResult } from "./validate-catalogue.js";
import { MAX_ENTRY_BYTES } from "./workbook-parts.js";

type Cell = string | number | { n: number; style: string } | { e: string };
const build = buildXlsx as (sheets: { name: string; rows: Cell[][]; hidden?: boolean; firstRow?: number }[], options?: { omit?: string[] }) => Promise<Buffer>;
const oleContainer = buildOleContainer as (streamNames: string[]) => Buffer;
const buildStreamed = buildStreamedXlsx as (rowsXml: Iterable<string>, options?: { declaredSize?: number }) => Promise<Buffer>;
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

  it("a macro-enabled workbook (.xlsm) is read for its values; its VBA project is never opened", async () => {
    const { csv, header, rows } = await sampleCells();
    const bytes = await (buildXlsx as (sheets: unknown[], options: { macroEnabled: boolean }) => Promise<Buffer>)([{ name: "Produits", rows: [header, ...rows] }], { macroEnabled: true });
    // A VBA part that would be refused as a zip bomb, were it ever inflated.
    const path = await save("macros.xlsm", (declareSize as (zip: Buffer, name: string, size: number) => Buffer)(bytes, "xl/vbaProject.bin", MAX_ENTRY_BYTES + 1));
    const { result } = await check(path);
    expect(result.summary).toEqual(csv.summary);
    expect(result.workbook).toMatchObject({ format: "xlsx", sheet: "Produits" });
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
    ["an OLE container that is no workbook (a Word .doc)", () => oleContainer(["WordDocument"]), "workbook-unreadable"],
  ])("%s", async (_name, make, code) => {
    const path = await save(`bad-${code}-${Math.random()}.xlsx`, await make());
    const failure = await check(path).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(EprovenceError);
    expect(failure).toMatchObject({ code });
  });

  // Both are OLE containers (D0 CF 11 E0…): the names of their streams tell them apart.
  it.each([
    ["a workbook encrypted with a password", ["EncryptionInfo", "EncryptedPackage"], "encrypted"],
    ["an Excel 97-2003 .xls", ["Workbook"], "xls"],
    ["an Excel 5/95 .xls", ["Book"], "xls"],
  ])("%s is refused, saying which it is", async (_name, streams, kind) => {
    const path = await save(`ole-${kind}-${Math.random()}.xlsx`, oleContainer(streams));
    expect(await check(path).catch((error: unknown) => error)).toMatchObject({ code: "workbook-old-or-encrypted", params: { kind } });
  });
});

describe("a workbook too large to hold is refused while it is read (exit 2), before the memory blows", () => {
  it("reads a sheet of 100,000 products of 7 columns", async () => {
    const header = ["sku", "name_fr", "brand", "category", "hs_code", "origin_postcode", "price_eur"];
    const rows: Cell[][] = [header];
    for (let index = 1; index <= 100_000; index++) rows.push([`SAV-${index}`, `Savon ${index} 100 g`, "Savonnerie du Midi", "savons & cosmétiques", 340111, 13001, { n: 4.9, style: "price" }]);
    const path = await save("cent-mille.xlsx", await build([{ name: "Produits", rows }]));
    const result = await validateCatalogue({ path, stdin: Readable.from([]), maxErrors: 10 });
    expect(result.summary.rows).toBe(100_000);
    expect(result.workbook).toMatchObject({ sheet: "Produits", headerLine: 1 });
  });

  /** A sheet whose one cell holds `megabytes` MB of spaces: a few MB of zip. */
  function* spacesInOneCell(megabytes: number): Generator<string> {
    yield '<row r="1"><c r="A1" t="inlineStr"><is><t>';
    const megabyte = " ".repeat(1024 * 1024);
    for (let index = 0; index < megabytes; index++) yield megabyte;
    yield "</t></is></c></row>";
  }
  const failureOf = (promise: Promise<unknown>): Promise<unknown> => promise.then(() => undefined, (error: unknown) => error);

  it("a zip bomb: a sheet inflating past the limit is refused without inflating it", async () => {
    const megabytes = MAX_ENTRY_BYTES / (1024 * 1024) + 1;
    const bytes = await buildStreamed(spacesInOneCell(megabytes));
    expect(bytes.length).toBeLessThan(MAX_ENTRY_BYTES / 100);
    const path = await save("bombe.xlsx", bytes);
    const started = Date.now();
    expect(await failureOf(check(path))).toMatchObject({ code: "workbook-too-large", params: { part: "xl/worksheets/sheet1.xml" } });
    // Inflating the half gigabyte alone takes seconds.
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("a zip bomb whose directory declares a small size is refused as soon as it inflates past it", async () => {
    const path = await save("bombe-menteuse.xlsx", await buildStreamed(spacesInOneCell(MAX_ENTRY_BYTES / (1024 * 1024) + 1), { declaredSize: 1_000_000 }));
    const started = Date.now();
    expect(await failureOf(check(path))).toMatchObject({ code: "workbook-too-large", params: { part: "xl/worksheets/sheet1.xml", reason: "size-mismatch" } });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("a cell of 100 MB (which the parser would hold as one string) is refused", async () => {
    const path = await save("cellule-geante.xlsx", await buildStreamed(spacesInOneCell(100)));
    expect(await failureOf(check(path))).toMatchObject({ code: "workbook-too-large", params: { part: "xl/worksheets/sheet1.xml" } });
  });
});

type OdsCell = string | number | { f: string; error?: string } | { date: string } | { boolean: boolean } | { currency: number } | { percentage: number } | { f: string; v: number | string } | { richXml: string } | { merge: number; cell: OdsCell } | { repeat: number; cell: OdsCell } | null;
type OdsRow = OdsCell[] | { cells: OdsCell[]; repeat?: number; hidden?: "collapse" | "filter" };
const ods = buildOds as (sheets: { name: string; rows: OdsRow[]; hidden?: boolean }[]) => Promise<Buffer>;

describe("a catalogue saved from LibreOffice Calc (.ods)", () => {
  it("gives the same rows and the same findings as the same catalogue in CSV, and says it is an .ods", async () => {
    const { csv, header, rows } = await sampleCells();
    const path = await save("same.ods", await ods([{ name: "Produits", rows: [header, ...rows] }]));
    const { result, rows: read } = await check(path);
    expect(result.summary).toEqual(csv.summary);
    expect(result.findings.map((finding) => [finding.code, finding.line])).toEqual(csv.findings.map((finding) => [finding.code, finding.line]));
    expect(read.map((row) => row.cells)).toEqual(rows);
    expect(result.workbook).toEqual({ format: "ods", sheet: "Produits", headerLine: 1, hiddenRows: 0 });
  });

  it("skips a « Lisez-moi » sheet, a hidden sheet and a title above the header; lines are the rows Calc shows", async () => {
    const { csv, header, rows } = await sampleCells();
    const path = await save("readme.ods", await ods([
      { name: "Lisez-moi", rows: [["Catalogue 2026 : remplissez la feuille Produits"]] },
      { name: "Ancien", hidden: true, rows: [header, ...rows.slice(0, 1)] },
      { name: "Produits", rows: [["Catalogue Savonnerie 2026"], [], header, ...rows] },
    ]));
    const { result, rows: read } = await check(path);
    expect(result.summary).toEqual(csv.summary);
    expect(result.workbook).toMatchObject({ sheet: "Produits", headerLine: 3 });
    expect(read[0]?.line).toBe(4);
    // The hidden sheet is read when --sheet names it, by name or by number.
    expect((await check(path, "Ancien")).result.summary.rows).toBe(1);
    expect((await check(path, "2")).result.summary.rows).toBe(1);
    await expect(check(path, "Inconnue")).rejects.toMatchObject({ code: "sheet-not-found" });
  });

  it("reads repeated rows and cells as that many, and Calc's padding to 1024 columns and 1,048,576 rows as nothing", async () => {
    const path = await save("repeats.ods", await ods([
      {
        name: "Produits",
        rows: [
          ["sku", "name_fr", "brand", "stock", "net_weight_g"],
          { cells: ["SAV-1", "Savon", "Savonnerie du Midi", { repeat: 2, cell: 100 }], repeat: 3 },
          { cells: [null, null, null], repeat: 4 },
          ["SAV-9", "Savon", "Savonnerie du Midi", { repeat: 2, cell: 5 }],
        ],
      },
    ]));
    const started = Date.now();
    const { result, rows } = await check(path);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(rows).toEqual([
      { line: 2, cells: ["SAV-1", "Savon", "Savonnerie du Midi", "100", "100"] },
      { line: 3, cells: ["SAV-1", "Savon", "Savonnerie du Midi", "100", "100"] },
      { line: 4, cells: ["SAV-1", "Savon", "Savonnerie du Midi", "100", "100"] },
      { line: 9, cells: ["SAV-9", "Savon", "Savonnerie du Midi", "5", "5"] },
    ]);
    // The same SKU on three rows: found on the repeats, as it would be on three typed rows.
    expect(result.findings.filter((finding) => finding.code === "duplicate-sku").map((finding) => finding.cell)).toEqual(["A3", "A4"]);
  });

  it("reads values as the owner typed them: EAN digits, prices, dates, booleans, formulas' results, text with its lines and spaces", async () => {
    const path = await save("typed.ods", await ods([
      {
        name: "Produits",
        rows: [
          ["sku", "gtin", "price_eur", "name_fr", "name_en", "labels", "stock", "brand", "category", "net_content"],
          [
            "SAV-1",
            3760123456789,
            { currency: 4.9 },
            "Savon  de Marseille\n100 g",
            { richXml: '<text:p>Marseille <text:span text:style-name="T1">soap</text:span><text:line-break/>100<text:tab/>g</text:p>' },
            { date: "2026-03-01" },
            { f: "=2*6", v: 12 },
            { boolean: true },
            { merge: 2, cell: "fusionnée" },
          ],
        ],
      },
    ]));
    const { rows } = await check(path);
    // The cell merged over I and J is read in I; J, covered by it, is empty.
    expect(rows[0]?.cells).toEqual(["SAV-1", "3760123456789", "4.9", "Savon  de Marseille\n100 g", "Marseille soap\n100\tg", "2026-03-01", "12", "TRUE", "fusionnée", ""]);
  });

  it("is told by its content, not its name; a zip of another OpenDocument is no workbook", async () => {
    const bytes = await ods([{ name: "Produits", rows: [["sku", "name_fr"], ["SAV-1", "Savon"]] }]);
    expect((await check(await save("nommé-en-xlsx.xlsx", bytes))).result.workbook?.format).toBe("ods");
    const text = Buffer.from(bytes.toString("latin1").replace("opendocument.spreadsheet", "opendocument.text       "), "latin1");
    expect(await check(await save("texte.odt", text)).catch((error: unknown) => error)).toMatchObject({ code: "workbook-unreadable", params: { reason: "not-workbook" } });
  });
});

describe("cells that show the owner no data: a formula's error, a formula never computed", () => {
  /**
   * The CSV sample with, on row 3, the price a formula's error; on row 4, the weight a formula saved
   * without its result; on row 5, the category an error; on row 6, an error in a column no rule reads.
   */
  async function brokenCells(cell: { error(text: string): unknown; uncomputed(formula: string): unknown }): Promise<{ csv: ValidationResult; header: string[]; rows: unknown[][] }> {
    const { csv, header, rows } = await sampleCells();
    const broken: unknown[][] = rows.map((row) => [...row, ""]);
    const set = (row: number, column: number, value: unknown): void => void ((broken[row - 2] ?? [])[column] = value);
    set(3, 12, cell.error("#N/A"));
    set(4, 11, cell.uncomputed("B4*2"));
    set(5, 5, cell.error("#REF!"));
    set(6, header.length, cell.error("#VALUE!"));
    return { csv, header: [...header, "Remarque"], rows: broken };
  }

  const expectOneFindingPerBrokenCell = (result: ValidationResult, csv: ValidationResult, errors: readonly [string, string, string, string][]): void => {
    const said = errors.map(([code, cell, field, value]) => expect.objectContaining({ code, cell, field, value, severity: "error" }));
    expect(result.findings.filter((finding) => finding.code === "cell-error" || finding.code === "formula-not-computed")).toEqual(said);
    // No other finding on those cells (no missing value where the sheet shows #N/A), and the rest as in CSV.
    const others = result.findings.filter((finding) => finding.code !== "cell-error" && finding.code !== "formula-not-computed" && finding.code !== "unknown-column");
    expect(others.map((finding) => [finding.code, finding.line])).toEqual(csv.findings.map((finding) => [finding.code, finding.line]));
    expect(result.summary).toMatchObject({ rows: csv.summary.rows, validRows: csv.summary.validRows - 3 });
  };

  it("in an .xlsx: each is an error naming its cell, and its value is not checked as data", async () => {
    const { csv, header, rows } = await brokenCells({ error: (text) => ({ e: text }), uncomputed: (formula) => ({ f: formula }) });
    const path = await save("erreurs.xlsx", await build([{ name: "Produits", rows: [header, ...(rows as Cell[][])] }]));
    const { result } = await check(path);
    expectOneFindingPerBrokenCell(result, csv, [
      ["cell-error", "M3", "price_eur", "#N/A"],
      ["formula-not-computed", "L4", "net_weight_g", "=B4*2"],
      ["cell-error", "F5", "category", "#REF!"],
    ]);
  });

  it("in an .ods: Calc's errors (Err:502, #N/A…) and a formula saved without its result", async () => {
    const { csv, header, rows } = await brokenCells({ error: (text) => ({ f: "=1/0", error: text === "#REF!" ? "Err:502" : text }), uncomputed: (formula) => ({ f: `=${formula}` }) });
    const path = await save("erreurs.ods", await ods([{ name: "Produits", rows: [header, ...(rows as OdsCell[][])] }]));
    const { result } = await check(path);
    expectOneFindingPerBrokenCell(result, csv, [
      ["cell-error", "M3", "price_eur", "#N/A"],
      ["formula-not-computed", "L4", "net_weight_g", "=B4*2"],
      ["cell-error", "F5", "category", "Err:502"],
    ]);
  });
});

describe("text as the owner typed it", () => {
  it("decodes OOXML's _xHHHH_ escapes: _x000D_ is a CR, _x0041_ an A, _x005F_x0041_ the text _x0041_", async () => {
    const path = await save("echappements.xlsx", await build([
      {
        name: "Produits",
        rows: [
          ["sku", "name_fr", "name_en", "brand", "labels"],
          // As written in the XML: the builder's plain strings are escaped as Excel escapes them.
          [{ richXml: "<t>SAV_x002D_1</t>" }, { richXml: "<t>Savon_x000D_\nde Marseille</t>" }, { inlineXml: "<t>Huile_x0020_d'olive</t>" }, { richXml: "<t>_x005F_x0041_</t>" }, { f: "A2", v: "AB_x007C_Ecocert" }] as never,
        ],
      },
    ]));
    const { rows } = await check(path);
    expect(rows[0]?.cells).toEqual(["SAV-1", "Savon\r\nde Marseille", "Huile d'olive", "_x0041_", "AB|Ecocert"]);
  });

  it("reads rich text (several runs) and inline strings as their text, phonetic guides left out, and booleans", async () => {
    const path = await save("riche.xlsx", await build([
      {
        name: "Produits",
        rows: [
          ["sku", "name_fr", "name_en", "stock"],
          [
            { richXml: '<r><t xml:space="preserve">Savon </t></r><r><rPr><b/></rPr><t>bio</t></r><rPh sb="0" eb="1"><t>サボン</t></rPh>' } as never,
            { inlineXml: '<r><t xml:space="preserve">Huile </t></r><r><rPr><i/></rPr><t>d\'olive</t></r><rPh sb="0" eb="1"><t>オイル</t></rPh>' } as never,
            { inlineXml: "<t>Olive oil</t>" } as never,
            { b: true } as never,
          ],
        ],
      },
    ]));
    const { rows } = await check(path);
    expect(rows[0]?.cells).toEqual(["Savon bio", "Huile d'olive", "Olive oil", "TRUE"]);
  });

  /** A header whose « Prix HT (€) » is merged over D and E, as owners widen a column. */
  const MERGED_HEADER = ["sku", "name_fr", "brand", "Prix HT (€)", "", "stock"];

  it("a header cell merged across columns (.xlsx) is one column: no finding for the covered cell, and a value typed under any part of it is read", async () => {
    const path = await save("fusion.xlsx", await build([
      {
        name: "Produits",
        merges: ["D1:E1"],
        rows: [
          // What a program may leave in the covered cell (Excel shows only D1).
          MERGED_HEADER.map((cell, index) => (index === 4 ? "Prix HT (€)" : cell)),
          ["SAV-1", "Savon", "Savonnerie du Midi", "4,90", "", 10],
          ["SAV-2", "Savon", "Savonnerie du Midi", "", "5,20", 10],
          ["SAV-3", "Savon", "Savonnerie du Midi", "6,10", "€", 10],
        ],
      },
    ] as never));
    const { result, rows } = await check(path);
    expect(result.findings.filter((finding) => finding.code === "unknown-column" || finding.code === "duplicate-column" || finding.cell?.startsWith("E") === true)).toEqual([]);
    expect(rows.map((row) => row.cells)).toEqual([
      ["SAV-1", "Savon", "Savonnerie du Midi", "4,90", "", "10"],
      ["SAV-2", "Savon", "Savonnerie du Midi", "5,20", "", "10"],
      ["SAV-3", "Savon", "Savonnerie du Midi", "6,10 €", "", "10"],
    ]);
    expect(result.findings.filter((finding) => finding.field === "price_eur")).toEqual([]);
  });

  it("the same in an .ods, whose covered header cell is a table:covered-table-cell", async () => {
    const path = await save("fusion.ods", await ods([
      {
        name: "Produits",
        rows: [
          ["sku", "name_fr", "brand", { merge: 2, cell: "Prix HT (€)" }, "stock"],
          ["SAV-1", "Savon", "Savonnerie du Midi", { currency: 4.9 }, null, 10],
          ["SAV-2", "Savon", "Savonnerie du Midi", null, "5,20", 10],
        ],
      },
    ]));
    const { result, rows } = await check(path);
    expect(result.findings.filter((finding) => finding.code === "unknown-column" || finding.code === "duplicate-column" || finding.cell?.startsWith("E") === true)).toEqual([]);
    expect(rows.map((row) => row.cells)).toEqual([
      ["SAV-1", "Savon", "Savonnerie du Midi", "4.9", "", "10"],
      ["SAV-2", "Savon", "Savonnerie du Midi", "5,20", "", "10"],
    ]);
  });
});
