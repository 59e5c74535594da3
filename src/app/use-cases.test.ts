import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { makeTempDir } from "../../test/helpers.js";
import { soapCatalogue, testDeps } from "../../test/wizard-harness.js";
import type { AppDeps } from "./deps.js";
import { exportCatalogue } from "./export.js";
import { importCatalogueFile, importCatalogues } from "./import-catalogues.js";
import { listImports } from "./imports-history.js";
import { countProducts, findMerchant, listMerchants, registerCompany } from "./merchants.js";

// The use cases as the commands and the wizard call them, on a real SQLite file in a temporary folder.
let temp: ReturnType<typeof makeTempDir>;
let deps: AppDeps;
beforeEach(() => {
  temp = makeTempDir("eprovence-app-");
  deps = testDeps({ cwd: temp.dir });
});
afterEach(() => {
  deps.database.close();
  temp.remove();
});

const PROFILE = { legalName: "Savonnerie du Vallon", siret: "91320580300012", postcode: "13002", brands: ["Vallon"] } as const;

describe("read-only requests on a fresh machine", () => {
  it("list no company, no import, and create no database file", async () => {
    expect(await listMerchants(deps)).toEqual([]);
    expect(await listImports(deps, undefined)).toEqual([]);
    await expect(findMerchant(deps, "1")).rejects.toMatchObject({ code: "merchant-not-found" });
    expect(existsSync(deps.database.path)).toBe(false);
  });

  it("an import with no database asks for the company first, and creates nothing", async () => {
    const file = temp.write("catalogue.csv", soapCatalogue());
    await expect(importCatalogues(deps, { paths: [file], batchManifest: undefined, merchantRef: "1", mode: "upsert", isDryRun: true, rejects: undefined, mapping: {}, maxErrors: 10, encoding: undefined, delimiter: undefined, settings: deps.settings })).rejects.toMatchObject({ code: "database-missing" });
    expect(existsSync(deps.database.path)).toBe(false);
  });
});

describe("registerCompany (the wizard's company)", () => {
  it("adds the company once, then updates it by its SIREN: starting over never meets 'already registered'", async () => {
    const first = await registerCompany(deps, { ...PROFILE, brands: [...PROFILE.brands] }, undefined);
    const again = await registerCompany(deps, { ...PROFILE, brands: [...PROFILE.brands], legalName: "Savonnerie du Vallon SARL" }, undefined);
    expect(first.isNew).toBe(true);
    expect(again).toMatchObject({ isNew: false, merchant: { id: first.merchant.id, legalName: "Savonnerie du Vallon SARL" } });
    expect(await listMerchants(deps)).toHaveLength(1);
  });
});

describe("exportCatalogue", () => {
  async function companyWithCatalogue(withError: boolean): Promise<number> {
    const { merchant } = await registerCompany(deps, { ...PROFILE, brands: [...PROFILE.brands] }, undefined);
    const file = temp.write("catalogue.csv", soapCatalogue());
    expect((await importCatalogueFile(deps, { path: file, merchantRef: String(merchant.id) })).status).toBe("imported");
    if (withError) {
      // A product stored without a Chinese name: not ready.
      const other = temp.write("more.csv", "sku;name_fr;brand;category;hs_code;origin_postcode;net_weight_g;price_eur;image_urls\nV-9;Savon 9;Vallon;savons;340111;13002;100;4,90;https://img.vallon.example/V-9.jpg\n");
      expect((await importCatalogueFile(deps, { path: other, merchantRef: String(merchant.id) })).created).toBe(1);
    }
    return merchant.id;
  }

  it("asks whether to export the ready products only when some are ready and some are not", async () => {
    const id = await companyWithCatalogue(true);
    const asked: number[] = [];
    const out = join(temp.dir, "export");
    const report = await exportCatalogue(deps, {
      merchantRef: String(id),
      channel: "tmall-global",
      out,
      isCheck: false,
      minCompleteness: undefined,
      requireReviewedNames: false,
      replace: false,
      allowPartial: async (readiness) => (asked.push(readiness.readyCount), true),
    });
    expect(asked).toEqual([2]);
    expect(report.verdict).toBe("partial");
    expect(report.written?.exported).toBe(2);
    expect(await countProducts(deps, id)).toBe(3);
  });

  it("never asks when every product is ready, and refuses to replace an earlier export unless asked", async () => {
    const id = await companyWithCatalogue(false);
    const out = join(temp.dir, "export");
    const request = { merchantRef: String(id), channel: "tmall-global", out, isCheck: false, minCompleteness: undefined, requireReviewedNames: false, replace: false, allowPartial: () => Promise.reject(new Error("asked")) } as const;
    expect((await exportCatalogue(deps, request)).verdict).toBe("ready");
    await expect(exportCatalogue(deps, request)).rejects.toMatchObject({ code: "output-exists", params: { path: out } });
    expect((await exportCatalogue(deps, { ...request, replace: true })).written?.exported).toBe(2);
  });
});
