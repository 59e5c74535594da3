import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONTRACT_PROFILE, makeTempDir, runCli } from "./helpers.js";

// What every command shares, tried on the real binary: one meaning per flag, and JSON consumers
// that always get JSON — even when the command could not do its job.
const temp = makeTempDir("eprovence-shared-flags-");
const db = join(temp.dir, "eprovence.db");
const env = { EPROVENCE_DB: db };

beforeAll(async () => {
  const profile = temp.write("profile.json", JSON.stringify(CONTRACT_PROFILE));
  expect((await runCli(["merchant", "add", "--from", profile], { env })).code).toBe(0);
});
afterAll(() => temp.remove());

function parseJson(text: string): Record<string, unknown> {
  const parsed: unknown = JSON.parse(text);
  expect(typeof parsed).toBe("object");
  return parsed as Record<string, unknown>;
}

describe("--format json when the job cannot be done", () => {
  it("validate of a missing file prints one JSON object: the file, valid false, the error with its message and hint", async () => {
    const run = await runCli(["validate", "absent.csv", "--format", "json"], { cwd: temp.dir });
    expect(run.code).toBe(2);
    const report = parseJson(run.stdout);
    expect(report).toMatchObject({ schemaVersion: 1, file: "absent.csv", valid: false, error: { code: "file-not-found" } });
    const error = report.error as { message: string; hint: string };
    expect(error.message).toContain("absent.csv");
    expect(error.hint.length).toBeGreaterThan(0);
    // The person at the terminal still reads it on stderr.
    expect(run.stderr).toContain(error.message);
  });

  it("validate of a picture renamed .csv: file-binary, in JSON", async () => {
    const png = temp.write("photo.csv", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const run = await runCli(["validate", png, "--format", "json"]);
    expect(run.code).toBe(2);
    expect(parseJson(run.stdout)).toMatchObject({ file: png, valid: false, error: { code: "file-binary" } });
  });

  it.each([
    ["merchant show", ["merchant", "show", "999", "--format", "json"], "merchant-not-found"],
    ["eligibility", ["eligibility", "--merchant", "999", "--format", "json"], "merchant-not-found"],
    ["export", ["export", "--merchant", "1", "--format", "json"], "output-required"],
    ["costs", ["costs", "--years", "0", "--format", "json"], "invalid-option"],
    ["imports show", ["imports", "show", "42", "--format", "json"], "import-not-found"],
  ])("%s prints its failure as JSON too", async (_, args, code) => {
    const run = await runCli(args, { env });
    expect(run.code).toBe(2);
    expect(parseJson(run.stdout)).toMatchObject({ schemaVersion: 1, error: { code } });
  });

  it("pretty output keeps stdout empty on failure", async () => {
    const run = await runCli(["validate", "absent.csv"], { cwd: temp.dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
  });
});

describe("one --merchant, one meaning", () => {
  it.each([
    ["import", ["import", "x.csv"], "Aucune entreprise indiquée pour les fichiers à importer : --merchant manque."],
    ["export", ["export", "--out", "out"], "Aucune entreprise indiquée pour l'export : --merchant manque."],
    ["dossier", ["dossier", "--out", "d.html"], "Aucune entreprise indiquée pour le dossier : --merchant manque."],
  ])("%s without --merchant: exit 2, the same sentence and the same fix", async (_, args, sentence) => {
    const run = await runCli(args, { env });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(sentence);
    expect(run.stderr).toContain("--merchant <numéro|SIRET|SIREN>");
  });
});

describe("one --eur-cny, one rule", () => {
  it.each([
    ["validate", (catalogue: string) => ["validate", catalogue]],
    ["costs", () => ["costs"]],
  ])("%s refuses a rate outside 1–100 CNY per euro, and takes 8,10", async (_, args) => {
    const catalogue = temp.write("small.csv", "sku;name_fr\nA;Savon\n");
    const refused = await runCli([...args(catalogue), "--eur-cny", "0,5"]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("--eur-cny");
    expect(refused.stderr).toContain("1–100");
    const taken = await runCli([...args(catalogue), "--eur-cny", "8,10", "--format", "json"]);
    expect(taken.code).not.toBe(2);
  });
});

describe("the command line's own words, in the user's language", () => {
  it("a mistyped option is named, with the one it resembles, in French: exit 2", async () => {
    const run = await runCli(["validate", "--fromat", "json", "x.csv"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("Erreur : Commande incorrecte : option inconnue --fromat. Vouliez-vous dire --format ?\nVoir eprovence --help.\n");
  });

  it("a missing argument and a missing value are named as --help names them, in English with --lang en", async () => {
    const missing = await runCli(["--lang", "en", "validate"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("<paths> is missing.");
    const value = await runCli(["import", "--merchant"]);
    expect(value.stderr).toContain("il manque la valeur de l'option --merchant <entreprise>.");
    const extra = await runCli(["imports", "show", "1", "2"]);
    expect(extra.stderr).toContain("trop d'arguments : 2 donnés, 1 attendu.");
  });

  it("--help has French headings, value names and defaults", async () => {
    const help = await runCli(["validate", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Utilisation : eprovence validate \[options\] <chemins\.\.\.>\n/);
    expect(help.stdout).toContain("Arguments :\n  chemins ");
    expect(help.stdout).toContain("Options :\n");
    expect(help.stdout).toContain("--delimiter <caractère>");
    expect(help.stdout).toContain("(défaut : pretty)");
    expect(help.stdout).not.toMatch(/Usage:|Options:|\(default: /);
    const english = await runCli(["--lang", "en", "--help"]);
    expect(english.stdout).toMatch(/^Usage: eprovence \[options\] \[command\]\n/);
    expect(english.stdout).toContain("Commands:\n");
  });
});
