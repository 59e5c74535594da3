import { createWriteStream, existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { afterAll, describe, expect, it } from "vitest";
import { BIN, CATALOGUE_HEADER, makeTempDir, runCli, runCommand, soapRow, toCsv } from "./helpers.js";

// End to end: the real binary, spawned without a terminal, as a CI pipeline runs it.
const temp = makeTempDir();
afterAll(() => temp.remove());

const good = temp.write("good.csv", toCsv([CATALOGUE_HEADER, soapRow("SAV-1"), soapRow("SAV-2")]));
// Line 3: bad GTIN; line 4: duplicate SKU; line 5: empty SKU.
const bad = temp.write(
  "bad.csv",
  toCsv([CATALOGUE_HEADER, soapRow("SAV-1"), soapRow("SAV-2", { gtin: "3760000000018" }), soapRow("SAV-1"), soapRow("")]),
);
// Valid, but with a warning (no Chinese name).
const warnOnly = temp.write("warn.csv", toCsv([CATALOGUE_HEADER, soapRow("SAV-1", { name_zh: "" })]));

interface JsonReport {
  schemaVersion: number;
  file: string;
  encoding: string;
  delimiter: string;
  valid: boolean;
  truncated: boolean;
  summary: { rows: number; validRows: number; errors: number; warnings: number };
  issues: { severity: string; code: string; line: number; field?: string; column?: string; value?: string; message: string; hint: string }[];
}

describe("eprovence validate", () => {
  it("reads a pipe named as a file (a FIFO, <(…)) once, from its first byte: looking for a workbook takes nothing from it", async () => {
    const fifo = join(temp.dir, "tube.csv");
    await runCommand("mkfifo", [fifo]);
    const running = runCli(["validate", fifo, "--format", "json"]);
    await new Promise((resolve, reject) => createWriteStream(fifo).on("error", reject).end(toCsv([CATALOGUE_HEADER, soapRow("PIPE-1"), soapRow("PIPE-2")]), () => resolve(undefined)));
    const run = await running;
    expect(run.stderr).toBe("");
    expect((JSON.parse(run.stdout) as JsonReport).summary).toMatchObject({ rows: 2, errors: 0 });
  });

  it("exits 0 on a valid catalogue and says so in French, without colour in a pipe", async () => {
    const run = await runCli(["validate", good]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Catalogue valide");
    expect(run.stdout).toContain("2 produits, 2 valides");
    expect(run.stdout).not.toMatch(/\u001b\[/);
    expect(run.stderr).toBe("");
  });

  it("exits 1 on errors and prints the JSON shape (schemaVersion, file, summary, issues) with exact lines", async () => {
    const run = await runCli(["validate", bad, "--format", "json"]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report).toMatchObject({ schemaVersion: 1, file: bad, encoding: "utf-8", delimiter: ",", valid: false });
    expect(report.summary).toEqual({ rows: 4, validRows: 1, errors: 3, warnings: expect.any(Number) });
    const errors = report.issues.filter((issue) => issue.severity === "error").map((issue) => [issue.line, issue.code]);
    expect(errors).toEqual([
      [3, "invalid-gtin"],
      [4, "duplicate-sku"],
      [5, "missing-value"],
    ]);
    const gtin = report.issues.find((issue) => issue.code === "invalid-gtin");
    expect(gtin).toMatchObject({ field: "gtin", column: "gtin", value: "3760000000018" });
    expect(gtin?.message).toMatch(/GTIN/);
    expect(gtin?.hint.length).toBeGreaterThan(10);
  });

  it("reads standard input when the file is -", async () => {
    const run = await runCli(["validate", "-", "--format", "json"], { input: toCsv([CATALOGUE_HEADER, soapRow("A"), soapRow("A")]) });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.file).toBe("-");
    expect(report.summary.rows).toBe(2);
    expect(report.issues.map((issue) => issue.code)).toContain("duplicate-sku");
  });

  it("writes JUnit XML with one failure per error", async () => {
    const run = await runCli(["validate", bad, "--format", "junit"]);
    expect(run.code).toBe(1);
    expect(run.stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(run.stdout.match(/<failure /g)).toHaveLength(3);
    expect(run.stdout).toMatch(/<testsuite name="[^"]*bad\.csv" tests="\d+" failures="3"/);
  });

  it("writes GitHub workflow annotations at the right lines", async () => {
    const run = await runCli(["validate", bad, "--format", "github"]);
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split("\n");
    expect(lines.filter((line) => line.startsWith("::error "))).toHaveLength(3);
    expect(lines).toContainEqual(expect.stringMatching(/^::error file=[^,]*bad\.csv,line=3,title=invalid-gtin::/));
  });

  it("writes SARIF 2.1.0 with a rule per code and a region per finding", async () => {
    const run = await runCli(["validate", bad, "--format", "sarif"]);
    expect(run.code).toBe(1);
    const sarif = JSON.parse(run.stdout) as {
      version: string;
      runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; level: string; locations: { physicalLocation: { region?: { startLine: number } } }[] }[] }[];
    };
    expect(sarif.version).toBe("2.1.0");
    const [runResult] = sarif.runs;
    expect(runResult?.tool.driver.rules.map((rule) => rule.id)).toContain("duplicate-sku");
    const duplicate = runResult?.results.find((result) => result.ruleId === "duplicate-sku");
    expect(duplicate?.level).toBe("error");
    expect(duplicate?.locations[0]?.physicalLocation.region?.startLine).toBe(4);
  });

  it("passes warnings unless --strict", async () => {
    expect((await runCli(["validate", warnOnly])).code).toBe(0);
    const strict = await runCli(["validate", warnOnly, "--strict", "--format", "json"]);
    expect(strict.code).toBe(1);
    expect((JSON.parse(strict.stdout) as JsonReport).valid).toBe(false);
  });

  it("caps the detailed errors with --max-errors but keeps the counts exact", async () => {
    const rows = [CATALOGUE_HEADER, ...Array.from({ length: 30 }, (_, i) => soapRow(`P-${i}`, { price_eur: "abc" }))];
    const file = temp.write("many.csv", toCsv(rows));
    const run = await runCli(["validate", file, "--format", "json", "--max-errors", "5"]);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.summary.errors).toBe(30);
    expect(report.issues.filter((issue) => issue.severity === "error")).toHaveLength(5);
    expect(report.truncated).toBe(true);
    const pretty = await runCli(["validate", file, "--max-errors", "5"]);
    expect(pretty.stdout).toContain("5 premières erreurs");
  });

  it("speaks English with --lang en, EPROVENCE_LANG or LANG, with the same codes", async () => {
    const byFlag = await runCli(["validate", bad, "--lang", "en"]);
    expect(byFlag.stdout).toContain("Catalogue invalid");
    expect((await runCli(["validate", bad], { env: { EPROVENCE_LANG: "en" } })).stdout).toContain("Catalogue invalid");
    expect((await runCli(["validate", bad], { env: { LANG: "en_GB.UTF-8" } })).stdout).toContain("Catalogue invalid");
    const fr = JSON.parse((await runCli(["validate", bad, "--format", "json"])).stdout) as JsonReport;
    const en = JSON.parse((await runCli(["validate", bad, "--format", "json", "--lang", "en"])).stdout) as JsonReport;
    expect(en.issues.map((issue) => issue.code)).toEqual(fr.issues.map((issue) => issue.code));
    expect(en.issues[0]?.message).not.toBe(fr.issues[0]?.message);
  });

  it("colours only when asked: FORCE_COLOR on, NO_COLOR off", async () => {
    expect((await runCli(["validate", bad], { env: { FORCE_COLOR: "1" } })).stdout).toMatch(/\u001b\[/);
    expect((await runCli(["validate", bad], { env: { NO_COLOR: "1" } })).stdout).not.toMatch(/\u001b\[/);
  });

  it("reads a French Excel export with no flag: Windows-1252, semicolons, CRLF, French headers, decimal comma", async () => {
    const header = "Référence;Désignation;Marque;Catégorie;Code EAN;Code SH;Code postal d'origine;DDM (mois);Poids net (g);Prix HT (€)";
    const rows = [
      header,
      "HUI-50;Huile d'olive vierge extra – Cœur de Provence 50 cl;Moulin du Mas;huile d'olive;;1509.10;13520;18;460;12,50",
      'CAL-250;"Calissons d\'Aix, boîte 250 g…";Confiserie Roy;confiserie;;1704 90;13100;12;250;1 250,00',
    ];
    const file = temp.write("excel.csv", iconv.encode(rows.join("\r\n") + "\r\n", "windows-1252"));
    const run = await runCli(["validate", file, "--format", "json"]);
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report).toMatchObject({ encoding: "windows-1252", delimiter: ";" });
    expect(report.summary).toMatchObject({ rows: 2, errors: 0 });
    expect(run.code).toBe(0);
    // Forcing the wrong encoding is the user's call: the names then come out garbled but the file still reads.
    const forced = await runCli(["validate", file, "--format", "json", "--encoding", "utf-8", "--delimiter", ";"]);
    expect((JSON.parse(forced.stdout) as JsonReport).encoding).toBe("utf-8");
  });

  it("refuses a Chinese name that a Windows-1252 save turned into question marks, and says how to save it", async () => {
    const rows = [
      "Référence;Désignation;Nom chinois;Marque;Catégorie;Code SH;Code postal d'origine;Poids net (g);Prix HT (€)",
      "SAV-600;Savon de Marseille cube 600 g;马赛皂 600克;Savonnerie du Midi;savons;340111;13001;600;6,90",
    ];
    // What Excel's « CSV (séparateur : point-virgule) » does: each character Windows-1252 lacks becomes "?".
    const file = temp.write("excel-chinese.csv", iconv.encode(rows.join("\r\n") + "\r\n", "windows-1252"));
    const run = await runCli(["validate", file, "--format", "json"]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as JsonReport;
    const lost = report.issues.filter((issue) => issue.code === "name-zh-not-chinese");
    expect(lost).toEqual([expect.objectContaining({ severity: "error", line: 2, field: "name_zh", column: "Nom chinois", value: "??? 600?" })]);
    expect(lost[0]?.hint).toContain("CSV UTF-8");
    expect(report.summary).toMatchObject({ rows: 1, validRows: 0 });
    // The file itself is said once: its encoding has no Chinese, and how to save it in one that has.
    const encoding = report.issues.filter((issue) => issue.code === "encoding-cannot-hold-chinese");
    expect(encoding).toEqual([expect.objectContaining({ severity: "warning", line: 1, column: "Nom chinois" })]);
    expect(encoding[0]?.message).toContain("windows-1252");
    expect(encoding[0]?.hint).toContain("Enregistrer sous › CSV UTF-8");
    // A UTF-8 save of the same rows keeps its Chinese, and nothing is said about the encoding.
    const utf8 = temp.write("utf8-chinese.csv", rows.join("\r\n") + "\r\n");
    const saved = JSON.parse((await runCli(["validate", utf8, "--format", "json"])).stdout) as JsonReport;
    expect(saved.issues.map((issue) => issue.code)).not.toContain("encoding-cannot-hold-chinese");
  });

  it("maps an unknown header to a field with --map", async () => {
    const file = temp.write("mapped.csv", toCsv([["Ma référence", ...CATALOGUE_HEADER.slice(1)], soapRow("SAV-1").map(String)]));
    const unmapped = JSON.parse((await runCli(["validate", file, "--format", "json"])).stdout) as JsonReport;
    expect(unmapped.issues.map((issue) => issue.code)).toEqual(expect.arrayContaining(["unknown-column", "missing-column"]));
    const mapped = await runCli(["validate", file, "--format", "json", "--map", "Ma référence=sku"]);
    expect(mapped.code).toBe(0);
  });

  it("says which thresholds and rates it used, and takes --min-shelf-life and --eur-cny", async () => {
    const honey = temp.write(
      "honey.csv",
      toCsv([CATALOGUE_HEADER, soapRow("MIEL-1", { category: "miels & confitures", hs_code: "040900", shelf_life_months: "9" })]),
    );
    const byDefault = JSON.parse((await runCli(["validate", honey, "--format", "json"])).stdout) as JsonReport & {
      assumptions: { name: string; value: number; source: string; date: string; sourceId: string | null }[];
    };
    expect(byDefault.issues.map((issue) => issue.code)).toContain("perishable");
    expect(byDefault.assumptions).toContainEqual(
      expect.objectContaining({ name: "eurCny", value: 7.5554, date: "2026-10-06", source: "Taux de référence de l'euro, BCE", sourceId: "ecb-euro-reference-rates" }),
    );
    expect(byDefault.assumptions).toContainEqual(
      expect.objectContaining({ name: "minShelfLifeMonths", value: 12, source: "Choix de conception : au moins 12 mois de conservation, aucun minimum officiel n'existe", sourceId: "min-shelf-life-choice" }),
    );

    const relaxed = await runCli(["validate", honey, "--format", "json", "--min-shelf-life", "6", "--eur-cny", "8,10"]);
    expect(relaxed.code).toBe(0);
    const report = JSON.parse(relaxed.stdout) as typeof byDefault;
    expect(report.assumptions).toContainEqual(expect.objectContaining({ name: "eurCny", value: 8.1, source: "votre option --eur-cny", sourceId: null }));
    expect(report.assumptions).toContainEqual(expect.objectContaining({ name: "minShelfLifeMonths", value: 6, source: "votre option --min-shelf-life", sourceId: null }));

    // €600 of linen is RMB 4,533 + 9.1 % = 4,946 at the default rate: under the RMB 5,000 limit; over it at 9.
    const linen = temp.write("linen.csv", toCsv([CATALOGUE_HEADER, soapRow("T-1", { category: "textile & mode", hs_code: "630790", price_eur: "600" })]));
    const codes = async (...flags: string[]) =>
      (JSON.parse((await runCli(["validate", linen, "--format", "json", ...flags])).stdout) as JsonReport).issues.map((issue) => issue.code);
    expect(await codes()).not.toContain("over-cbec-limit");
    expect(await codes("--eur-cny", "7")).not.toContain("over-cbec-limit");
    expect(await codes("--eur-cny", "9")).toContain("over-cbec-limit");
  });

  it("shows progress on a terminal only", async () => {
    const { generateCatalogue } = await import("../scripts/generate-catalogue.mjs");
    const big = join(temp.dir, "big.csv");
    await generateCatalogue({ rows: 60_000, path: big, invalidRate: 0 });
    const piped = await runCli(["validate", big, "--format", "json"]);
    expect(piped.stderr).toBe("");
    if (!existsSync("/usr/bin/script")) {
      // Loud on a user's machine; CI installs util-linux (it is in Debian's base system).
      console.warn("SKIPPED: the terminal half of this test needs /usr/bin/script (util-linux)");
      expect(process.env.CI).not.toBe("true");
      return;
    }
    const command = `${process.execPath} ${BIN} validate ${big} --format json > /dev/null`;
    const tty = await runCommand("/usr/bin/script", ["-qec", command, "/dev/null"]);
    expect(tty).toMatch(/Lecture \d+ % — [\d\s\u202f]+ produits/);
    expect(tty).toContain("\r\u001b[2K");
  });

  it("never touches a database", async () => {
    const db = join(temp.dir, "never.db");
    await runCli(["validate", good], { env: { EPROVENCE_DB: db } });
    expect(existsSync(db)).toBe(false);
  });

  const png = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");
  it.each<[string, string[], RegExp]>([
    ["an empty file", ["validate", "EMPTY"], /vide/],
    ["a missing file", ["validate", "nope.csv"], /introuvable/],
    ["a folder without a catalogue", ["validate", "DIR"], /Aucun catalogue/],
    ["a PNG renamed .csv", ["validate", "PNG"], /n'est ni un fichier CSV/],
    ["an unknown format", ["validate", "GOOD", "--format", "nonsense"], /--format/],
    ["a bad --max-errors", ["validate", "GOOD", "--max-errors", "many"], /--max-errors/],
    ["a bad --map", ["validate", "GOOD", "--map", "Colonne=nothing"], /--map/],
    ["an unknown encoding", ["validate", "GOOD", "--encoding", "klingon"], /klingon/],
    ["an unsupported delimiter", ["validate", "GOOD", "--delimiter", "|"], /Séparateur/],
    ["an unknown language", ["validate", "GOOD", "--lang", "de"], /--lang/],
    ["an unknown command", ["valdate", "GOOD"], /eprovence --help/],
    ["a missing file argument", ["validate"], /eprovence --help/],
  ])("exits 2 with one clear sentence and no stack trace on %s", async (_name, args, message) => {
    const empty = temp.write("empty.csv", "");
    const image = temp.write("image.csv", png);
    const folder = join(temp.dir, "no-catalogue");
    mkdirSync(folder, { recursive: true });
    const paths: Record<string, string> = { EMPTY: empty, DIR: folder, PNG: image, GOOD: good, "nope.csv": join(temp.dir, "nope.csv") };
    const run = await runCli(args.map((arg) => paths[arg] ?? arg));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });

  it("prints help and exits 0", async () => {
    const run = await runCli(["validate", "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("--max-errors");
  });
});
