import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CATALOGUE_HEADER, CONTRACT_PROFILE, makeTempDir, runCli, soapRow, toCsv, type CliRun } from "./helpers.js";

// End to end: every output that names a source, from the real binary, in both languages. A reader must
// be able to follow each source; a file of ours that is not in the repository cannot be followed.

const temp = makeTempDir("eprovence-sources-");
afterAll(() => temp.remove());

const db = join(temp.dir, "eprovence.db");
const SIRET = CONTRACT_PROFILE.siret;
const UNREACHABLE_FILES = /DOMAIN\.md|PRODUCT\.md|STYLE\.md|PERFORMANCE\.md/;

const run = (args: readonly string[]): Promise<CliRun> => runCli(["--db", db, ...args], { cwd: temp.dir });

const catalogue = temp.write(
  "catalogue.csv",
  toCsv([
    // Food needs its ingredients and maker to be exported.
    [...CATALOGUE_HEADER, "ingredients", "manufacturer", "manufacturer_address"],
    [...soapRow("SAV-100"), "", "", ""],
    [
      ...soapRow("CAL-250", { name_fr: "Calissons d'Aix 250 g", name_zh: "卡利松杏仁糖", category: "confiserie", hs_code: "170490", origin_postcode: "13100", shelf_life_months: "12", net_weight_g: "250", price_eur: "12,50" }),
      "sucre, amandes, melon confit, pain azyme",
      "Confiserie d'Aix",
      "13100 Aix-en-Provence",
    ],
  ]),
);

beforeAll(async () => {
  const profile = temp.write("profile.json", JSON.stringify(CONTRACT_PROFILE));
  for (const args of [
    ["merchant", "add", "--from", profile],
    ["import", catalogue, "--merchant", SIRET],
    ["costs", "--merchant", SIRET, "--preset", "tmall-global-fees,canton-fair-9m2", "--fair-people", "2"],
    ["export", "--merchant", SIRET, "--out", "export"],
  ]) {
    const result = await run(args);
    expect(result.code, `${args.join(" ")}\n${result.stderr}`).toBe(0);
  }
});

describe.each(["fr", "en"] as const)("every output citing sources, in %s", (language) => {
  const lang = ["--lang", language];

  it.each([
    ["validate (pretty)", ["validate", catalogue]],
    ["validate (json)", ["validate", catalogue, "--format", "json"]],
    ["costs --explain", ["costs", "--explain", "--preset", "tmall-global-fees,vinexpo-9m2"]],
    ["costs (json)", ["costs", "--format", "json", "--preset", "tmall-global-fees,prowein-9m2"]],
    ["eligibility (pretty)", ["eligibility", "--merchant", SIRET]],
    ["eligibility (json)", ["eligibility", "--merchant", SIRET, "--format", "json"]],
  ])("%s cites no file of ours", async (_what, args) => {
    const result = await run([...lang, ...args]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).not.toBe("");
    expect(result.stdout).not.toMatch(UNREACHABLE_FILES);
    expect(result.stderr).not.toMatch(UNREACHABLE_FILES);
  });

  it("the dossier cites no file of ours", async () => {
    const out = `dossier-${language}.html`;
    const result = await run([...lang, "dossier", "--merchant", SIRET, "--out", out]);
    expect(result.code, result.stderr).toBe(0);
    const document = readFileSync(join(temp.dir, out), "utf8");
    expect(document).toContain(language === "fr" ? "Taux de référence de l&#39;euro, BCE" : "ECB euro reference rates");
    expect(document).not.toMatch(UNREACHABLE_FILES);
  });
});

it("the export manifest cites no file of ours, and names its sources in English with their id", () => {
  const manifest = readFileSync(join(temp.dir, "export", "manifest.json"), "utf8");
  expect(manifest).not.toMatch(UNREACHABLE_FILES);
  expect(JSON.parse(manifest)).toMatchObject({ exchangeRate: { source: "ECB euro reference rates", sourceId: "ecb-euro-reference-rates" } });
});
