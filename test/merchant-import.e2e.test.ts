import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
// @ts-expect-error -- a plain .mjs script without types
import { buildXlsx } from "../scripts/workbook-builder.mjs";
// @ts-expect-error -- a plain .mjs script without types
import { buildOds } from "../scripts/ods-builder.mjs";
import { readWorkbookRows } from "../src/io/workbook-reader.js";
import { makeTempDir, ROOT, runCli, type CliOptions } from "./helpers.js";

// End to end: `merchant import` with the real binary, each test on its own database file.
const temp = makeTempDir("eprovence-merchant-import-");
afterAll(() => temp.remove());

let databases = 0;
function newDatabase(): { path: string; run: (args: readonly string[], options?: CliOptions) => ReturnType<typeof runCli> } {
  const path = join(temp.dir, `db-${++databases}`, "eprovence.db");
  return { path, run: (args, options = {}) => runCli(args, { ...options, env: { EPROVENCE_DB: path, ...options.env } }) };
}

const SAMPLE = join(ROOT, "fixtures", "consultant", "entreprises.csv");

interface ImportJson {
  readonly rows: readonly { line: number | null; item: number | null; status: string; siren: string | null; changed: string[]; reasons: { code: string; message: string }[] }[];
  readonly totals: Record<string, number>;
}
const parse = (stdout: string) => JSON.parse(stdout) as ImportJson;

type Sheets = readonly { name: string; rows: string[][] }[];
const build = { xlsx: buildXlsx as (sheets: Sheets) => Promise<Buffer>, ods: buildOds as (sheets: Sheets) => Promise<Buffer> };

describe("merchant import", () => {
  it.each(["xlsx", "ods"] as const)("reads the companies a consultant keeps in a workbook (.%s), as the same table in CSV", async (format) => {
    const db = newDatabase();
    const table = readFileSync(SAMPLE, "utf8").replace(/^\uFEFF/, "").trimEnd().split(/\r?\n/).map((line) => line.split(";"));
    const file = join(temp.dir, `entreprises.${format}`);
    writeFileSync(file, await build[format]([{ name: "Entreprises", rows: table }]));
    const run = await db.run(["merchant", "import", file, "--format", "json"]);
    expect(run.code).toBe(0);
    expect(parse(run.stdout).totals).toEqual({ rows: 5, created: 5, updated: 0, unchanged: 0, rejected: 0 });
    expect(parse((await db.run(["merchant", "import", SAMPLE, "--format", "json"])).stdout).totals).toMatchObject({ unchanged: 5 });
  });

  it("registers the sample's five companies, then a second run changes nothing and says so", async () => {
    const db = newDatabase();
    const first = await db.run(["merchant", "import", SAMPLE]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("ligne 2  créée  Savonnerie des Calanques (SIREN 913 205 803)");
    expect(first.stdout).toContain("Bilan : 5 créées, 0 modifiée, 0 inchangée, 0 rejetée.");
    const again = await db.run(["merchant", "import", SAMPLE, "--format", "json"]);
    expect(again.code).toBe(0);
    expect(parse(again.stdout).totals).toEqual({ rows: 5, created: 0, updated: 0, unchanged: 5, rejected: 0 });
    const shown = JSON.parse((await db.run(["merchant", "show", "842135675", "--format", "json"])).stdout) as Record<string, unknown>;
    expect(shown).toMatchObject({ legalName: "Huilerie du Luberon", siret: "84213567500010", headcount: 6, turnoverEur: 780000.5, independent: true, trademark: "registered" });
  });

  it("updates by SIREN in upsert mode, naming what changed; blank cells keep the stored values", async () => {
    const db = newDatabase();
    await db.run(["merchant", "import", SAMPLE]);
    const changed = temp.write("changed.csv", "legal_name,siren,headcount,contact_email\nHuilerie du Luberon,842135675,7,\n");
    const run = await db.run(["merchant", "import", changed, "--format", "json"]);
    expect(run.code).toBe(0);
    expect(parse(run.stdout).rows[0]).toMatchObject({ status: "updated", changed: ["headcount"] });
    const shown = JSON.parse((await db.run(["merchant", "show", "842135675", "--format", "json"])).stdout) as Record<string, unknown>;
    expect(shown).toMatchObject({ headcount: 7, contactEmail: "camille@huilerie-luberon.example" });
  });

  it("the rejects of a workbook are a workbook (.xlsx, whatever name was asked), with the rows' own cells and the reason last", async () => {
    const db = newDatabase();
    const file = join(temp.dir, "a-corriger.xlsx");
    writeFileSync(file, await build.xlsx([{ name: "Entreprises", rows: [["raison_sociale", "siret", "effectif"], ["A", "913 205 803 00012", "3"], ["B", "913 205 803 00013", "2"]] }]));
    const run = await db.run(["merchant", "import", file, "--rejects", join(temp.dir, "rejets-entreprises.csv"), "--format", "json"]);
    expect(run.code).toBe(1);
    const written = join(temp.dir, "rejets-entreprises.xlsx");
    expect(JSON.parse(run.stdout)).toMatchObject({ rejectsFile: expect.stringMatching(/rejets-entreprises\.xlsx$/) });
    const back = await readWorkbookRows(readFileSync(written), { displayName: written });
    expect(back.source.sheet).toBe("Entreprises");
    expect(back.rows.map((row) => row.cells.slice(0, 3))).toEqual([["raison_sociale", "siret", "effectif"], ["B", "913 205 803 00013", "2"]]);
    expect(back.rows[0]?.cells.at(-1)).toBe("Motif du rejet");
  });

  it("rejects a registered SIREN in create mode (exit 1)", async () => {
    const db = newDatabase();
    await db.run(["merchant", "import", SAMPLE]);
    const run = await db.run(["merchant", "import", SAMPLE, "--mode", "create", "--format", "json"]);
    expect(run.code).toBe(1);
    expect(parse(run.stdout).rows.every((row) => row.status === "rejected" && row.reasons[0]?.code === "merchant-exists")).toBe(true);
  });

  it("rejects a wrong check digit and a SIREN repeated in the file with their line, stores the rest, writes the rejects", async () => {
    const db = newDatabase();
    const file = temp.write("bad.csv", "raison_sociale;siret;effectif\nA;913 205 803 00013;3\nB;815 437 629 00018;x\nC;815 437 629 00018;2\nD;81543762900018;2\n");
    const rejects = join(temp.dir, "rejets.csv");
    const run = await db.run(["merchant", "import", file, "--rejects", rejects]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/ligne 2 +rejetée +A\n +– SIRET invalide « 913 205 803 00013 » \(la colonne « siret »\) : la clé de contrôle ne correspond pas/);
    expect(run.stdout).toContain("Valeur invalide « x » pour la colonne « effectif ».");
    expect(run.stdout).toContain("Le SIREN 815437629 figure déjà dans ce fichier (ligne 4)");
    expect(run.stdout).toContain("Bilan : 1 créée, 0 modifiée, 0 inchangée, 3 rejetées.");
    expect(run.stderr).toContain("3 lignes rejetées écrites dans");
    const lines = readFileSync(rejects, "utf8").replace(/^\uFEFF/, "").trim().split(/\r?\n/);
    expect(lines[0]).toBe("raison_sociale;siret;effectif;Motif du rejet");
    expect(lines.slice(1).map((line) => line.split(";")[0])).toEqual(["A", "B", "D"]);
    const listed = JSON.parse((await db.run(["merchant", "list", "--format", "json"])).stdout) as unknown[];
    expect(listed).toHaveLength(1);
  });

  it("reads a JSON array, the printed list of `merchant list` included, and rejects an element that is no company", async () => {
    const source = newDatabase();
    await source.run(["merchant", "import", SAMPLE]);
    const printed = temp.write("printed.json", (await source.run(["merchant", "list", "--format", "json"])).stdout);
    const db = newDatabase();
    const run = await db.run(["merchant", "import", printed, "--format", "json"]);
    expect(run.code).toBe(0);
    expect(parse(run.stdout).totals.created).toBe(5);
    const odd = temp.write("odd.json", JSON.stringify([{ legalName: "Sans numéro" }, 3]));
    const refused = await db.run(["merchant", "import", odd]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain("élément n° 1  rejetée  Sans numéro");
    expect(refused.stdout).toContain("Il manque le SIRET ou le SIREN de l'entreprise.");
    expect(refused.stdout).toContain("L'élément n° 2 de la liste n'est pas un objet");
  });

  it("--dry-run reports what would happen and stores nothing", async () => {
    const db = newDatabase();
    const run = await db.run(["merchant", "import", SAMPLE, "--dry-run"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Simulation : rien n'a été enregistré.");
    expect(JSON.parse((await db.run(["merchant", "list", "--format", "json"])).stdout)).toEqual([]);
  });

  const png = join(temp.dir, "image.csv");
  copyFileSync(join(ROOT, "fixtures", "broken", "image-renamed.csv"), png);
  it.each([
    ["a JSON object instead of a list", temp.write("object.json", '{ "legalName": "A", "siren": "913205803" }'), "contient un seul objet JSON { … } et non une liste d'entreprises"],
    ["an empty file", temp.write("empty.csv", ""), "ne contient aucune entreprise"],
    ["a header without rows", temp.write("header.csv", "raison_sociale;siret\n"), "ne contient aucune entreprise"],
    ["an empty JSON list", temp.write("empty.json", "[]"), "ne contient aucune entreprise"],
    ["a PNG renamed .csv", png, "n'est ni un fichier CSV ni un classeur"],
    ["no legal name nor identifier column", temp.write("columns.csv", "nom;ville\nA;Arles\n"), "la colonne legal_name ou raison_sociale ; la colonne siret ou siren"],
    ["a file that does not exist", join(temp.dir, "absent.csv"), "absent.csv"],
  ])("refuses %s with one French sentence, exit 2, and stores nothing", async (_, file, sentence) => {
    const db = newDatabase();
    const run = await db.run(["merchant", "import", file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(sentence);
    expect(run.stdout).toBe("");
    expect(existsSync(db.path)).toBe(false);
  });

  it("refuses an unknown --mode (exit 2)", async () => {
    const run = await newDatabase().run(["merchant", "import", SAMPLE, "--mode", "replace"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--mode");
  });

  it("speaks English with --lang en", async () => {
    const db = newDatabase();
    const run = await db.run(["--lang", "en", "merchant", "import", SAMPLE]);
    expect(run.stdout).toContain("line 2  created  Savonnerie des Calanques");
    expect(run.stdout).toContain("Totals: 5 created, 0 updated, 0 unchanged, 0 rejected.");
  });
});
