import { afterEach, beforeEach, describe, expect, it } from "vitest";
import BetterSqlite3 from "better-sqlite3";
import { makeTempDir } from "../../test/helpers.js";
import { testDeps } from "../../test/wizard-harness.js";
import { assessReadiness } from "../domain/catalogue/readiness.js";
import { DEFAULT_CATALOGUE_SETTINGS } from "../domain/settings.js";
import { readProducts, tallyCatalogue } from "../store/products.js";
import type { AppDeps } from "./deps.js";
import { importCatalogueFile, importCatalogues } from "./import-catalogues.js";
import { registerCompany } from "./merchants.js";
import { applyReviewedNames, draftNames, giveNames } from "./names.js";
import { listPortfolio, type PortfolioLine } from "./portfolio.js";
import { importPositiveList, withStoredPositiveList } from "./positive-list.js";
import { createReadinessStamp } from "./stored-readiness.js";

// Every writer of products keeps the stored readiness the portfolio sums: after each, the portfolio's
// figures are the ones the readiness report computes product by product from the same catalogue.
let temp: ReturnType<typeof makeTempDir>;
let deps: AppDeps;
let merchantId: number;
beforeEach(async () => {
  temp = makeTempDir("eprovence-stored-readiness-");
  deps = testDeps({ cwd: temp.dir });
  merchantId = (await registerCompany(deps, { legalName: "Savonnerie du Vallon", siret: "91320580300012", postcode: "13002", brands: ["Vallon"] }, undefined)).merchant.id;
});
afterEach(() => {
  deps.database.close();
  temp.remove();
});

const HEADER = "Référence;Désignation;Nom chinois;Marque;Catégorie;Code EAN;Code SH;Code postal;Poids net (g);Prix HT (€);DDM (mois);Images;Ingrédients;Ingrédients (chinois);Fabricant;Adresse du fabricant";
/** Two soaps (one without a Chinese name) and a honey whose best-before horizon is 18 months, with its food information. */
const CATALOGUE = [
  HEADER,
  "V-1;Savon 100 g;马赛皂;Vallon;savons;3760931200012;340111;13002;100;4,90;;https://img.vallon.example/V-1.jpg;;;;",
  "V-2;Savon lavande 100 g;;Vallon;savons;3760931200029;340111;13002;100;5,90;;https://img.vallon.example/V-2.jpg;;;;",
  "M-1;Miel de lavande 250 g;薰衣草蜂蜜;Vallon;miels;3760931200036;040900;13002;250;9,90;18;https://img.vallon.example/M-1.jpg;miel;蜂蜜;Miellerie du Vallon;2 rue des Ruches, 13002 Marseille",
].join("\n");

async function importText(text: string, mode: "upsert" | "replace" = "upsert", settings = deps.settings): Promise<void> {
  const path = temp.write(`catalogue-${Math.random().toString(36).slice(2)}.csv`, `${text}\n`);
  await importCatalogues(deps, { paths: [path], batchManifest: undefined, merchantRef: String(merchantId), mode, isDryRun: false, rejects: undefined, mapping: {}, maxErrors: 100, encoding: undefined, delimiter: undefined, settings });
}

const LONGER_SHELF_LIFE = { ...DEFAULT_CATALOGUE_SETTINGS, minShelfLifeMonths: { ...DEFAULT_CATALOGUE_SETTINGS.minShelfLifeMonths, value: 24 } };

async function line(): Promise<PortfolioLine> {
  const found = (await listPortfolio(deps, { verdict: undefined, below: undefined, search: undefined, sort: "name" })).find((each) => each.merchant.id === merchantId);
  if (found === undefined) throw new Error("the company is not in the portfolio");
  return found;
}

/** What the readiness report says of the same catalogue, assessed product by product now. */
async function reported(): Promise<{ products: number; ready: number; completeness: number }> {
  const db = await deps.database.open();
  const readiness = assessReadiness(readProducts(db, merchantId), { postcodes: deps.postcodes(), settings: withStoredPositiveList(db, deps.settings) });
  return { products: readiness.total, ready: readiness.readyCount, completeness: readiness.completeness };
}

const figures = (portfolioLine: PortfolioLine) => ({ products: portfolioLine.products, ready: portfolioLine.ready, completeness: portfolioLine.completeness });

describe("the portfolio follows every writer of products", () => {
  it("import: the products it stored, ready or not", async () => {
    await importText(CATALOGUE);
    expect(figures(await line())).toEqual({ products: 3, ready: 2, completeness: 92 });
    expect(figures(await line())).toEqual(await reported());
  });

  it("import --mode replace: a product the file no longer names is gone from the figures", async () => {
    await importText(CATALOGUE);
    await importText(CATALOGUE.split("\n").slice(0, 2).join("\n"), "replace");
    expect(figures(await line())).toEqual({ products: 1, ready: 1, completeness: 100 });
  });

  it("names draft, then names apply: a drafted name makes the product ready and counts as to review, until reviewed", async () => {
    await importText(CATALOGUE);
    await draftNames(deps, { merchantRef: String(merchantId), skus: [], isRedraft: false, isDryRun: false });
    expect(await line()).toMatchObject({ products: 3, ready: 3, completeness: 100, draftNames: 1 });
    expect(figures(await line())).toEqual(await reported());
    const sheet = temp.write("noms.csv", "Référence;Nom chinois validé\nV-2;薰衣草马赛皂\n");
    expect((await applyReviewedNames(deps, { merchantRef: String(merchantId), path: sheet, isPartial: false, isDryRun: false })).isApplied).toBe(true);
    expect(await line()).toMatchObject({ ready: 3, completeness: 100, draftNames: 0 });
  });

  it("names apply of Chinese ingredients: the honey's list a translator gives counts at once, and its draft status is gone", async () => {
    // The honey without Chinese ingredients: recommended for food, so it is short of its full weight.
    await importText(CATALOGUE.replace(";miel;蜂蜜;", ";miel;;"));
    const before = await line();
    expect(figures(before)).toEqual(await reported());
    const sheet = temp.write("ingredients.csv", "Référence;Ingrédients chinois validés\nM-1;蜂蜜\n");
    expect(await applyReviewedNames(deps, { merchantRef: String(merchantId), path: sheet, isPartial: false, isDryRun: false })).toMatchObject({ isApplied: true, accepted: [], acceptedIngredients: [{ sku: "M-1", ingredientsZh: "蜂蜜" }] });
    const after = await line();
    expect(after.completeness).toBeGreaterThan(before.completeness);
    expect(figures(after)).toEqual(await reported());
    const honey = [...readProducts(await deps.database.open(), merchantId)].find((product) => product.sku === "M-1");
    expect(honey).toMatchObject({ ingredientsZh: "蜂蜜", ingredientsZhStatus: "reviewed" });
  });

  it("the wizard's typed names (giveNames)", async () => {
    await importText(CATALOGUE);
    await giveNames(deps, String(merchantId), [{ sku: "V-2", nameZh: "薰衣草马赛皂" }]);
    expect(await line()).toMatchObject({ ready: 3, completeness: 100, draftNames: 0 });
  });

  it("the wizard's catalogue (importCatalogueFile)", async () => {
    await importCatalogueFile(deps, { path: temp.write("wizard.csv", `${CATALOGUE}\n`), merchantRef: String(merchantId) });
    expect(figures(await line())).toEqual({ products: 3, ready: 2, completeness: 92 });
  });

  it("a positive list loaded changes the basis: the next portfolio assesses the catalogue again, on the list", async () => {
    await importText(CATALOGUE);
    const db = await deps.database.open();
    const basisBefore = db.prepare("SELECT DISTINCT readiness_basis FROM products").pluck().all();
    await importPositiveList(deps, { path: temp.write("liste.csv", "Code\n3401.11.00\n"), edition: "2022-03-01", source: "test" });
    expect(figures(await line())).toEqual(await reported());
    const basisAfter = db.prepare("SELECT DISTINCT readiness_basis FROM products").pluck().all();
    expect(basisAfter).toHaveLength(1);
    expect(basisAfter).not.toEqual(basisBefore);
  });

  it("other settings (a longer best-before threshold): the honey becomes perishable, with no write to the catalogue", async () => {
    await importText(CATALOGUE);
    expect((await line()).ready).toBe(2);
    deps = { ...deps, settings: LONGER_SHELF_LIFE };
    // The soaps 9 and 7 of 9, the honey 11 of its 12 (food): (1 + 7/9 + 11/12) / 3.
    expect(figures(await line())).toEqual({ products: 3, ready: 1, completeness: 89 });
    expect(figures(await line())).toEqual(await reported());
  });

  it("an import's own overrides (--min-shelf-life 24) judge its rows, and the stored readiness is on the day's settings", async () => {
    // The honey (18 months) is refused by the import's threshold; what it stores needs no second assessment.
    await importText(CATALOGUE, "upsert", LONGER_SHELF_LIFE);
    const db = await deps.database.open();
    expect(tallyCatalogue(db, merchantId, createReadinessStamp(db, deps).basis).isStale).toBe(false);
    expect(figures(await line())).toEqual({ products: 2, ready: 1, completeness: 88 });
  });

  it("a database from before version 9 (no readiness on record): the first portfolio assesses every product", async () => {
    await importText(CATALOGUE);
    deps.database.close();
    const raw = new BetterSqlite3(deps.database.path);
    raw.prepare("UPDATE products SET readiness_basis = NULL, readiness_is_ready = 0, readiness_met_weight = 0").run();
    raw.close();
    expect(figures(await line())).toEqual({ products: 3, ready: 2, completeness: 92 });
  });
});
