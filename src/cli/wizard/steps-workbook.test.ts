import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { COMPANY_ANSWERS, createWizardHarness, type WizardHarness } from "../../../test/wizard-harness.js";
// @ts-expect-error -- a plain .mjs script without types
import { buildXlsx } from "../../../scripts/workbook-builder.mjs";
import { catalogueStep } from "./steps/catalogue.js";
import { companyStep } from "./steps/company.js";
import { fixesStep } from "./steps/fixes.js";
import { welcomeStep } from "./steps/welcome.js";

// The wizard's catalogue and corrections steps on an Excel workbook, with a scripted Prompter that
// fails on any question it does not expect, on a real SQLite file.

let h: WizardHarness;
beforeEach(() => {
  h = createWizardHarness("eprovence-wizard-workbook-");
});
afterEach(() => h.remove());

const build = buildXlsx as (sheets: { name: string; rows: string[][] }[]) => Promise<Buffer>;
const HEADER = ["Référence", "Désignation", "Nom chinois", "Marque", "Catégorie", "Code EAN", "Code SH", "Code postal", "Poids net (g)", "Prix HT (€)", "Images"];
const row = (sku: string, gtin: string, price: string): string[] => [sku, `Savon ${sku} 100 g`, "马赛皂", "Vallon", "savons", gtin, "340111", "13002", "100", price, `https://img.vallon.example/${sku}.jpg`];

/** « Produits » with a title on row 1, the header on row 2 and V-3's price typed with a letter O in J5. */
async function writeWorkbook(name = "catalogue.xlsx"): Promise<string> {
  const path = join(h.dir, name);
  writeFileSync(path, await build([{ name: "Produits", rows: [["Catalogue Vallon 2026"], HEADER, row("V-1", "3760931200012", "4,90"), row("V-2", "3760931200029", "5,90"), row("V-3", "3760931200036", "6,9O")] }]));
  return path;
}

const products = () => h.query((db) => db.prepare("SELECT sku, price_cents FROM products ORDER BY sku").all());

describe("the wizard with an Excel workbook", () => {
  it("welcomes a workbook: a file that is not one names .xlsx and .ods as accepted, and the workbook given next is read", async () => {
    await writeWorkbook();
    writeFileSync(join(h.dir, "photo.png"), Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex"));
    const result = await h.run({
      steps: [welcomeStep, companyStep, catalogueStep],
      answers: COMPANY_ANSWERS,
      script: [
        { key: "catalogue.method", answer: "file" },
        { key: "catalogue.file", answer: "photo.png" },
        { key: "catalogue.file", answer: "catalogue.xlsx" },
        { key: "catalogue.confirmDetection", answer: true },
        { key: "catalogue.images", answer: "" },
      ],
    });
    expect(result.error).toBeUndefined();
    result.prompter?.assertDone();
    const said = result.stdout + result.stderr;
    expect(said).toContain("Un classeur Excel (.xlsx) ou LibreOffice (.ods) est accepté");
    expect(said).not.toMatch(/peut-être[^\n]*classeur \.xlsx/);
    expect(said).toContain("Classeur Excel : feuille Produits");
    expect(products()).toHaveLength(2);
  });

  it("the catalogue step shows the sheet and the header row, asks to confirm them, and imports the workbook", async () => {
    await writeWorkbook();
    const result = await h.run({
      steps: [companyStep, catalogueStep],
      answers: COMPANY_ANSWERS,
      script: [
        { key: "catalogue.method", answer: "file" },
        { key: "catalogue.file", answer: "catalogue.xlsx" },
        { key: "catalogue.confirmDetection", answer: true },
        { key: "catalogue.images", answer: "" },
      ],
    });
    expect(result.error).toBeUndefined();
    result.prompter?.assertDone();
    expect(result.stdout).toContain("Classeur Excel : feuille Produits, en-tête ligne 2");
    expect(result.stdout).not.toMatch(/Encodage|séparateur/);
    expect(result.stdout).toMatch(/Prix HT \(€\)\s+→ Prix HT \(€\)/);
    expect(result.prompter?.asked.find((question) => question.key === "catalogue.confirmDetection")?.message).toContain("feuille, ligne d'en-tête, colonnes");
    expect(products()).toEqual([
      { sku: "V-1", price_cents: 490 },
      { sku: "V-2", price_cents: 590 },
    ]);
  });

  it("a workbook to correct offers its columns only: a workbook has no encoding nor delimiter to force", async () => {
    const path = join(h.dir, "colonnes.xlsx");
    writeFileSync(path, await build([{ name: "Produits", rows: [HEADER.map((name) => (name === "Prix HT (€)" ? "PV" : name)), row("V-1", "3760931200012", "4,90")] }]));
    const result = await h.run({
      steps: [companyStep, catalogueStep],
      answers: COMPANY_ANSWERS,
      script: [
        { key: "catalogue.method", answer: "file" },
        { key: "catalogue.file", answer: "colonnes.xlsx" },
        { key: "catalogue.confirmDetection", answer: false },
        { key: "catalogue.adjust", answer: "column:9" },
        { key: "catalogue.mapping", answer: "price_eur" },
        { key: "catalogue.confirmDetection", answer: true },
        { key: "catalogue.images", answer: "" },
      ],
    });
    expect(result.error).toBeUndefined();
    result.prompter?.assertDone();
    const adjust = result.prompter?.asked.find((question) => question.key === "catalogue.adjust");
    expect(adjust?.choices).toHaveLength(HEADER.length + 1);
    expect(adjust?.choices).toContain("sheet");
    expect(adjust?.choices).not.toContain("encoding");
    expect(adjust?.choices).not.toContain("delimiter");
    expect(products()).toEqual([{ sku: "V-1", price_cents: 490 }]);
  });

  /** « Anciens » first (a catalogue of last year, one product), then « Produits », this year's. */
  async function writeTwoSheets(): Promise<void> {
    writeFileSync(join(h.dir, "deux.xlsx"), await build([
      { name: "Anciens", rows: [HEADER, row("A-1", "3760931200043", "3,90")] },
      { name: "Produits", rows: [HEADER, row("V-1", "3760931200012", "4,90"), row("V-2", "3760931200029", "5,90")] },
    ]));
  }

  it("the person can read another sheet of the workbook: named at the terminal, it is read and imported instead", async () => {
    await writeTwoSheets();
    const result = await h.run({
      steps: [companyStep, catalogueStep],
      answers: COMPANY_ANSWERS,
      script: [
        { key: "catalogue.method", answer: "file" },
        { key: "catalogue.file", answer: "deux.xlsx" },
        { key: "catalogue.confirmDetection", answer: false },
        { key: "catalogue.adjust", answer: "sheet" },
        { key: "catalogue.sheet", answer: "Produits" },
        { key: "catalogue.confirmDetection", answer: true },
        { key: "catalogue.images", answer: "" },
      ],
    });
    expect(result.error).toBeUndefined();
    result.prompter?.assertDone();
    expect(result.stdout).toContain("Classeur Excel : feuille Anciens");
    expect(result.stdout).toContain("Classeur Excel : feuille Produits");
    expect(products()).toEqual([
      { sku: "V-1", price_cents: 490 },
      { sku: "V-2", price_cents: 590 },
    ]);
  });

  it("an answers file chooses the sheet by its number; a sheet the workbook lacks stops the run (sheet-not-found, exit 2)", async () => {
    await writeTwoSheets();
    const chosen = await h.run({ steps: [companyStep, catalogueStep], answers: { ...COMPANY_ANSWERS, "catalogue.file": "deux.xlsx", "catalogue.sheet": 2, "catalogue.confirmDetection": true, "catalogue.images": null } });
    expect(chosen.error).toBeUndefined();
    expect(products()).toHaveLength(2);
    const missing = await h.run({ steps: [companyStep, catalogueStep], answers: { ...COMPANY_ANSWERS, "catalogue.file": "deux.xlsx", "catalogue.sheet": "Tarifs", "catalogue.confirmDetection": true, "catalogue.images": null } });
    expect(missing.error).toMatchObject({ code: "sheet-not-found" });
  });

  it("the corrections step names the cell to fix (« Feuille Produits, cellule J5 ») and imports the corrected row", async () => {
    await writeWorkbook();
    const result = await h.run({
      steps: [companyStep, catalogueStep, fixesStep],
      answers: { ...COMPANY_ANSWERS, "catalogue.file": "catalogue.xlsx", "catalogue.confirmDetection": true, "catalogue.images": null },
      script: [
        { key: "fixes.V-3.price_eur", answer: "six", refused: /Nombre illisible pour Prix HT \(€\)/ },
        { key: "fixes.V-3.price_eur", answer: "6,90" },
      ],
    });
    expect(result.error).toBeUndefined();
    result.prompter?.assertDone();
    // The report of the workbook, then the question, both at the cell.
    expect(result.stdout).toContain("(Feuille Produits, cellule J5)");
    expect(result.prompter?.asked.find((question) => question.key === "fixes.V-3.price_eur")?.message).toMatch(/^Feuille Produits, cellule J5 · V-3 · Prix HT \(€\) = « 6,9O »/);
    expect(products()).toEqual([
      { sku: "V-1", price_cents: 490 },
      { sku: "V-2", price_cents: 590 },
      { sku: "V-3", price_cents: 690 },
    ]);
    expect(result.session?.results.fixes).toMatchObject({ fixed: 1, leftOut: [] });
  });
});
