import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CATALOGUE_HEADER, makeTempDir, runCli, soapRow, toCsv } from "./helpers.js";

// The project's settings file, as a repository's CI finds it: from the working folder up to the root of the repository.
const temp = makeTempDir();
afterAll(() => temp.remove());

const repo = join(temp.dir, "repo");
mkdirSync(join(repo, ".git"), { recursive: true });
mkdirSync(join(repo, "catalogues", "2026"), { recursive: true });
// A settings file above the repository must never be read.
temp.write("eprovence.config.yaml", "strict: yes-please\n");
// A warning only (no Chinese name), and a header only a mapping explains.
const catalogue = toCsv([CATALOGUE_HEADER.map((header) => (header === "sku" ? "Notre code" : header)), soapRow("SAV-1", { name_zh: "" })]);
temp.write("repo/catalogues/2026/savons.csv", catalogue);
const inRepo = (path: string) => join(repo, path);

interface Report {
  valid: boolean;
  truncated: boolean;
  assumptions: { name: string; value: number; source: string; date: string }[];
  issues: { code: string }[];
}

async function validateWith(config: string | undefined, args: readonly string[] = [], name = "eprovence.config.yaml") {
  const folder = join(temp.dir, `case-${Math.random().toString(36).slice(2)}`);
  mkdirSync(join(folder, ".git"), { recursive: true });
  mkdirSync(join(folder, "sub"));
  temp.write(join(folder, "savons.csv").slice(temp.dir.length + 1), catalogue);
  if (config !== undefined) temp.write(join(folder, name).slice(temp.dir.length + 1), config);
  return runCli(["validate", "../savons.csv", ...args], { cwd: join(folder, "sub") });
}

describe("the settings file", () => {
  it("is found from the working folder up to the repository's root, and its settings are used and cited", async () => {
    temp.write(
      "repo/eprovence.config.yaml",
      ["mappings:", '  "Notre code": sku', "minShelfLifeMonths: 18", "eurToCny:", "  value: 7.8", "  date: 2026-11-02", "  source: BCE", "strict: true", ""].join("\n"),
    );
    const run = await runCli(["validate", "savons.csv", "--format", "json"], { cwd: inRepo("catalogues/2026") });
    expect(run.stderr).toBe("");
    // strict: the missing Chinese name fails the check.
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.issues.map((issue) => issue.code)).not.toContain("missing-column");
    const [shelfLife, rate] = report.assumptions;
    expect(shelfLife).toMatchObject({ name: "minShelfLifeMonths", value: 18, source: "votre fichier de réglages ../../eprovence.config.yaml (clé minShelfLifeMonths)" });
    expect(rate).toMatchObject({ name: "eurCny", value: 7.8, date: "2026-11-02", source: "votre fichier de réglages ../../eprovence.config.yaml (clé eurToCny) : BCE" });
    const pretty = await runCli(["validate", "savons.csv"], { cwd: inRepo("catalogues/2026") });
    expect(pretty.stdout).toContain("18 mois (votre fichier de réglages ../../eprovence.config.yaml (clé minShelfLifeMonths)");
  });

  it("names the consultant's positive list, its file beside the settings file: the soap's code is judged against it", async () => {
    const folder = join(temp.dir, "with-list");
    mkdirSync(join(folder, ".git"), { recursive: true });
    mkdirSync(join(folder, "catalogues"), { recursive: true });
    mkdirSync(join(folder, "listes"), { recursive: true });
    temp.write("with-list/catalogues/savons.csv", catalogue);
    temp.write("with-list/listes/positive.csv", "code\n3401.11.00\n3304.99.00\n");
    temp.write("with-list/eprovence.config.yaml", ["mappings:", '  "Notre code": sku', "positiveList:", "  file: listes/positive.csv", "  edition: 2022-03-01", "  source: GACC", ""].join("\n"));
    const run = await runCli(["validate", "savons.csv", "--format", "json"], { cwd: join(folder, "catalogues") });
    expect(run.stderr).toBe("");
    const report = JSON.parse(run.stdout) as Report & { positiveList?: unknown };
    expect(report.positiveList).toMatchObject({ edition: "2022-03-01", source: "GACC" });
    expect(report.issues.map((issue) => issue.code)).not.toContain("hs-positive-list-not-checked");
    expect(report.issues.map((issue) => issue.code)).not.toContain("hs-not-on-positive-list");
    // The flag wins over the file: a list without soaps says the soap is not on it.
    temp.write("with-list/autre.csv", "code\n3304.99.00\n");
    const flagged = JSON.parse((await runCli(["validate", "savons.csv", "--format", "json", "--positive-list", "../autre.csv", "--positive-list-edition", "2022-03-01"], { cwd: join(folder, "catalogues") })).stdout) as Report;
    expect(flagged.issues.map((issue) => issue.code)).toContain("hs-not-on-positive-list");
  });

  it("loses to the flags", async () => {
    const run = await validateWith("minShelfLifeMonths: 18\nmaxErrors: 0\nmappings:\n  Notre code: name_fr\n", ["--min-shelf-life", "6", "--max-errors", "5", "--map", "Notre code=sku", "--format", "json"]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.assumptions[0]).toMatchObject({ value: 6, source: "votre option --min-shelf-life" });
    expect(report.issues.map((issue) => issue.code)).not.toContain("missing-column");
  });

  it("is read as JSON too, and taken from --config; --no-config reads none", async () => {
    const json = await validateWith('{\n  "mappings": { "Notre code": "sku" },\n  "strict": true\n}\n', [], "eprovence.config.json");
    expect(json.code).toBe(1);
    const given = await validateWith(undefined, ["--config", "../../repo/eprovence.config.yaml"]);
    expect(given.code).toBe(1);
    const none = await validateWith("strict: true\nmappings:\n  Notre code: sku\n", ["--no-config", "--map", "Notre code=sku"]);
    expect(none.code).toBe(0);
  });

  it("stops at the repository's root", async () => {
    const run = await validateWith(undefined, ["--map", "Notre code=sku"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
  });

  it.each<[string, string, RegExp]>([
    ["an unknown key, with the key it resembles", "strict: true\nmaxErors: 10\n", /Clé inconnue « maxErors » dans le fichier de réglages \.\.\/eprovence\.config\.yaml, ligne 2\.\nVouliez-vous écrire « maxErrors » \?/],
    ["a bad value", "mappings:\n  Notre code: sku\nminShelfLifeMonths: douze\n", /Valeur invalide pour « minShelfLifeMonths » dans le fichier de réglages \.\.\/eprovence\.config\.yaml, ligne 3 : « douze »/],
    ["a bad mapping", "mappings:\n  Notre code: nothing\n", /Valeur invalide pour « mappings\.Notre code » .*ligne 2 : « nothing »/],
    ["a rate's bad date", "eurToCny:\n  value: 7.8\n  date: hier\n", /« eurToCny\.date » .*ligne 3 : « hier »/],
    ["a file that is not YAML", "strict: [true\n", /n'est ni du YAML ni du JSON lisible \(ligne \d\)/],
    ["a key written twice", "strict: true\nstrict: false\n", /n'est ni du YAML ni du JSON lisible \(ligne 2\)/],
  ])("exits 2 on %s, naming the line", async (_name, config, message) => {
    const run = await validateWith(config);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(message);
  });

  it("says it in English too, and prints the failure as JSON", async () => {
    const run = await validateWith("maxErors: 10\n", ["--lang", "en", "--format", "json"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Unknown key "maxErors" in the settings file ../eprovence.config.yaml, line 1.\nDid you mean "maxErrors"?');
    expect(JSON.parse(run.stdout)).toMatchObject({ file: "../savons.csv", valid: false, error: { code: "unknown-config-key" } });
  });

  it("exits 2 when --config names no file", async () => {
    const run = await validateWith(undefined, ["--config", "nowhere.yaml"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/introuvable/);
  });
});
