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
