import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { merchantProfileSchema } from "../src/domain/company/profile.js";
import { openDatabase } from "../src/store/database.js";
import { addMerchant } from "../src/store/merchants.js";
import { setChineseName } from "../src/store/products.js";
import { CATALOGUE_HEADER, makeTempDir, runCli, soapRow, toCsv } from "./helpers.js";

// `eprovence names list` on a real database: the owner's catalogue imported by the binary, then a draft
// and a reviewed name set as the later `names draft` / `names apply` set them.

const temp = makeTempDir("eprovence-names-");
afterAll(() => temp.remove());

const SIRET = "81234567800013";
let stores = 0;

async function storeWithCatalogue(): Promise<string> {
  const path = join(temp.dir, `names-${++stores}.db`);
  const db = openDatabase(path);
  let merchantId: number;
  try {
    merchantId = addMerchant(db, merchantProfileSchema.parse({ legalName: "Savonnerie du Midi", siret: SIRET }), new Date("2026-01-05T09:00:00Z")).id;
  } finally {
    db.close();
  }
  const file = temp.write(`catalogue-${stores}.csv`, toCsv([CATALOGUE_HEADER, soapRow("SAV-1"), soapRow("SAV-2", { name_zh: "", gtin: "" }), soapRow("SAV-3", { name_zh: "", gtin: "" })]));
  const imported = await runCli(["import", file, "--merchant", SIRET, "--db", path]);
  expect(imported.code).toBe(0);
  const again = openDatabase(path);
  try {
    setChineseName(again, merchantId, "SAV-3", { nameZh: "法国马赛皂", status: "draft" }, new Date("2026-02-01T10:00:00Z"));
  } finally {
    again.close();
  }
  return path;
}

describe("names list", () => {
  it("shows each product's Chinese name and where it comes from, in French words, with its date", async () => {
    const path = await storeWithCatalogue();
    const run = await runCli(["names", "list", "--merchant", SIRET, "--db", path]);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^Référence\s+Désignation\s+Nom chinois\s+Origine du nom\s+Modifié le$/);
    expect(lines[1]).toMatch(/^SAV-1\s+.+\s+马赛皂\s+fourni par l'entreprise\s+\d+ \p{L}+ 2026/u);
    expect(lines[2]).toMatch(/^SAV-2\s+.+\s+—\s+manquant$/);
    expect(lines[3]).toMatch(/^SAV-3\s+.+\s+法国马赛皂\s+brouillon à faire relire\s+1er février 2026/);
    expect(run.stdout).not.toMatch(/supplied|draft|missing/);
  });

  it("--status filters, --format json gives sku, nameFr, nameZh, status, updatedAt; English with --lang en", async () => {
    const path = await storeWithCatalogue();
    const json = await runCli(["names", "list", "--merchant", SIRET, "--status", "draft,missing", "--format", "json", "--db", path]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual([
      { sku: "SAV-2", nameFr: expect.any(String), nameZh: null, status: null, updatedAt: null },
      { sku: "SAV-3", nameFr: expect.any(String), nameZh: "法国马赛皂", status: "draft", updatedAt: "2026-02-01T10:00:00.000Z" },
    ]);
    const english = await runCli(["names", "list", "--merchant", SIRET, "--status", "draft", "--lang", "en", "--db", path]);
    expect(english.stdout).toMatch(/^SKU\s+Name\s+Chinese name\s+Name from\s+Changed\nSAV-3\s+.+draft, to be reviewed/);
  });

  it("a wrong status, no company, or an unknown company is exit 2 with one sentence", async () => {
    const path = await storeWithCatalogue();
    const wrong = await runCli(["names", "list", "--merchant", SIRET, "--status", "relu", "--db", path]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("--status");
    expect(wrong.stderr).toContain("supplied, draft, reviewed, missing");
    const none = await runCli(["names", "list", "--db", path]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("--merchant");
    const unknown = await runCli(["names", "list", "--merchant", "99", "--db", path]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).not.toMatch(/at \w+ \(/);
  });
});

describe("a draft Chinese name in the readiness and the export", () => {
  it("meets the Chinese name but is « à faire relire »: listed in the report, catalogue.json and the manifest", async () => {
    const path = await storeWithCatalogue();
    const out = join(temp.dir, `export-${stores}`);
    const run = await runCli(["export", "--merchant", SIRET, "--out", out, "--allow-partial", "--db", path]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("nom chinois en brouillon : à faire relire par une personne qui lit le chinois");
    const catalogue = JSON.parse(readFileSync(join(out, "catalogue.json"), "utf8")) as { products: { sku: string; toConfirm: string[] }[] };
    expect(catalogue.products.find((product) => product.sku === "SAV-3")?.toConfirm).toEqual(["name-draft"]);
    expect(catalogue.products.find((product) => product.sku === "SAV-1")?.toConfirm).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8")) as { toConfirm: unknown; gate: unknown };
    expect(manifest.toConfirm).toEqual([{ reason: "name-draft", count: 1, skus: ["SAV-3"] }]);
    expect(manifest.gate).toMatchObject({ requireReviewedNames: false });
  });

  it("--require-reviewed-names refuses the export while a name is a draft (exit 1, no file), and --check says so", async () => {
    const path = await storeWithCatalogue();
    const out = join(temp.dir, `refused-${stores}`);
    const refused = await runCli(["export", "--merchant", SIRET, "--out", out, "--allow-partial", "--require-reviewed-names", "--db", path]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain("Export refusé : 1 nom chinois est encore un brouillon à faire relire (SAV-3)");
    expect(existsSync(join(out, "manifest.json"))).toBe(false);
    const json = await runCli(["export", "--merchant", SIRET, "--out", out, "--allow-partial", "--require-reviewed-names", "--format", "json", "--db", path]);
    expect(JSON.parse(json.stdout)).toMatchObject({ verdict: "draft-names" });
    const check = await runCli(["export", "--merchant", SIRET, "--check", "--require-reviewed-names", "--db", path]);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain("1 nom chinois est encore un brouillon");
    const checkWithout = await runCli(["export", "--merchant", SIRET, "--check", "--db", path]);
    expect(checkWithout.code).toBe(0);
  });
});
