import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import BetterSqlite3 from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { validateCatalogue, type ValidationResult } from "../src/io/validate-catalogue.js";
import { WORKER_MIN_BYTES } from "../src/io/workbook-stream.js";
// @ts-expect-error -- a plain .mjs script without types
import { buildOleContainer, buildStreamedXlsx, buildXlsx, escapeXml as escapeXmlText } from "../scripts/workbook-builder.mjs";
// @ts-expect-error -- a plain .mjs script without types
import { buildOds } from "../scripts/ods-builder.mjs";
import { createStoreWithCompany, makeTempDir, MIDI_SIRET, runCli, toCsv, type CliRun } from "./helpers.js";

// End to end with workbooks as an owner saves them from Excel: a « Lisez-moi » sheet first, a title
// above the header, French column names, a postcode typed as a number, a hidden row.
const temp = makeTempDir("eprovence-workbook-e2e-");
afterAll(() => temp.remove());

type Cell = string | number | { e: string } | { f: string };
interface Sheet {
  readonly name: string;
  readonly rows: readonly (readonly Cell[])[];
  readonly hiddenRows?: readonly number[];
}
const build = buildXlsx as (sheets: readonly Sheet[]) => Promise<Buffer>;
const ods = buildOds as (sheets: readonly { name: string; rows: readonly (readonly Cell[])[]; hidden?: boolean }[]) => Promise<Buffer>;
const buildStreamed = buildStreamedXlsx as (rowsXml: Iterable<string>) => Promise<Buffer>;
const escapeXml = escapeXmlText as (text: string) => string;

/** The header as a French owner writes it: A…L, one column per field, plus a note column (M). */
export const FRENCH_HEADER = ["Référence", "Désignation", "Nom chinois", "Marque", "Catégorie", "Code EAN", "Code SH", "Code postal d'origine", "DDM (mois)", "Poids net (g)", "Prix HT (€)", "Images", "Remarque"];

/** A valid soap row under FRENCH_HEADER, with cells replaced by column index. */
export function frenchRow(sku: string, change: Readonly<Record<number, Cell>> = {}): Cell[] {
  const row: Cell[] = [sku, `Savon ${sku} 100 g`, "马赛皂", "Savonnerie du Midi", "savons & cosmétiques", "3760000000017", "340111", "13001", "36", "100", "4,90", "https://img.example.com/savon.jpg", ""];
  for (const [index, value] of Object.entries(change)) row[Number(index)] = value;
  return row;
}

/**
 * Rows 4–7 of sheet « Produits »: A-1 valid, A-2 with a price typed with a letter O (K5), A-3 with its
 * postcode stored as the number 4100 (H6), A-4 valid on a hidden row (7).
 */
async function ownerWorkbook(name: string): Promise<string> {
  return temp.write(
    name,
    await build([
      { name: "Lisez-moi", rows: [["Remplissez la feuille Produits"]] },
      {
        name: "Produits",
        rows: [["Catalogue Savonnerie 2026"], [], FRENCH_HEADER, frenchRow("A-1"), frenchRow("A-2", { 10: "4,9O" }), frenchRow("A-3", { 7: 4100 }), frenchRow("A-4")],
        hiddenRows: [7],
      },
    ]),
  );
}

interface Issue {
  code: string;
  line: number;
  field?: string;
  column?: string;
  sheet?: string;
  cell?: string;
  message: string;
}

describe("validate: where each finding is in a workbook", () => {
  it("JSON names the sheet and the cell of each finding, and the report says the sheet, the header row and the hidden rows read", async () => {
    const path = await ownerWorkbook("owner.xlsx");
    const run = await runCli(["validate", path, "--format", "json"]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { encoding: unknown; delimiter: unknown; source: unknown; summary: { rows: number }; issues: Issue[] };
    expect(report.source).toEqual({ format: "xlsx", sheet: "Produits", headerLine: 3, hiddenRows: 1 });
    // A workbook has no text encoding nor delimiter: the report claims none.
    expect(report.encoding).toBeNull();
    expect(report.delimiter).toBeNull();
    expect(report.summary.rows).toBe(4);
    const price = report.issues.find((issue) => issue.code === "invalid-number");
    expect(price).toMatchObject({ line: 5, field: "price_eur", column: "Prix HT (€)", sheet: "Produits", cell: "K5" });
    // The leading zero Excel dropped from a postcode stored as a number: named by its cell too.
    expect(report.issues.find((issue) => issue.code === "postcode-leading-zero-lost")).toMatchObject({ line: 6, sheet: "Produits", cell: "H6" });
    // A header finding is on the header's row (3, not 1), at the column's cell.
    expect(report.issues.find((issue) => issue.code === "unknown-column")).toMatchObject({ line: 3, column: "Remarque", sheet: "Produits", cell: "M3" });
    expect(report.issues.every((issue) => issue.sheet === "Produits")).toBe(true);
  });

  it("a column the header lacks is on the header row, with its sheet and no cell", async () => {
    const header = FRENCH_HEADER.filter((name) => name !== "Marque");
    const row = frenchRow("B-1").filter((_, index) => index !== 3);
    const path = temp.write("no-brand.xlsx", await build([{ name: "Catalogue", rows: [["Mes produits"], header, row] }]));
    const run = await runCli(["validate", path, "--format", "json"]);
    const missing = (JSON.parse(run.stdout) as { issues: Issue[] }).issues.find((issue) => issue.code === "missing-column");
    expect(missing).toMatchObject({ line: 2, field: "brand", sheet: "Catalogue" });
    expect(missing?.cell).toBeUndefined();
  });

  it("a row with cells past the header's last column names the first of them, in a workbook's words (no CSV quotes)", async () => {
    const header = FRENCH_HEADER.slice(0, 12);
    const path = temp.write("wide.xlsx", await build([{ name: "Produits", rows: [header, [...frenchRow("W-1").slice(0, 12), "note"]] }]));
    const run = await runCli(["validate", path, "--format", "json"]);
    const wide = (JSON.parse(run.stdout) as { issues: (Issue & { hint: string })[] }).issues.find((issue) => issue.code === "wrong-column-count");
    expect(wide).toMatchObject({ line: 2, sheet: "Produits", cell: "M2" });
    expect(wide?.message).toContain("à droite des 12 colonnes de l'en-tête");
    expect(wide?.hint).not.toContain("guillemets");
  });

  it("the French report says « Feuille Produits, cellule K5 », the English one \"Sheet Produits, cell K5\"", async () => {
    const path = await ownerWorkbook("owner-pretty.xlsx");
    const fr = await runCli(["validate", path]);
    expect(fr.stdout).toContain("Classeur Excel : feuille Produits, en-tête ligne 3, 1 ligne masquée lue");
    expect(fr.stdout).toContain("Feuille Produits, ligne 5");
    expect(fr.stdout).toContain("(Feuille Produits, cellule K5)");
    expect(fr.stdout).toContain("Feuille Produits, cellule H6");
    expect(fr.stdout).not.toMatch(/Encodage|séparateur/);
    const en = await runCli(["validate", path, "--lang", "en"]);
    expect(en.stdout).toContain("Excel workbook: sheet Produits, header on row 3, 1 hidden row read");
    expect(en.stdout).toContain("Sheet Produits, cell K5");
    expect(en.stdout).not.toMatch(/Encoding|delimiter/);
  });

  it("GitHub annotations, SARIF and JUnit carry the cell", async () => {
    const path = await ownerWorkbook("owner-ci.xlsx");
    const github = await runCli(["validate", path, "--format", "github"]);
    expect(github.stdout).toMatch(/^::error file=[^,]+,line=5,col=11,title=invalid-number::Feuille Produits, cellule K5 : /m);

    const sarif = JSON.parse((await runCli(["validate", path, "--format", "sarif", "--lang", "en"])).stdout) as {
      runs: { artifacts: Record<string, unknown>[]; results: { ruleId: string; message: { text: string }; locations: { physicalLocation: { region: unknown }; logicalLocations?: unknown[] }[] }[] }[];
    };
    const run = sarif.runs[0];
    const result = run?.results.find((found) => found.ruleId === "invalid-number");
    expect(result?.locations[0]?.physicalLocation.region).toEqual({ startLine: 5, startColumn: 11 });
    expect(result?.locations[0]?.logicalLocations).toEqual([{ name: "K5", fullyQualifiedName: "Produits!K5", kind: "element" }]);
    expect(result?.message.text).toMatch(/^Sheet Produits, cell K5: /);
    expect(run?.artifacts[0]).not.toHaveProperty("encoding");

    const junit = await runCli(["validate", path, "--format", "junit"]);
    expect(junit.stdout).toContain('name="Feuille Produits, cellule K5: invalid-number"');
  });

  it("a CSV report keeps its encoding and delimiter, and its findings no sheet nor cell", async () => {
    const path = temp.write("owner.csv", toCsv([FRENCH_HEADER, frenchRow("C-1", { 10: "4,9O" }).map(String)], ";"));
    const report = JSON.parse((await runCli(["validate", path, "--format", "json"])).stdout) as Record<string, unknown> & { issues: Issue[] };
    expect(report).toMatchObject({ encoding: "utf-8", delimiter: ";" });
    expect(report).not.toHaveProperty("source");
    expect(report.issues.some((issue) => "sheet" in issue || "cell" in issue)).toBe(false);
  });
});

describe("validate: cells that show the owner no data", () => {
  it("a formula's error and a formula never computed are errors on their cell, in every format, and their values are not checked", async () => {
    const path = temp.write("formules.xlsx", await build([{ name: "Produits", rows: [FRENCH_HEADER, frenchRow("F-1", { 10: { e: "#N/A" } }), frenchRow("F-2", { 9: { f: "J2*2" } })] }]));
    const json = await runCli(["validate", path, "--format", "json"]);
    expect(json.code).toBe(1);
    const issues = (JSON.parse(json.stdout) as { issues: (Issue & { severity: string; value?: string })[] }).issues.filter((issue) => issue.severity === "error");
    expect(issues).toEqual([
      expect.objectContaining({ severity: "error", code: "cell-error", line: 2, field: "price_eur", column: "Prix HT (€)", sheet: "Produits", cell: "K2", value: "#N/A" }),
      expect.objectContaining({ severity: "error", code: "formula-not-computed", line: 3, field: "net_weight_g", sheet: "Produits", cell: "J3", value: "=J2*2" }),
    ]);

    const pretty = await runCli(["validate", path]);
    expect(pretty.stdout).toContain("La formule donne une erreur (#N/A) : la valeur de Prix HT (€) n'a pas été lue. (Feuille Produits, cellule K2)");
    expect(pretty.stdout).toContain("remplacez-la par sa valeur");
    expect(pretty.stdout).toContain("Ouvrez le fichier dans Excel ou Calc et enregistrez-le pour que la valeur soit calculée");
    const english = await runCli(["validate", path, "--lang", "en"]);
    expect(english.stdout).toContain("The formula =J2*2 has no computed value");

    expect((await runCli(["validate", path, "--format", "junit"])).stdout).toContain('name="Feuille Produits, cellule K2: cell-error"');
    const sarif = JSON.parse((await runCli(["validate", path, "--format", "sarif"])).stdout) as { runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; level: string; message: { text: string }; locations: { logicalLocations?: unknown[] }[] }[] }[] };
    expect(sarif.runs[0]?.tool.driver.rules.map((rule) => rule.id)).toEqual(expect.arrayContaining(["cell-error", "formula-not-computed"]));
    const result = sarif.runs[0]?.results.find((found) => found.ruleId === "cell-error");
    expect(result).toMatchObject({ level: "error", message: { text: expect.stringMatching(/^Feuille Produits, cellule K2 : La formule donne une erreur \(#N\/A\)/) as unknown } });
    expect(result?.locations[0]?.logicalLocations).toEqual([{ name: "K2", fullyQualifiedName: "Produits!K2", kind: "element" }]);
    expect((await runCli(["validate", path, "--format", "github"])).stdout).toMatch(/^::error file=[^,]+,line=2,col=11,title=cell-error::Feuille Produits, cellule K2 : La formule donne une erreur/m);
  });
});

describe("validate: a sheet too large to hold", () => {
  /** The binary, with the peak memory of its process (kB) written to a file as it exits. */
  async function runMeasured(args: readonly string[]): Promise<CliRun & { peakKb: number; ms: number }> {
    const preload = temp.write("peak-memory.cjs", 'process.on("exit", () => require("node:fs").writeFileSync(process.env.PEAK_MEMORY_FILE, String(process.resourceUsage().maxRSS)));');
    const report = join(temp.dir, `peak-${Math.random()}.txt`);
    const started = Date.now();
    const run = await runCli(args, { env: { NODE_OPTIONS: `--require ${preload}`, PEAK_MEMORY_FILE: report } });
    return { ...run, ms: Date.now() - started, peakKb: Number(readFileSync(report, "utf8")) };
  }

  it("a sheet of 1,048,576 rows × 200 columns is refused (exit 2) quickly, in bounded memory, saying to save it as CSV", async () => {
    // Excel's every row, each with one cell in column GR (the 200th): 200 million cells in ~40 MB of XML.
    const path = temp.write(
      "immense.xlsx",
      await buildStreamed(
        (function* () {
          yield `<row r="1">${["sku", "name_fr", "brand", "category", "hs_code", "origin_postcode", "price_eur"].map((name, index) => `<c r="${String.fromCharCode(65 + index)}1" t="inlineStr"><is><t>${name}</t></is></c>`).join("")}</row>`;
          for (let first = 2; first <= 1_048_576; first += 1024) {
            let rows = "";
            for (let row = first; row < first + 1024 && row <= 1_048_576; row++) rows += `<row r="${row}"><c r="GR${row}"><v>${row}</v></c></row>`;
            yield rows;
          }
        })(),
      ),
    );
    const small = await runMeasured(["validate", await ownerWorkbook("petit.xlsx")]);
    expect(small.code).toBe(1);
    const huge = await runMeasured(["validate", path]);
    expect(huge.code).toBe(2);
    expect(huge.stdout).toBe("");
    expect(huge.stderr).toContain("La feuille « Produits » de");
    expect(huge.stderr).toContain("dépasse 10 millions de cellules");
    expect(huge.stderr).toContain("CSV UTF-8");
    // Held whole, its rows would take gigabytes; refused at 10 million cells, they take tens of MB.
    expect(huge.peakKb - small.peakKb).toBeLessThan(300 * 1024);
    expect(huge.ms).toBeLessThan(10_000);
  });
});

// ── import: a workbook's rejects are a workbook ─────────────────────────────────────────────────

const SIRET = MIDI_SIRET;
let stores = 0;
/** A fresh database with one company, closed before the binary opens it. */
function createStore(): string {
  const path = join(temp.dir, `store-${++stores}.db`);
  return createStoreWithCompany(path);
}

function storedProducts(database: string): { sku: string; price_cents: number }[] {
  const db = new BetterSqlite3(database, { fileMustExist: true });
  try {
    return db.prepare("SELECT sku, price_cents FROM products ORDER BY sku").all() as { sku: string; price_cents: number }[];
  } finally {
    db.close();
  }
}

/** A workbook read back by eprovence's own reader: its header, its rows as cells, and the report. */
async function readBack(path: string): Promise<{ header: string[]; rows: string[][]; result: ValidationResult }> {
  let header: string[] = [];
  const rows: string[][] = [];
  const result = await validateCatalogue({
    path,
    stdin: Readable.from([]),
    maxErrors: 1000,
    onHeader: (found) => void (header = [...found]),
    onRow: ({ cells }) => void rows.push([...cells]),
  });
  return { header, rows, result };
}

function importJson(database: string, args: readonly string[]): Promise<CliRun & { report: { files: { status: string; rejected: number; created: number; rejectsFile: string | null; importId: number }[] } }> {
  return runCli(["--db", database, "import", ...args, "--format", "json"]).then((run) => ({ ...run, report: JSON.parse(run.stdout) as never }));
}

describe("import --rejects of a workbook writes an .xlsx, ready to fix in Excel and import again", () => {
  it("header, the rows' own cells and a « Motif du rejet » column; fixed, it is accepted", async () => {
    const database = createStore();
    const path = await ownerWorkbook("rejects-source.xlsx");
    const asked = join(temp.dir, "rejets.csv");
    const first = await importJson(database, [path, "--merchant", SIRET, "--rejects", asked]);
    expect(first.code).toBe(1);
    // Asked as .csv, written as the workbook it is: the report says where.
    const written = join(temp.dir, "rejets.xlsx");
    expect(first.report.files[0]).toMatchObject({ status: "imported", created: 3, rejected: 1, rejectsFile: written });
    expect(existsSync(asked)).toBe(false);

    const back = await readBack(written);
    expect(back.header).toEqual([...FRENCH_HEADER, "Motif du rejet"]);
    expect(back.result.workbook).toMatchObject({ sheet: "Produits", headerLine: 1 });
    expect(back.rows).toHaveLength(1);
    const rejected = back.rows[0] ?? [];
    // The row's own cells, untouched (the price typed with a letter O, the empty note), then the reason.
    expect(rejected.slice(0, FRENCH_HEADER.length)).toEqual(frenchRow("A-2", { 10: "4,9O" }).map(String));
    expect(rejected[FRENCH_HEADER.length]).toContain("4,9O");
    // The reason column is not a catalogue column: reading the rejects file says nothing about it.
    expect(back.result.findings.filter((finding) => finding.code === "unknown-column")).toEqual([expect.objectContaining({ column: "Remarque" })]);

    // The owner fixes the price in the rejects workbook (the reason column stays) and imports it.
    const fixed = temp.write("rejets-corriges.xlsx", await build([{ name: "Produits", rows: [back.header, ...back.rows.map((row) => row.map((cell, index) => (index === 10 ? "4,90" : cell)))] }]));
    const again = await importJson(database, [fixed, "--merchant", SIRET, "--rejects", join(temp.dir, "rejets-2.csv")]);
    expect(again.code).toBe(0);
    expect(again.report.files[0]).toMatchObject({ status: "imported", created: 1, rejected: 0, rejectsFile: null });
    expect(storedProducts(database)).toEqual([
      { sku: "A-1", price_cents: 490 },
      { sku: "A-2", price_cents: 490 },
      { sku: "A-3", price_cents: 490 },
      { sku: "A-4", price_cents: 490 },
    ]);
  });

  it("a rejected row's cells are written as text, exactly: XML's own characters escaped, a formula-like cell never a formula", async () => {
    const database = createStore();
    // XML's own characters, a control character (written _x001B_) and a text that looks like such an escape.
    const name = 'Savon <b>"rouge"</b> & noir \u001b[1m _x0041_';
    const formula = '=HYPERLINK("https://example.com")';
    const path = temp.write("pieges.xlsx", await build([{ name: "Produits", rows: [FRENCH_HEADER, frenchRow("P-1", { 1: name, 10: "quatre", 12: formula })] }]));
    const rejects = join(temp.dir, "pieges-rejets.xlsx");
    const run = await importJson(database, [path, "--merchant", SIRET, "--rejects", rejects]);
    expect(run.report.files[0]).toMatchObject({ rejected: 1, rejectsFile: rejects });
    const back = await readBack(rejects);
    expect(back.rows[0]?.slice(0, FRENCH_HEADER.length)).toEqual(frenchRow("P-1", { 1: name, 10: "quatre", 12: formula }).map(String));
  });

  it("in English the column is \"Rejection reason\"; in a batch each workbook gets <name>.rejects.xlsx beside the CSVs' .rejects.csv", async () => {
    const database = createStore();
    const folder = join(temp.dir, "lot");
    mkdirSync(folder, { recursive: true });
    await ownerWorkbook("lot/savons.xlsx");
    temp.write("lot/huiles.csv", toCsv([FRENCH_HEADER, frenchRow("H-1", { 10: "abc" }).map(String)], ";"));
    const out = join(temp.dir, "rejets-lot");
    const run = await runCli(["--db", database, "--lang", "en", "import", folder, "--merchant", SIRET, "--rejects", out]);
    expect(run.code).toBe(1);
    expect(existsSync(join(out, "huiles.rejects.csv"))).toBe(true);
    const back = await readBack(join(out, "savons.rejects.xlsx"));
    expect(back.header.at(-1)).toBe("Rejection reason");
    expect(back.rows.map((row) => row[0])).toEqual(["A-2"]);
  });
});

// ── imports show: the history says where a workbook's finding was ────────────────────────────────

describe("imports show names a workbook finding's sheet and cell, as validate does", () => {
  it("« Feuille Produits, cellule K5 » in French, \"Sheet Produits, cell K5\" in English, and sheet and cell in JSON", async () => {
    const database = createStore();
    const run = await importJson(database, [await ownerWorkbook("historique.xlsx"), "--merchant", SIRET]);
    expect(run.code).toBe(1);
    const id = String(run.report.files[0]?.importId);

    const fr = await runCli(["--db", database, "imports", "show", id]);
    expect(fr.code).toBe(0);
    // The workbook's kind and sheet where a CSV has its encoding and delimiter.
    expect(fr.stdout).toMatch(/^Import n° \d+ — .*historique\.xlsx .*\(classeur Excel, feuille Produits\)$/m);
    expect(fr.stdout).not.toContain("encodage");
    expect(fr.stdout).toMatch(/^✖ Feuille Produits, cellule K5 /m);
    expect(fr.stdout).toMatch(/^⚠ Feuille Produits, cellule H6 /m);
    // The note column is not a catalogue's: a header finding, on the header's row, at its cell.
    expect(fr.stdout).toMatch(/^⚠ Feuille Produits, cellule M3 .*Remarque/m);
    expect(fr.stdout).not.toMatch(/Ligne \d/);
    const en = await runCli(["--db", database, "--lang", "en", "imports", "show", id]);
    expect(en.stdout).toMatch(/^✖ Sheet Produits, cell K5 /m);
    expect(en.stdout).toContain("(Excel workbook, sheet Produits)");

    const json = JSON.parse((await runCli(["--db", database, "imports", "show", id, "--format", "json"])).stdout) as { findings: Issue[] };
    expect(JSON.parse((await runCli(["--db", database, "imports", "show", id, "--format", "json"])).stdout)).toMatchObject({ workbook: { format: "xlsx", sheet: "Produits" } });
    expect(json.findings.find((finding) => finding.code === "invalid-number")).toMatchObject({ line: 5, field: "price_eur", sheet: "Produits", cell: "K5" });
    expect(json.findings.find((finding) => finding.code === "postcode-leading-zero-lost")).toMatchObject({ line: 6, sheet: "Produits", cell: "H6" });
  });

  it("a CSV's findings keep their line, and no sheet nor cell, as in validate's JSON", async () => {
    const database = createStore();
    const path = temp.write("historique.csv", toCsv([FRENCH_HEADER, frenchRow("C-1", { 10: "4,9O" }).map(String)], ";"));
    const run = await importJson(database, [path, "--merchant", SIRET]);
    const id = String(run.report.files[0]?.importId);
    expect((await runCli(["--db", database, "imports", "show", id])).stdout).toMatch(/^✖ Ligne 2 /m);
    const json = JSON.parse((await runCli(["--db", database, "imports", "show", id, "--format", "json"])).stdout) as { findings: Issue[] };
    expect(json.findings.find((finding) => finding.code === "invalid-number")).toMatchObject({ line: 2 });
    expect(json.findings.some((finding) => "sheet" in finding || "cell" in finding)).toBe(false);
  });
});

describe("LibreOffice Calc workbooks (.ods), read wherever an .xlsx is", () => {
  it("import of a folder holding a .csv, an .xlsx and an .ods imports the three; the .ods's rejects are an .xlsx", async () => {
    const database = createStore();
    const folder = join(temp.dir, "trio");
    mkdirSync(folder, { recursive: true });
    await ownerWorkbook("trio/savons.xlsx");
    temp.write("trio/huiles.csv", toCsv([FRENCH_HEADER, frenchRow("H-1").map(String)], ";"));
    temp.write("trio/calc.ods", await ods([{ name: "Produits", rows: [["Catalogue 2026"], FRENCH_HEADER, frenchRow("O-1"), frenchRow("O-2", { 10: "quatre" })] }]));
    const out = join(temp.dir, "rejets-trio");
    const run = await importJson(database, [folder, "--merchant", SIRET, "--rejects", out]);
    expect(run.code, run.stderr).toBe(1);
    expect(run.report.files).toEqual([
      expect.objectContaining({ status: "imported", created: 1, rejected: 1, rejectsFile: join(out, "calc.rejects.xlsx") }),
      expect.objectContaining({ status: "imported", created: 1, rejected: 0 }),
      expect.objectContaining({ status: "imported", created: 3, rejected: 1, rejectsFile: join(out, "savons.rejects.xlsx") }),
    ]);
    expect(storedProducts(database).map((product) => product.sku)).toEqual(["A-1", "A-3", "A-4", "H-1", "O-1"]);
    const back = await readBack(join(out, "calc.rejects.xlsx"));
    expect(back.result.workbook).toMatchObject({ format: "xlsx", sheet: "Produits" });
    expect(back.rows.map((row) => row.slice(0, FRENCH_HEADER.length))).toEqual([frenchRow("O-2", { 10: "quatre" }).map(String)]);
  });

  it("validate --sheet reads the sheet named, hidden or not; the report says it is a LibreOffice Calc workbook, in the user's language", async () => {
    const path = temp.write("feuilles.ods", await ods([
      { name: "Produits", rows: [FRENCH_HEADER, frenchRow("S-1")] },
      { name: "Archives", hidden: true, rows: [["Anciens produits"], FRENCH_HEADER, frenchRow("S-2", { 10: "4,9O" }), frenchRow("S-3")] },
    ]));
    const json = await runCli(["validate", path, "--sheet", "Archives", "--format", "json"]);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as { source: unknown; summary: { rows: number }; issues: Issue[] };
    expect(report.source).toEqual({ format: "ods", sheet: "Archives", headerLine: 2, hiddenRows: 0 });
    expect(report.summary.rows).toBe(2);
    expect(report.issues.find((issue) => issue.code === "invalid-number")).toMatchObject({ sheet: "Archives", cell: "K3" });
    expect((await runCli(["validate", path])).stdout).toContain("Classeur LibreOffice Calc : feuille Produits, en-tête ligne 1");
    expect((await runCli(["validate", path, "--sheet", "2", "--lang", "en"])).stdout).toContain("LibreOffice Calc workbook: sheet Archives, header on row 2");
  });
});

describe("old and encrypted workbooks (OLE containers) are refused (exit 2), each with its own fix", () => {
  it("a password-protected workbook says to save it without the password; an old .xls to save it as .xlsx", async () => {
    const ole = buildOleContainer as (streamNames: string[]) => Buffer;
    const encrypted = await runCli(["validate", temp.write("protege.xlsx", ole(["EncryptionInfo", "EncryptedPackage"]))]);
    expect(encrypted.code).toBe(2);
    expect(encrypted.stderr).toContain("protégé par un mot de passe");
    expect(encrypted.stderr).toContain("enregistrez-le sans mot de passe");
    expect(encrypted.stderr).not.toContain(".xls ");
    const old = await runCli(["validate", temp.write("ancien.xls", ole(["Workbook"]))]);
    expect(old.code).toBe(2);
    expect(old.stderr).toContain("ancien format .xls");
    expect(old.stderr).toContain("enregistrez-le au format .xlsx");
    expect(old.stderr).not.toContain("mot de passe");
    const english = await runCli(["validate", temp.write("protected.xlsx", ole(["EncryptionInfo", "EncryptedPackage"])), "--lang", "en", "--format", "json"]);
    expect(JSON.parse(english.stdout)).toMatchObject({ error: { code: "workbook-old-or-encrypted", message: expect.stringContaining("password-protected") as unknown } });
  });
});

describe("a workbook on standard input", () => {
  it("validate - reads an .xlsx piped in as a workbook, with its sheet and cells", async () => {
    const bytes = await build([{ name: "Produits", rows: [["Catalogue 2026"], FRENCH_HEADER, frenchRow("I-1"), frenchRow("I-2", { 10: "4,9O" })] }]);
    const run = await runCli(["validate", "-", "--format", "json"], { input: bytes });
    expect(run.code, run.stderr).toBe(1);
    const report = JSON.parse(run.stdout) as { file: string; source: unknown; summary: { rows: number }; issues: Issue[] };
    expect(report).toMatchObject({ file: "-", source: { format: "xlsx", sheet: "Produits", headerLine: 2 }, summary: { rows: 2 } });
    expect(report.issues.find((issue) => issue.code === "invalid-number")).toMatchObject({ sheet: "Produits", cell: "K4" });
  });

  it("import - stores an .ods piped in, and writes its rejects as an .xlsx", async () => {
    const database = createStore();
    const bytes = await ods([{ name: "Produits", rows: [FRENCH_HEADER, frenchRow("P-1"), frenchRow("P-2", { 10: "quatre" })] }]);
    const rejects = join(temp.dir, "stdin-rejets.csv");
    const run = await runCli(["--db", database, "import", "-", "--merchant", SIRET, "--rejects", rejects, "--format", "json"], { input: bytes });
    expect(run.code, run.stderr).toBe(1);
    expect((JSON.parse(run.stdout) as { files: unknown[] }).files[0]).toMatchObject({ status: "imported", created: 1, rejected: 1, rejectsFile: join(temp.dir, "stdin-rejets.xlsx") });
    expect(storedProducts(database).map((product) => product.sku)).toEqual(["P-1"]);
    expect((await readBack(join(temp.dir, "stdin-rejets.xlsx"))).rows.map((row) => row[0])).toEqual(["P-2"]);
  });
});

// ── the other ways in: eligibility --catalogue, import --batch ──────────────────────────────────

describe("a workbook wherever a catalogue is taken", () => {
  it("eligibility --catalogue FILE.xlsx judges the workbook's products", async () => {
    const profile = temp.write("profile.json", JSON.stringify({ legalName: "Savonnerie du Midi", siret: SIRET, postcode: "13001", headcount: 5, turnoverEur: 500000, balanceSheetEur: 200000, independent: true, trademark: "registered" }));
    const path = temp.write("eligibilite.xlsx", await build([{ name: "Produits", rows: [["Catalogue 2026"], FRENCH_HEADER, frenchRow("E-1"), frenchRow("E-2", { 7: "75001" })] }]));
    const run = await runCli(["eligibility", "--profile", profile, "--catalogue", path, "--format", "json"]);
    expect(run.code, run.stderr).toBe(0);
    const verdict = JSON.parse(run.stdout) as { rules: { id: string; status: string; products: { sku: string }[] }[] };
    const origin = verdict.rules.find((rule) => rule.id === "products-origin");
    expect(origin?.status).toBe("warn");
    expect(origin?.products.map((product) => product.sku)).toEqual(["E-2"]);
  });

  it("import --batch: a manifest listing an .xlsx imports it for its company, and its rejects are an .xlsx", async () => {
    const database = createStore();
    mkdirSync(join(temp.dir, "manifeste"), { recursive: true });
    await ownerWorkbook("manifeste/catalogue.xlsx");
    const manifest = temp.write("manifeste/lot.csv", toCsv([["fichier", "entreprise"], ["catalogue.xlsx", SIRET]], ";"));
    // One file in the batch: --rejects names the rejects file itself.
    const out = join(temp.dir, "rejets-manifeste.xlsx");
    const run = await importJson(database, ["--batch", manifest, "--rejects", out]);
    expect(run.code).toBe(1);
    expect(run.report.files).toEqual([expect.objectContaining({ status: "imported", created: 3, rejected: 1, rejectsFile: out })]);
    expect(storedProducts(database).map((product) => product.sku)).toEqual(["A-1", "A-3", "A-4"]);
    expect((await readBack(out)).rows.map((row) => row[0])).toEqual(["A-2"]);
  });

  it("import --batch takes a manifest kept in Excel: an .xlsx with the columns fichier and entreprise", async () => {
    const database = createStore();
    mkdirSync(join(temp.dir, "manifeste-excel"), { recursive: true });
    await ownerWorkbook("manifeste-excel/catalogue.xlsx");
    const manifest = join(temp.dir, "manifeste-excel", "lot.xlsx");
    writeFileSync(manifest, await build([{ name: "Lot", rows: [["Fichier", "Entreprise"], ["catalogue.xlsx", SIRET]] }]));
    const run = await importJson(database, ["--batch", manifest]);
    expect(run.report.files).toEqual([expect.objectContaining({ status: "imported", created: 3, rejected: 1 })]);
    expect(storedProducts(database).map((product) => product.sku)).toEqual(["A-1", "A-3", "A-4"]);
  });
});

// ── a large workbook: its sheet read in a worker thread while its rows are checked and stored ────────

describe("a workbook large enough for the import to read it in a worker thread", () => {
  /** The bench generator's rows (varied enough that the workbook stays large once compressed). */
  async function generatedRows(count: number): Promise<string[][]> {
    const { catalogueRows, HEADER } = await import("../scripts/generate-catalogue.mjs");
    return [HEADER, ...[...catalogueRows({ rows: count })].map((row) => row.cells)];
  }

  function countRows(database: string, table: "products" | "imports"): number {
    const db = new BetterSqlite3(database, { fileMustExist: true });
    try {
      return db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    } finally {
      db.close();
    }
  }

  it("validate gives the findings, each with its cell, that the reader in this process gives; import stores exactly the rows validate accepts", async () => {
    const bytes = await build([{ name: "Produits", rows: await generatedRows(5000) }]);
    expect(bytes.length).toBeGreaterThan(WORKER_MIN_BYTES);
    const path = temp.write("grand.xlsx", bytes);
    const inProcess = await validateCatalogue({ path, stdin: Readable.from([]), maxErrors: 1000 });
    const run = await runCli(["validate", path, "--format", "json"]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { source: unknown; summary: { rows: number; validRows: number }; issues: Issue[] };
    expect(report.source).toEqual({ format: "xlsx", sheet: "Produits", headerLine: 1, hiddenRows: 0 });
    expect(report.summary).toMatchObject({ rows: 5000, validRows: inProcess.summary.validRows });
    expect(report.issues.map((issue) => [issue.code, issue.cell])).toEqual(inProcess.findings.map((finding) => [finding.code, finding.cell]));

    const database = createStore();
    const imported = await importJson(database, [path, "--merchant", SIRET]);
    expect(imported.report.files[0]).toMatchObject({ status: "imported", created: inProcess.summary.validRows, rejected: 5000 - inProcess.summary.validRows });
    expect(countRows(database, "products")).toBe(inProcess.summary.validRows);
  });

  it("a merged header, known only past the rows, has the sheet read again: the import stores each product once, in one import", async () => {
    // « name_fr » merged over B and C, with C empty under it: no column of its own.
    const [header = [], ...rows] = await generatedRows(5000);
    const widen = (cells: readonly string[], covered: string): string[] => [cells[0] ?? "", cells[1] ?? "", covered, ...cells.slice(2)];
    const bytes = await build([{ name: "Produits", merges: ["B1:C1"], rows: [widen(header, "name_fr"), ...rows.map((cells) => widen(cells, ""))] } as never]);
    expect(bytes.length).toBeGreaterThan(WORKER_MIN_BYTES);
    const path = temp.write("grand-fusion.xlsx", bytes);
    const inProcess = await validateCatalogue({ path, stdin: Readable.from([]), maxErrors: 1000 });
    expect(inProcess.findings.filter((finding) => finding.cell?.startsWith("C") === true || finding.code === "duplicate-column")).toEqual([]);
    const database = createStore();
    const imported = await importJson(database, [path, "--merchant", SIRET]);
    expect(imported.report.files[0]).toMatchObject({ status: "imported", created: inProcess.summary.validRows });
    expect(countRows(database, "products")).toBe(inProcess.summary.validRows);
    // The first reading's transaction was rolled back: one import in the history, not two.
    expect(countRows(database, "imports")).toBe(1);
  });

  it("a sheet damaged past its first rows is refused (exit 2) with the reader's own sentence, and the import stores none of its rows", async () => {
    const rows = (await generatedRows(5000)).map((cells, index) => `<row r="${index + 1}">${cells.map((cell, column) => `<c r="${String.fromCharCode(65 + column)}${index + 1}" t="inlineStr"><is><t>${escapeXml(cell)}</t></is></c>`).join("")}</row>`);
    const bytes = await buildStreamed([...rows, '<row r="5002"><c r="A5002" t="inlineStr"><is><t>SAV</is></row>']);
    expect(bytes.length).toBeGreaterThan(WORKER_MIN_BYTES);
    const path = temp.write("grand-abime.xlsx", bytes);
    const inProcess = await validateCatalogue({ path, stdin: Readable.from([]), maxErrors: 1000 }).catch((error: unknown) => error);
    expect(inProcess).toMatchObject({ code: "workbook-unreadable", params: { reason: "corrupt" } });
    const validated = await runCli(["validate", path]);
    expect(validated.code).toBe(2);
    expect(validated.stderr).not.toMatch(/\n\s+at /);
    const sentence = "grand-abime.xlsx est un fichier zip abîmé ou tronqué : il n'a pas pu être lu.";
    expect(validated.stderr).toContain(sentence);
    const database = createStore();
    const imported = await runCli(["--db", database, "import", path, "--merchant", SIRET]);
    expect(imported.code).toBe(2);
    // The file's outcome, as for any file that cannot be imported: failed, recorded, none of its rows stored.
    expect(imported.stdout).toContain(sentence);
    expect(countRows(database, "products")).toBe(0);
    expect(countRows(database, "imports")).toBe(1);
  });
});
