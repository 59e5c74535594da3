import { join } from "node:path";
import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error -- a plain .mjs script without types
import { buildOds } from "../scripts/ods-builder.mjs";
// @ts-expect-error -- a plain .mjs script without types
import { buildXlsx } from "../scripts/workbook-builder.mjs";
import { CATALOGUE_HEADER, CONTRACT_PROFILE, makeTempDir, runCli, soapRow, toCsv } from "./helpers.js";

// End to end: the consultant loads the official positive list, then the checks judge HS codes against it.
const temp = makeTempDir("eprovence-positive-list-");
afterAll(() => temp.remove());

const db = join(temp.dir, "store.db");
const cli = (...args: string[]) => runCli(["--db", db, ...args]);

const list = temp.write("liste.csv", toCsv([["Code SH", "Désignation"], ["3401.11.00", "savons de toilette"], ["3304 99 00", "cosmétiques"]], ";"));
/** 3401.11 (a 6-digit code some line starts with) and 3401.19.00 (no line). */
const catalogue = temp.write("catalogue.csv", toCsv([CATALOGUE_HEADER, soapRow("SAV-100"), soapRow("SAV-200", { hs_code: "3401.19.00" })]));
const profile = temp.write("profile.json", JSON.stringify(CONTRACT_PROFILE));

describe("data positive-list import | show", () => {
  it("says no list is loaded on a fresh machine, and creates no database", async () => {
    const run = await runCli(["--db", join(temp.dir, "none.db"), "data", "positive-list", "show"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Aucune liste positive chargée");
    const json = await runCli(["--db", join(temp.dir, "none.db"), "data", "positive-list", "show", "--format", "json"]);
    expect(JSON.parse(json.stdout)).toBeNull();
  });

  it("loads the list with its edition and source, and shows it", async () => {
    const run = await cli("data", "positive-list", "import", list, "--edition", "2022-03-01", "--source", "Caiguanshui 2022");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("édition 2022-03-01 (source : Caiguanshui 2022) : 2 lignes tarifaires");
    const shown = JSON.parse((await cli("data", "positive-list", "show", "--format", "json")).stdout);
    expect(shown).toMatchObject({ edition: "2022-03-01", source: "Caiguanshui 2022", count: 2 });
  });

  const badCode = temp.write("bad-code.csv", toCsv([["code"], ["34011100"], ["3401.11"]]));
  const noColumn = temp.write("no-column.csv", toCsv([["libellé", "note"], ["savon", "x"]]));
  const empty = temp.write("empty.csv", "");
  const image = temp.write("image.png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  it.each([
    ["a code that is not 8 digits, with its line", badCode, "ligne 3 : « 3401.11 » n'est pas une ligne tarifaire à 8 chiffres"],
    ["no column of codes", noColumn, "n'a pas de colonne de codes tarifaires"],
    ["an empty file", empty, "est vide"],
    ["an image", image, "n'est ni un fichier CSV ni un classeur"],
  ])("refuses %s: exit 2, a French sentence, the loaded list unchanged", async (_what, file, sentence) => {
    const run = await cli("data", "positive-list", "import", file, "--edition", "2024-01-01", "--source", "autre");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(sentence);
    expect(JSON.parse((await cli("data", "positive-list", "show", "--format", "json")).stdout)).toMatchObject({ edition: "2022-03-01", count: 2 });
  });

  it("refuses an edition that is not a date", async () => {
    const run = await cli("data", "positive-list", "import", list, "--edition", "2022-02-30", "--source", "x");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--edition");
  });
});

type Sheets = readonly { name: string; rows: readonly (readonly (string | number)[])[] }[];
const workbooks = { xlsx: buildXlsx as (sheets: Sheets) => Promise<Buffer>, ods: buildOds as (sheets: Sheets) => Promise<Buffer> };

describe("data positive-list import of a workbook", () => {
  // As a consultant's copy looks: the list on the first sheet under its header; a spreadsheet keeps an
  // 8-digit code typed as a number, a dotted or spaced one as text.
  it.each(["xlsx", "ods"] as const)("loads a .%s: codes as numbers or dotted text, the edition and source kept", async (format) => {
    const book = temp.write(
      `liste.${format}`,
      await workbooks[format]([{ name: "Liste", rows: [["Code SH", "Désignation"], [34011100, "savons de toilette"], ["3304.99.00", "cosmétiques"], ["2204 21 00", "vins"]] }]),
    );
    const store = join(temp.dir, `workbook-${format}.db`);
    const run = await runCli(["--db", store, "data", "positive-list", "import", book, "--edition", "2022-03-01", "--source", "Caiguanshui 2022"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("édition 2022-03-01 (source : Caiguanshui 2022) : 3 lignes tarifaires");
    expect(JSON.parse((await runCli(["--db", store, "data", "positive-list", "show", "--format", "json"])).stdout)).toMatchObject({ edition: "2022-03-01", count: 3 });
  });

  it.each(["xlsx", "ods"] as const)("refuses a .%s with a code that is not 8 digits, naming its row: exit 2, nothing loaded", async (format) => {
    const book = temp.write(`bad-liste.${format}`, await workbooks[format]([{ name: "Liste", rows: [["code"], ["3401.11.00"], ["3401.11"]] }]));
    const store = join(temp.dir, `bad-workbook-${format}.db`);
    const run = await runCli(["--db", store, "data", "positive-list", "import", book, "--edition", "2022-03-01", "--source", "x"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("ligne 3 : « 3401.11 » n'est pas une ligne tarifaire à 8 chiffres");
    expect(JSON.parse((await runCli(["--db", store, "data", "positive-list", "show", "--format", "json"])).stdout)).toBeNull();
  });
});

describe("the checks with the stored list", () => {
  beforeAll(async () => {
    expect((await cli("data", "positive-list", "import", list, "--edition", "2022-03-01", "--source", "Caiguanshui 2022")).code).toBe(0);
    expect((await cli("merchant", "add", "--from", profile)).code).toBe(0);
  });

  it("import warns of the code off the list, naming the edition, and says nothing of the other", async () => {
    expect((await cli("import", catalogue, "--merchant", "1")).code).toBe(0);
    const shown = JSON.parse((await cli("imports", "show", "1", "--format", "json")).stdout) as { findings: { code: string }[] };
    const codes = shown.findings.map((finding) => finding.code);
    expect(codes).toContain("hs-not-on-positive-list");
    expect(codes).not.toContain("hs-positive-list-not-checked");
    const pretty = await cli("imports", "show", "1");
    expect(pretty.stdout).toContain("3401.19.00 ne figure pas sur la liste positive, édition 2022-03-01");
  });

  it("eligibility blocks the product off the list", async () => {
    const run = await cli("eligibility", "--merchant", "1", "--format", "json");
    const rule = JSON.parse(run.stdout).rules.find((candidate: { id: string }) => candidate.id === "products-positive-list");
    expect(rule.products).toEqual([expect.objectContaining({ sku: "SAV-200", reason: "not-on-positive-list" })]);
    expect(rule.figures).toMatchObject({ positiveListEdition: "2022-03-01", positiveListSource: "Caiguanshui 2022" });
    expect((await cli("eligibility", "--merchant", "1")).stdout).toContain("(liste positive fournie, édition 2022-03-01, source : Caiguanshui 2022)");
  });

  it("eligibility --profile --catalogue, with a database: the stored list judges the file's codes, and the report names its edition", async () => {
    const run = await cli("eligibility", "--profile", profile, "--catalogue", catalogue, "--format", "json");
    expect(run.code).toBe(0);
    const rule = JSON.parse(run.stdout).rules.find((candidate: { id: string }) => candidate.id === "products-positive-list");
    expect(rule.products).toEqual([expect.objectContaining({ sku: "SAV-200", reason: "not-on-positive-list" })]);
    expect(rule.figures).toMatchObject({ positiveListEdition: "2022-03-01" });
    const english = await runCli(["--db", db, "--lang", "en", "eligibility", "--profile", profile, "--catalogue", catalogue]);
    expect(english.stdout).toContain("(supplied positive list, 2022-03-01 edition, source: Caiguanshui 2022)");
  });

  it("eligibility --profile with no database: our data, « non vérifié », and no database created", async () => {
    const none = join(temp.dir, "no-such.db");
    const run = await runCli(["--db", none, "eligibility", "--profile", profile, "--catalogue", catalogue, "--format", "json"]);
    expect(run.code).toBe(0);
    const rule = JSON.parse(run.stdout).rules.find((candidate: { id: string }) => candidate.id === "products-positive-list");
    expect(rule.products.map((product: { reason: string }) => product.reason)).toEqual(["not-checked", "not-checked"]);
    expect(rule.figures).toMatchObject({ positiveListEdition: null });
    expect((await runCli(["--db", none, "eligibility", "--profile", profile, "--catalogue", catalogue])).stdout).not.toContain("liste positive fournie");
    expect(existsSync(none)).toBe(false);
  });
});

describe("validate --positive-list FILE: no database", () => {
  it("checks against the file, and the assumptions name the edition and source", async () => {
    const none = join(temp.dir, "never.db");
    const run = await runCli(["--db", none, "validate", catalogue, "--positive-list", list, "--positive-list-edition", "2022-03-01", "--positive-list-source", "Caiguanshui 2022"]);
    expect(run.stdout).toContain("3401.19.00 ne figure pas sur la liste positive, édition 2022-03-01 (source : Caiguanshui 2022)");
    expect(run.stdout).toContain("liste positive fournie, édition 2022-03-01 (source Caiguanshui 2022");
    expect(run.stdout).not.toContain("non vérifiée");
    const json = JSON.parse((await runCli(["--db", none, "validate", catalogue, "--format", "json", "--positive-list", list, "--positive-list-edition", "2022-03-01"])).stdout);
    expect(json.positiveList).toEqual({ edition: "2022-03-01", source: list, lines: 2 });
  });

  it("without a list, stays « non vérifiée »", async () => {
    const run = await runCli(["validate", catalogue]);
    expect(run.stdout).toContain("non vérifiée");
    expect(run.stdout).not.toContain("hs-not-on-positive-list");
  });

  it("refuses a bad list before reading the catalogue: exit 2", async () => {
    const bad = temp.write("bad.csv", toCsv([["code"], ["12"]]));
    const run = await runCli(["validate", catalogue, "--positive-list", bad, "--positive-list-edition", "2022-03-01"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("n'est pas une ligne tarifaire à 8 chiffres");
  });
});
