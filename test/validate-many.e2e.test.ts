import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CATALOGUE_HEADER, makeTempDir, runCli, soapRow, toCsv } from "./helpers.js";

// Several catalogues in one run, as a CI job checks a folder: one valid, one with errors, one unreadable.
const temp = makeTempDir();
afterAll(() => temp.remove());

mkdirSync(join(temp.dir, "catalogues"));
temp.write("catalogues/a-valid.csv", toCsv([CATALOGUE_HEADER, soapRow("SAV-1"), soapRow("SAV-2")]));
// Line 3: bad GTIN.
temp.write("catalogues/b-invalid.csv", toCsv([CATALOGUE_HEADER, soapRow("SAV-1"), soapRow("SAV-2", { gtin: "3760000000018" })]));
temp.write("catalogues/c-broken.csv", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
temp.write("catalogues/notes.txt", "not a catalogue");
temp.write("warn.csv", toCsv([CATALOGUE_HEADER, soapRow("SAV-9", { name_zh: "" })]));
const cwd = temp.dir;
const valid = join("catalogues", "a-valid.csv");
const invalid = join("catalogues", "b-invalid.csv");
const broken = join("catalogues", "c-broken.csv");

interface FileReport {
  schemaVersion: number;
  file: string;
  valid: boolean;
  summary?: { rows: number; validRows: number; errors: number; warnings: number };
  issues?: { code: string; line: number }[];
  error?: { code: string; message: string; hint: string };
}
interface BatchReport {
  schemaVersion: number;
  files: FileReport[];
  summary: { files: number; valid: number; invalid: number; failed: number; rows: number; errors: number; warnings: number };
}

describe("eprovence validate with several files", () => {
  it("exits 0 when every file is valid, and 1 when one has errors", async () => {
    expect((await runCli(["validate", valid, "warn.csv"], { cwd })).code).toBe(0);
    expect((await runCli(["validate", valid, invalid], { cwd })).code).toBe(1);
  });

  it("counts warnings as failing with --strict", async () => {
    expect((await runCli(["validate", valid, "warn.csv", "--strict"], { cwd })).code).toBe(1);
  });

  it("checks every catalogue of a folder (not its other files) and exits 2 when one cannot be read, reporting the others", async () => {
    const run = await runCli(["validate", "catalogues", "--format", "json"], { cwd });
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout) as BatchReport;
    expect(report.schemaVersion).toBe(1);
    expect(report.files.map((file) => [file.file, file.valid])).toEqual([
      [valid, true],
      [invalid, false],
      [broken, false],
    ]);
    expect(report.files[1]?.issues?.map((issue) => [issue.line, issue.code])).toContainEqual([3, "invalid-gtin"]);
    expect(report.files[2]).toMatchObject({ schemaVersion: 1, file: broken, valid: false, error: { code: "file-binary" } });
    expect(report.summary).toEqual({ files: 3, valid: 1, invalid: 1, failed: 1, rows: 4, errors: 1, warnings: expect.any(Number) });
  });

  it("expands a pattern and keeps going past a name that matches nothing", async () => {
    const run = await runCli(["validate", "catalogues/a-*.csv", "missing.csv", "--format", "json"], { cwd });
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout) as BatchReport;
    expect(report.files.map((file) => file.file)).toEqual([valid, "missing.csv"]);
    expect(report.files[1]?.error?.code).toBe("file-not-found");
  });

  it("keeps the one-file JSON shape when one file is named", async () => {
    const run = await runCli(["validate", invalid, "--format", "json"], { cwd });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as FileReport & { files?: unknown };
    expect(report.files).toBeUndefined();
    expect(report).toMatchObject({ schemaVersion: 1, file: invalid, valid: false });
  });

  it("prints each file's report, then the totals, in French and in English", async () => {
    const fr = await runCli(["validate", valid, invalid, broken], { cwd });
    expect(fr.code).toBe(2);
    expect(fr.stdout).toContain(`Contrôle du catalogue ${valid}`);
    expect(fr.stdout).toContain(`Contrôle du catalogue ${invalid}`);
    expect(fr.stdout).toContain(`Contrôle du catalogue ${broken}`);
    expect(fr.stdout).toContain("Fichier illisible");
    expect(fr.stdout.trim().split("\n").at(-1)).toMatch(/^Au total, 3 fichiers : 1 valide, 1 invalide, 1 illisible ; 4 produits ; 1 erreur, \d+ avertissements?\.$/);
    const en = await runCli(["validate", valid, invalid, broken, "--lang", "en"], { cwd });
    expect(en.stdout.trim().split("\n").at(-1)).toMatch(/^In all, 3 files: 1 valid, 1 invalid, 1 unreadable; 4 products; 1 error, \d+ warnings?\.$/);
  });

  it("writes one JUnit test suite per file", async () => {
    const run = await runCli(["validate", valid, invalid, broken, "--format", "junit"], { cwd });
    expect(run.code).toBe(2);
    const suites = [...run.stdout.matchAll(/<testsuite name="([^"]+)" tests="\d+" failures="(\d+)"/g)].map((match) => [match[1], match[2]]);
    expect(suites).toEqual([
      [valid, "0"],
      [invalid, "1"],
      [broken, "1"],
    ]);
  });

  it("names each file in the GitHub annotations", async () => {
    const run = await runCli(["validate", valid, invalid, broken, "--format", "github"], { cwd });
    expect(run.code).toBe(2);
    const lines = run.stdout.trim().split("\n");
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^::notice file=${valid.replace(/[/.]/g, "\\$&")}::2 produits, 2 valides ; 0 erreur`)));
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^::error file=${invalid.replace(/[/.]/g, "\\$&")},line=3,title=invalid-gtin::`)));
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^::error file=${broken.replace(/[/.]/g, "\\$&")},title=file-binary::`)));
  });

  it("writes one SARIF run with every file as an artifact", async () => {
    const run = await runCli(["validate", valid, invalid, broken, "--format", "sarif"], { cwd });
    expect(run.code).toBe(2);
    const sarif = JSON.parse(run.stdout) as {
      runs: { artifacts: { location: { uri: string } }[]; results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string; index: number } } }[] }[] }[];
    };
    expect(sarif.runs).toHaveLength(1);
    const [only] = sarif.runs;
    expect(only?.artifacts.map((artifact) => artifact.location.uri)).toEqual([valid, invalid, broken]);
    const gtin = only?.results.find((result) => result.ruleId === "invalid-gtin");
    expect(gtin?.locations[0]?.physicalLocation.artifactLocation).toEqual({ uri: invalid, index: 1 });
    expect(only?.results.find((result) => result.ruleId === "file-binary")?.locations[0]?.physicalLocation.artifactLocation).toEqual({ uri: broken, index: 2 });
  });

  it("reads standard input once, beside the files", async () => {
    const run = await runCli(["validate", valid, "-", "--format", "json"], { cwd, input: toCsv([CATALOGUE_HEADER, soapRow("STDIN-1")]) });
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as BatchReport;
    expect(report.files.map((file) => [file.file, file.summary?.rows])).toEqual([
      [valid, 2],
      ["-", 1],
    ]);
  });
});
