import { join } from "node:path";
import type { Database } from "better-sqlite3";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { makeTempDir } from "../../test/helpers.js";
import { findCategory } from "../domain/catalogue/categories.js";
import { emptyProductValues } from "../domain/catalogue/product-values.js";
import type { ProductValues } from "../domain/catalogue/row-validator.js";
import { merchantProfileSchema } from "../domain/company/profile.js";
import { openDatabase } from "./database.js";
import { beginImport } from "./imports.js";
import { addMerchant } from "./merchants.js";
import { catalogueCompleteness, summariseProductReadiness } from "../domain/catalogue/readiness.js";
import { createPostcodeDirectory, encodeCommunes } from "../domain/geo/postcodes.js";
import { DEFAULT_CATALOGUE_SETTINGS } from "../domain/settings.js";
import {
  countProducts,
  createProductWriter,
  listChineseNames,
  readProducts,
  restampReadiness,
  setChineseIngredients,
  setChineseName,
  tallyCatalogue,
  tallyCatalogues,
  type ImportMode,
  type PictureRecord,
  type ReadinessStamp,
  type WriteOutcome,
} from "./products.js";

// A real SQLite file per test, opened as the CLI opens it; the writer runs inside a transaction as
// the import pipeline runs it.
const temp = makeTempDir("eprovence-products-");
afterAll(() => temp.remove());

const T0 = new Date("2026-03-01T09:00:00.000Z");
const T1 = new Date("2026-03-02T10:30:00.000Z");

let db: Database;
let merchantA: number;
let merchantB: number;
let run = 0;
beforeEach(() => {
  db = openDatabase(join(temp.dir, `products-${++run}.db`));
  merchantA = addMerchant(db, merchantProfileSchema.parse({ legalName: "Savonnerie du Midi", siret: "81234567800013" }), T0).id;
  merchantB = addMerchant(db, merchantProfileSchema.parse({ legalName: "Huilerie des Alpilles", siren: "732829320" }), T0).id;
});
afterEach(() => db.close());

/** The domain's assessment on a one-commune directory, under a basis named in the test. */
const readinessContext = {
  postcodes: createPostcodeDirectory({ source: "test", postcodes: { "13001": encodeCommunes([{ name: "Marseille", department: "13", region: "93" }]) } }),
  settings: DEFAULT_CATALOGUE_SETTINGS,
};
function stampOn(basis: string): ReadinessStamp & { assessed: string[] } {
  const assessed: string[] = [];
  return {
    basis,
    assessed,
    summarise(product) {
      assessed.push(product.sku);
      return summariseProductReadiness(product, readinessContext);
    },
  };
}
const STAMP = stampOn("basis-1");

function soap(sku: string, change: Partial<ProductValues> = {}): ProductValues {
  return {
    ...emptyProductValues(),
    sku,
    nameFr: `Savon de Marseille ${sku}`,
    nameZh: "马赛皂",
    nameEn: "Marseille soap",
    brand: "Savonnerie du Midi",
    category: findCategory("soap & cosmetics"),
    gtin: "3760000000017",
    hsCode: "340111",
    originPostcode: "13001",
    shelfLifeMonths: 36,
    storage: "ambient",
    netWeightMg: 100_000,
    priceCents: 490,
    stock: 12,
    labels: ["AB"],
    imageUrls: ["https://img.example.com/savon.jpg"],
    imageFiles: [],
    ...change,
  };
}

/** One file's rows written as the pipeline writes them: one transaction, deletions last. */
function importRows(merchantId: number, mode: ImportMode, rows: readonly ProductValues[], now = T1, rejectedSkus: readonly string[] = []): { outcomes: WriteOutcome[]; deleted: number } {
  return db.transaction(() => {
    const importId = beginImport(db, { merchantId, fileName: "catalogue.csv", sha256: "0".repeat(64), mode, startedAt: now });
    const writer = createProductWriter(db, merchantId, importId, mode, now, STAMP);
    const outcomes = rows.map((row) => writer.write(row));
    for (const sku of rejectedSkus) writer.keep(sku);
    return { outcomes, deleted: writer.deleteUnnamed() };
  })();
}

interface Stored {
  sku: string;
  name_zh: string | null;
  gtin: string | null;
  stock: number | null;
  labels: string | null;
  price_cents: number;
  updated_at: string;
}

function stored(merchantId: number): Stored[] {
  return db.prepare("SELECT sku, name_zh, gtin, stock, labels, price_cents, updated_at FROM products WHERE merchant_id = ? ORDER BY sku").all(merchantId) as Stored[];
}

describe("upsert", () => {
  it("creates, updates what changed, and counts an identical row as unchanged without touching it", () => {
    importRows(merchantA, "upsert", [soap("SAV-1"), soap("SAV-2")], T0);
    const { outcomes } = importRows(merchantA, "upsert", [soap("SAV-1"), soap("SAV-2", { priceCents: 520 }), soap("SAV-3")]);
    expect(outcomes).toEqual(["unchanged", "updated", "created"]);
    expect(stored(merchantA).map((row) => [row.sku, row.price_cents, row.updated_at])).toEqual([
      ["SAV-1", 490, T0.toISOString()],
      ["SAV-2", 520, T1.toISOString()],
      ["SAV-3", 490, T1.toISOString()],
    ]);
  });

  it("keeps the stored value of every blank optional cell, so a row of blanks changes nothing", () => {
    importRows(merchantA, "upsert", [soap("SAV-1")], T0);
    const blanks = soap("SAV-1", { nameZh: "", nameEn: "", gtin: "", shelfLifeMonths: undefined, storage: undefined, stock: undefined, labels: [], imageUrls: [] });
    expect(importRows(merchantA, "upsert", [blanks]).outcomes).toEqual(["unchanged"]);
    expect(stored(merchantA)[0]).toMatchObject({ name_zh: "马赛皂", gtin: "3760000000017", stock: 12, labels: "AB", updated_at: T0.toISOString() });
  });

  it("never deletes", () => {
    importRows(merchantA, "upsert", [soap("SAV-1"), soap("SAV-2")], T0);
    expect(importRows(merchantA, "upsert", [soap("SAV-1")]).deleted).toBe(0);
    expect(countProducts(db, merchantA)).toBe(2);
  });
});

describe("the food information", () => {
  const calissons = (change: Partial<ProductValues> = {}): ProductValues =>
    soap("CAL-250", {
      category: findCategory("confectionery"),
      hsCode: "170490",
      ingredients: "sucre, amandes, melon confit, pain azyme",
      ingredientsZh: "糖、杏仁、蜜饯甜瓜、无酵饼",
      manufacturer: "Confiserie du Roy René",
      manufacturerAddress: "13100 Aix-en-Provence",
      netContent: "",
      ...change,
    });

  it("is stored and read back; Chinese ingredients from a file are the owner's (supplied)", () => {
    importRows(merchantA, "upsert", [calissons(), soap("OIL-50", { netContent: "50 cl", netContentMl: 500 })], T0);
    const [calisson, oil] = [...readProducts(db, merchantA)];
    expect(calisson).toMatchObject({ ingredients: "sucre, amandes, melon confit, pain azyme", ingredientsZh: "糖、杏仁、蜜饯甜瓜、无酵饼", ingredientsZhStatus: "supplied", manufacturer: "Confiserie du Roy René", manufacturerAddress: "13100 Aix-en-Provence", netContent: undefined });
    expect(oil).toMatchObject({ ingredients: undefined, ingredientsZh: undefined, ingredientsZhStatus: undefined, netContent: "50 cl", netContentMl: 500 });
  });

  it("upsert: a blank net content keeps the stored one with its volume; a net content that is not a volume drops the old volume", () => {
    importRows(merchantA, "upsert", [soap("OIL-50", { netContent: "50 cl", netContentMl: 500 })], T0);
    expect(importRows(merchantA, "upsert", [soap("OIL-50", { netContent: "", netContentMl: undefined })]).outcomes).toEqual(["unchanged"]);
    expect(importRows(merchantA, "upsert", [soap("OIL-50", { netContent: "12 pièces", netContentMl: undefined })]).outcomes).toEqual(["updated"]);
    expect([...readProducts(db, merchantA)][0]).toMatchObject({ netContent: "12 pièces", netContentMl: undefined });
  });

  it("a draft of ours stays a draft when the file brings no Chinese ingredients, and becomes the owner's when it brings some", () => {
    importRows(merchantA, "upsert", [calissons({ ingredientsZh: "" })], T0);
    expect(setChineseIngredients(db, merchantA, "CAL-250", { ingredientsZh: "糖、杏仁", status: "draft" }, T0)).toBe(true);
    expect(importRows(merchantA, "upsert", [calissons({ ingredientsZh: "" })]).outcomes).toEqual(["unchanged"]);
    expect([...readProducts(db, merchantA)][0]).toMatchObject({ ingredientsZh: "糖、杏仁", ingredientsZhStatus: "draft" });
    expect(importRows(merchantA, "upsert", [calissons({ ingredientsZh: "白砂糖、杏仁" })]).outcomes).toEqual(["updated"]);
    expect([...readProducts(db, merchantA)][0]).toMatchObject({ ingredientsZh: "白砂糖、杏仁", ingredientsZhStatus: "supplied" });
    expect(setChineseIngredients(db, merchantA, "NONE", { ingredientsZh: "糖", status: "draft" }, T0)).toBe(false);
  });
});

describe("create", () => {
  it("answers 'exists' for a stored SKU and leaves it as it was", () => {
    importRows(merchantA, "upsert", [soap("SAV-1")], T0);
    expect(importRows(merchantA, "create", [soap("SAV-1", { priceCents: 990 }), soap("SAV-2")]).outcomes).toEqual(["exists", "created"]);
    expect(stored(merchantA).map((row) => [row.sku, row.price_cents])).toEqual([
      ["SAV-1", 490],
      ["SAV-2", 490],
    ]);
  });

  it("takes a SKU another company has: SKUs are per company", () => {
    importRows(merchantB, "upsert", [soap("SAV-1")], T0);
    expect(importRows(merchantA, "create", [soap("SAV-1")]).outcomes).toEqual(["created"]);
  });
});

describe("replace", () => {
  it("clears blank optional cells and deletes the products the file does not name", () => {
    importRows(merchantA, "upsert", [soap("SAV-1"), soap("SAV-2"), soap("SAV-3")], T0);
    const { outcomes, deleted } = importRows(merchantA, "replace", [soap("SAV-1", { nameZh: "", stock: undefined })]);
    expect(outcomes).toEqual(["updated"]);
    expect(deleted).toBe(2);
    expect(stored(merchantA)).toEqual([expect.objectContaining({ sku: "SAV-1", name_zh: null, stock: null })]);
  });

  it("keeps the product of a row the file names but that was rejected", () => {
    importRows(merchantA, "upsert", [soap("SAV-1"), soap("SAV-2")], T0);
    expect(importRows(merchantA, "replace", [soap("SAV-1")], T1, ["SAV-2"]).deleted).toBe(0);
    expect(stored(merchantA).map((row) => [row.sku, row.updated_at])).toEqual([
      ["SAV-1", T0.toISOString()],
      ["SAV-2", T0.toISOString()],
    ]);
  });

  it("deletes only the importing company's products, and forgets the previous file's SKUs", () => {
    importRows(merchantA, "upsert", [soap("SAV-1"), soap("SAV-2")], T0);
    importRows(merchantB, "upsert", [soap("SAV-1"), soap("SAV-2"), soap("HUI-1")], T0);
    const before = stored(merchantB);
    // B's replace names SAV-2; A's next replace must not inherit that name from the temporary table.
    importRows(merchantB, "replace", [soap("SAV-1"), soap("SAV-2"), soap("HUI-1")]);
    expect(importRows(merchantA, "replace", [soap("SAV-1")]).deleted).toBe(1);
    expect(stored(merchantA).map((row) => row.sku)).toEqual(["SAV-1"]);
    expect(stored(merchantB)).toEqual(before);
  });
});

it("a rolled-back import leaves no product behind (the dry run and a failed file rely on it)", () => {
  importRows(merchantA, "upsert", [soap("SAV-1")], T0);
  db.exec("BEGIN IMMEDIATE");
  const importId = beginImport(db, { merchantId: merchantA, fileName: "x.csv", sha256: "1".repeat(64), mode: "replace", startedAt: T1 });
  const writer = createProductWriter(db, merchantA, importId, "replace", T1, STAMP);
  writer.write(soap("SAV-2"));
  expect(writer.deleteUnnamed()).toBe(1);
  db.exec("ROLLBACK");
  expect(stored(merchantA).map((row) => [row.sku, row.updated_at])).toEqual([["SAV-1", T0.toISOString()]]);
});

describe("readProducts: the catalogue page by page", () => {
  const skus = ["SAV-3", "HUI-1", "SAV-10", "CAL-2", "SAV-1"];

  it.each([1, 2, 5, 1000])("pages of %i: every product once, by SKU, only the merchant's", (pageSize) => {
    importRows(merchantA, "upsert", skus.map((sku) => soap(sku)));
    importRows(merchantB, "upsert", [soap("AAA-0"), soap("ZZZ-9")]);
    const read = [...readProducts(db, merchantA, pageSize)];
    expect(read.map((product) => product.sku)).toEqual([...skus].sort());
    expect(read[0]).toMatchObject({ sku: "CAL-2", nameZh: "马赛皂", category: "soap-cosmetics", netWeightMg: 100_000, priceCents: 490, labels: ["AB"], imageUrls: ["https://img.example.com/savon.jpg"] });
  });

  it("reads the store afresh on each pass, and holds no statement open between pages (other queries run meanwhile)", () => {
    importRows(merchantA, "upsert", skus.map((sku) => soap(sku)));
    const products = readProducts(db, merchantA, 2);
    const seen: string[] = [];
    for (const product of products) {
      seen.push(product.sku);
      // A write between two pages: it would fail with "connection is busy" if a statement were still open.
      if (seen.length === 2) importRows(merchantB, "upsert", [soap("NEW-1")]);
    }
    expect(seen).toHaveLength(skus.length);
    importRows(merchantA, "upsert", [soap("ZZZ-1")]);
    expect([...products].map((product) => product.sku)).toEqual([...skus, "ZZZ-1"].sort());
  });
});

describe("where a Chinese name comes from", () => {
  const T2 = new Date("2026-03-03T08:00:00.000Z");
  const origin = (sku: string) => listChineseNames(db, merchantA).find((name) => name.sku === sku);

  it("a name the catalogue brings is the company's (supplied), from that import; no name, no status", () => {
    importRows(merchantA, "upsert", [soap("SAV-1"), soap("SAV-2", { nameZh: "" })], T0);
    expect(origin("SAV-1")).toEqual({ sku: "SAV-1", nameFr: "Savon de Marseille SAV-1", nameZh: "马赛皂", status: "supplied", updatedAt: T0.toISOString() });
    expect(origin("SAV-2")).toMatchObject({ nameZh: null, status: null, updatedAt: null });
  });

  it("a re-import bringing the same name keeps a reviewed name reviewed, even when other cells change", () => {
    importRows(merchantA, "upsert", [soap("SAV-1", { nameZh: "" })], T0);
    expect(setChineseName(db, merchantA, "SAV-1", { nameZh: "马赛皂", status: "reviewed" }, T1)).toBe(true);
    importRows(merchantA, "upsert", [soap("SAV-1", { priceCents: 520 })], T2);
    expect(origin("SAV-1")).toMatchObject({ nameZh: "马赛皂", status: "reviewed", updatedAt: T1.toISOString() });
  });

  it("a blank Chinese cell in upsert leaves a draft as it was; another name makes it the company's", () => {
    importRows(merchantA, "upsert", [soap("SAV-1", { nameZh: "" })], T0);
    setChineseName(db, merchantA, "SAV-1", { nameZh: "法国马赛皂", status: "draft" }, T1);
    importRows(merchantA, "upsert", [soap("SAV-1", { nameZh: "", priceCents: 520 })], T2);
    expect(origin("SAV-1")).toMatchObject({ nameZh: "法国马赛皂", status: "draft", updatedAt: T1.toISOString() });
    importRows(merchantA, "upsert", [soap("SAV-1", { nameZh: "普罗旺斯马赛皂" })], T2);
    expect(origin("SAV-1")).toMatchObject({ nameZh: "普罗旺斯马赛皂", status: "supplied", updatedAt: T2.toISOString() });
  });

  it("replace with a blank Chinese cell clears the name and its status", () => {
    importRows(merchantA, "upsert", [soap("SAV-1")], T0);
    importRows(merchantA, "replace", [soap("SAV-1", { nameZh: "" })], T1);
    expect(origin("SAV-1")).toMatchObject({ nameZh: null, status: null, updatedAt: null });
  });

  it("lists each product's name with its status, none for a product without a name; a SKU the company lacks is not named", () => {
    importRows(merchantA, "upsert", [soap("SAV-1"), soap("SAV-2", { nameZh: "" }), soap("SAV-3", { nameZh: "" })], T0);
    setChineseName(db, merchantA, "SAV-3", { nameZh: "薰衣草皂", status: "draft" }, T1);
    expect(listChineseNames(db, merchantA).map((name) => [name.sku, name.status])).toEqual([
      ["SAV-1", "supplied"],
      ["SAV-2", null],
      ["SAV-3", "draft"],
    ]);
    expect(setChineseName(db, merchantB, "SAV-1", { nameZh: "马赛皂", status: "draft" }, T1)).toBe(false);
  });
});

describe("the stored readiness", () => {
  const tallyOf = (merchantId: number, basis = "basis-1") => tallyCatalogue(db, merchantId, basis);

  it("an import assesses each product as it writes it: the tally sums them, per company, on today's basis", () => {
    // No Chinese name: not ready (name-zh and title-width unmet, 7 of 9 met); the two others complete.
    importRows(merchantA, "upsert", [soap("SAV-1"), soap("SAV-2"), soap("SAV-3", { nameZh: "" })]);
    importRows(merchantB, "upsert", [soap("HUI-1")]);
    expect(tallyOf(merchantA)).toMatchObject({ products: 3, ready: 2, draftNames: 0, isStale: false, latestUpdate: T1.toISOString() });
    // 25 of the 27 requirements met.
    expect(catalogueCompleteness(tallyOf(merchantA).metWeight, 3)).toBe(92);
    expect(tallyCatalogues(db, "basis-1")).toEqual(new Map([[merchantA, tallyOf(merchantA)], [merchantB, tallyOf(merchantB)]]));
    // Another basis (the settings, the list or the profile changed), before or after this one: stale.
    expect(tallyOf(merchantA, "basis-2").isStale).toBe(true);
    expect(tallyOf(merchantA, "basis-0").isStale).toBe(true);
  });

  it("a Chinese name given leaves the product to assess again; restamping assesses only the stale ones, of that company", () => {
    importRows(merchantA, "upsert", [soap("SAV-1"), soap("SAV-2", { nameZh: "" })]);
    importRows(merchantB, "upsert", [soap("HUI-1", { nameZh: "" })]);
    setChineseName(db, merchantA, "SAV-2", { nameZh: "马赛皂", status: "draft" }, T1);
    expect(tallyOf(merchantA)).toMatchObject({ isStale: true, draftNames: 1 });
    const stamp = stampOn("basis-1");
    expect(restampReadiness(db, merchantA, stamp, 1)).toBe(1);
    expect(stamp.assessed).toEqual(["SAV-2"]);
    expect(tallyOf(merchantA)).toMatchObject({ products: 2, ready: 2, isStale: false });
    expect(catalogueCompleteness(tallyOf(merchantA).metWeight, 2)).toBe(100);
    expect(tallyOf(merchantB)).toMatchObject({ ready: 0, isStale: false });
  });

  it.each(["basis-2", "basis-0"])("a new basis (%s, after or before the stored one) restamps the whole catalogue, page by page; then nothing is stale", (basis) => {
    importRows(merchantA, "upsert", ["A", "B", "C"].map((sku) => soap(sku)));
    const next = stampOn(basis);
    expect(restampReadiness(db, merchantA, next, 2)).toBe(3);
    expect([...next.assessed].sort()).toEqual(["A", "B", "C"]);
    expect(restampReadiness(db, merchantA, next, 2)).toBe(0);
    expect(tallyOf(merchantA, basis)).toMatchObject({ products: 3, ready: 3, isStale: false });
  });

  it("a company without products sums to zero, stale in nothing", () => {
    const empty = { products: 0, ready: 0, metWeight: 0, draftNames: 0, isStale: false, latestUpdate: undefined };
    expect(tallyCatalogues(db, "basis-1")).toEqual(new Map([[merchantA, empty], [merchantB, empty]]));
    expect(tallyOf(merchantA)).toEqual(empty);
  });
});

describe("a product's pictures", () => {
  const picture = (sha: string, source: string): PictureRecord => ({ sha256: sha.repeat(64), mediaType: "image/jpeg", width: 1000, height: 1000, bytes: 1234, source });
  const writeWith = (mode: ImportMode, pictures: readonly PictureRecord[], values = soap("SAV-1")): WriteOutcome =>
    db.transaction(() => {
      const importId = beginImport(db, { merchantId: merchantA, fileName: "catalogue.csv", sha256: "0".repeat(64), mode, startedAt: T1 });
      const writer = createProductWriter(db, merchantA, importId, mode, T1, STAMP);
      const outcome = writer.write(values, pictures);
      writer.deleteUnnamed();
      return outcome;
    })();
  const readPictures = () => [...readProducts(db, merchantA)].map((product) => [product.sku, product.pictures.map((each) => [each.position, each.source])]);

  it("are stored in order with the product, read back with it, and the same ones again change nothing", () => {
    expect(writeWith("upsert", [picture("a", "SAV-1.jpg"), picture("b", "SAV-1-2.jpg")])).toBe("created");
    expect(readPictures()).toEqual([["SAV-1", [[1, "SAV-1.jpg"], [2, "SAV-1-2.jpg"]]]]);
    expect(writeWith("upsert", [picture("a", "SAV-1.jpg"), picture("b", "SAV-1-2.jpg")])).toBe("unchanged");
    // Another order is another main picture: the product is updated.
    expect(writeWith("upsert", [picture("b", "SAV-1-2.jpg"), picture("a", "SAV-1.jpg")])).toBe("updated");
    expect(readPictures()).toEqual([["SAV-1", [[1, "SAV-1-2.jpg"], [2, "SAV-1.jpg"]]]]);
  });

  it("a row that brings none keeps them in upsert mode, and clears them in replace mode", () => {
    writeWith("upsert", [picture("a", "SAV-1.jpg")]);
    expect(writeWith("upsert", [])).toBe("unchanged");
    expect(readPictures()).toEqual([["SAV-1", [[1, "SAV-1.jpg"]]]]);
    expect(writeWith("replace", [])).toBe("updated");
    expect(readPictures()).toEqual([["SAV-1", []]]);
  });

  it("count in the readiness stored with the product: a product whose only picture is a kept file is ready, and not once it is cleared", () => {
    const tallyOf = () => tallyCatalogue(db, merchantA, STAMP.basis);
    writeWith("upsert", [picture("a", "SAV-1.jpg")], soap("SAV-1", { imageUrls: [] }));
    expect(tallyOf()).toMatchObject({ products: 1, ready: 1 });
    // A name changed in upsert mode keeps the kept picture, and the product stays ready.
    writeWith("upsert", [], soap("SAV-1", { imageUrls: [], nameFr: "Savon de Marseille 600 g" }));
    expect(tallyOf()).toMatchObject({ products: 1, ready: 1 });
    writeWith("replace", [], soap("SAV-1", { imageUrls: [] }));
    expect(tallyOf()).toMatchObject({ products: 1, ready: 0 });
  });

  it("go with their product when replace mode deletes it", () => {
    writeWith("upsert", [picture("a", "SAV-1.jpg")]);
    writeWith("replace", [], soap("SAV-2"));
    expect(db.prepare("SELECT count(*) FROM product_pictures").pluck().get()).toBe(0);
  });
});
