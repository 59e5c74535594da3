import { describe, expect, it } from "vitest";
import { createPostcodeDirectory, encodeCommunes } from "../geo/postcodes.js";
import { DEFAULT_CATALOGUE_SETTINGS } from "../settings.js";
import { decideExport, planExportLine } from "./channel-export.js";
import { assessProductReadiness, assessReadiness, READINESS_SAMPLE_SIZE, TMALL_GLOBAL_PROFILE, type ChannelRequirement, type StoredProduct } from "./readiness.js";

/** A few postcodes, as the official commune list has them: inside, outside, GI area, straddling. */
const postcodes = createPostcodeDirectory({
  source: "test",
  postcodes: {
    "13001": encodeCommunes([{ name: "Marseille", department: "13", region: "93" }]),
    "75001": encodeCommunes([{ name: "Paris", department: "75", region: "11" }]),
    "26110": encodeCommunes([{ name: "Nyons", department: "26", region: "84" }]),
    "05700": encodeCommunes([
      { name: "Serres", department: "05", region: "93" },
      { name: "Villebois-les-Pins", department: "26", region: "84" },
    ]),
  },
});
const settings = DEFAULT_CATALOGUE_SETTINGS;
const context = { postcodes, settings };

/** A soap that meets every requirement (GTIN included); tests change one field at a time. */
function product(change: Partial<StoredProduct> = {}): StoredProduct {
  return {
    sku: "SAV-100",
    nameFr: "Savon de Marseille 100 g",
    nameZh: "马赛皂",
    nameEn: undefined,
    brand: "Savonnerie du Midi",
    category: "soap-cosmetics",
    gtin: "3760001234565",
    hsCode: "340111",
    originPostcode: "13001",
    shelfLifeMonths: undefined,
    storage: undefined,
    netWeightMg: 100_000,
    priceCents: 4_90,
    stock: undefined,
    labels: [],
    imageUrls: ["https://img.example.com/savon.jpg"],
    pictures: [],
    ...change,
  };
}

const assessOne = (change: Partial<StoredProduct>) => assessProductReadiness(product(change), context);

const missing = (change: Partial<StoredProduct>): ChannelRequirement[] => assessOne(change).gaps.map((gap) => gap.requirement);

/** 60 display units: 30 CJK characters (2 each). */
const TITLE_60 = "马".repeat(30);

/** What a food listing shows besides: the ingredients (in Chinese too) and the maker. */
const FOOD_INFORMATION: Partial<StoredProduct> = {
  ingredients: "sucre, amandes, melon confit, pain azyme",
  ingredientsZh: "糖、杏仁、蜜饯甜瓜、无酵饼",
  manufacturer: "Confiserie du Roy René",
  manufacturerAddress: "13100 Aix-en-Provence, France",
};

/** Calissons with everything a food listing needs. */
const CALISSONS: Partial<StoredProduct> = { category: "confectionery", hsCode: "170490", shelfLifeMonths: 12, ...FOOD_INFORMATION };

describe("assessReadiness: each requirement", () => {
  it("a complete product meets every requirement: 100 %, ready, no gap", () => {
    expect(assessOne({})).toEqual({ sku: "SAV-100", category: "soap-cosmetics", completeness: 100, isReady: true, gaps: [], cautions: [] });
  });

  it.each<[string, Partial<StoredProduct>, ChannelRequirement[]]>([
    // A missing Chinese title also has no width to measure: both count as unmet (design choice).
    ["no name_zh", { nameZh: undefined }, ["name-zh", "title-width"]],
    ["a blank name_zh", { nameZh: "  " }, ["name-zh", "title-width"]],
    // Stored before the catalogue check refused them: a name that holds no Chinese is no Chinese name.
    ["a name_zh whose Chinese a Windows-1252 save lost", { nameZh: "?????? 600?" }, ["name-zh"]],
    ["a name_zh in pinyin", { nameZh: "Masai xiangzao" }, ["name-zh"]],
    ["no image", { imageUrls: [] }, ["image"]],
    ["only a non-https image", { imageUrls: ["http://img.example.com/a.jpg"] }, ["image"]],
    ["no GTIN", { gtin: undefined }, ["gtin"]],
    ["a GTIN with a wrong check digit", { gtin: "3760001234566" }, ["gtin"]],
    ["no HS code", { hsCode: "" }, ["hs-code"]],
    ["an HS code of 4 digits", { hsCode: "3401" }, ["hs-code"]],
    ["a weight of 0", { netWeightMg: 0 }, ["weight"]],
    ["a price of 0", { priceCents: 0 }, ["price"]],
    ["a title of 61 display units", { nameZh: `${TITLE_60}a` }, ["title-width"]],
    ["chilled storage", { storage: "chilled" }, ["non-perishable"]],
    ["frozen storage", { storage: "frozen" }, ["non-perishable"]],
    ["a shelf life of 11 months (under 12)", { shelfLifeMonths: 11 }, ["non-perishable"]],
    ["food without a shelf life", { category: "honey-jams", hsCode: "040900", ...FOOD_INFORMATION }, ["non-perishable"]],
    ["food without its ingredients", { ...CALISSONS, ingredients: undefined }, ["ingredients"]],
    ["food without its maker", { ...CALISSONS, manufacturer: undefined }, ["maker"]],
    ["food whose maker has no address", { ...CALISSONS, manufacturerAddress: "  " }, ["maker"]],
    ["food without Chinese ingredients", { ...CALISSONS, ingredientsZh: undefined }, ["ingredients-zh"]],
    ["food without any food information", { category: "confectionery", hsCode: "170490", shelfLifeMonths: 12 }, ["ingredients", "maker", "ingredients-zh"]],
    ["a category not on the list", { category: "bric-a-brac" }, ["non-perishable"]],
    ["an origin outside the region", { originPostcode: "75001" }, ["origin"]],
    ["an unknown postcode", { originPostcode: "99999" }, ["origin"]],
    ["no origin", { originPostcode: "" }, ["origin"]],
  ])("%s → missing %j", (_what, change, expected) => {
    expect(missing(change)).toEqual(expected);
  });

  it.each<[string, Partial<StoredProduct>]>([
    ["a title of exactly 60 display units", { nameZh: TITLE_60 }],
    ["a mixed title of 60 units (20 CJK + 20 ASCII)", { nameZh: `${"马".repeat(20)}${"a".repeat(20)}` }],
    ["a shelf life of exactly 12 months", { shelfLifeMonths: 12 }],
    ["food with 18 months", { category: "olive-oil", hsCode: "150910", shelfLifeMonths: 18, ...FOOD_INFORMATION }],
    ["calissons with their ingredients and maker", CALISSONS],
    ["a soap without any food information (it does not concern it)", {}],
    ["wine without ingredients (not asked of drinks, design choice)", { category: "wine", hsCode: "220421" }],
    ["wine without a shelf life (no date on wine)", { category: "wine", hsCode: "220421" }],
    ["ambient storage", { storage: "ambient" }],
    ["one https image among others", { imageUrls: ["ftp://x", "https://img.example.com/b.jpg"] }],
    [
      "no URL, a picture file the import kept",
      { imageUrls: [], pictures: [{ position: 1, sha256: "a".repeat(64), mediaType: "image/jpeg", width: 1000, height: 1000, bytes: 120_000, source: "SAV-100.jpg" }] },
    ],
    ["an HS code with dots", { hsCode: "3401.11" }],
  ])("%s → met", (_what, change) => {
    expect(missing(change)).toEqual([]);
  });
});

describe("assessReadiness: blocking, completeness and cautions", () => {
  it("the GTIN is recommended: missing it keeps the product ready, at 8/9 = 88 % (rounded down)", () => {
    expect(assessOne({ gtin: undefined })).toMatchObject({ completeness: 88, isReady: true, gaps: [{ requirement: "gtin", isBlocking: false }] });
  });

  it.each(TMALL_GLOBAL_PROFILE.filter((definition) => !["gtin", "ingredients-zh"].includes(definition.requirement)).map((definition) => definition.requirement))(
    "%s is blocking",
    (requirement) => {
      expect(TMALL_GLOBAL_PROFILE.find((definition) => definition.requirement === requirement)?.isBlocking).toBe(true);
    },
  );

  it("every requirement weighs the same", () => {
    expect(new Set(TMALL_GLOBAL_PROFILE.map((definition) => definition.weight))).toEqual(new Set([1]));
    expect(TMALL_GLOBAL_PROFILE).toHaveLength(12);
  });

  it("the Chinese ingredients are recommended: food without them stays ready, at 11/12 = 91 %", () => {
    expect(assessOne({ ...CALISSONS, ingredientsZh: undefined })).toMatchObject({ completeness: 91, isReady: true, gaps: [{ requirement: "ingredients-zh", isBlocking: false }] });
  });

  it("food without ingredients nor maker is not ready: 9/12 = 75 %; a soap is judged on its 9 requirements alone", () => {
    expect(assessOne({ category: "confectionery", hsCode: "170490", shelfLifeMonths: 12 })).toMatchObject({ completeness: 75, isReady: false });
    expect(assessOne({ gtin: undefined }).completeness).toBe(88);
  });

  it("drafted Chinese ingredients meet the recommendation but are « à faire valider »", () => {
    expect(assessOne({ ...CALISSONS, ingredientsZhStatus: "draft" })).toMatchObject({
      completeness: 100,
      isReady: true,
      cautions: [{ requirement: "ingredients-zh", reason: "ingredients-draft" }],
    });
    expect(assessOne({ ...CALISSONS, ingredientsZhStatus: "supplied" }).cautions).toEqual([]);
  });

  it("the catalogue figure mixes a soap's 9 and a food's 12 exactly: (100 + 75) / 2 → 87", () => {
    const readiness = assessReadiness([product({ sku: "A" }), product({ sku: "B", category: "confectionery", hsCode: "170490", shelfLifeMonths: 12 })], context);
    expect(readiness.completeness).toBe(87);
    expect(readiness.missing.map((gap) => [gap.requirement, gap.skus.first])).toEqual([
      ["ingredients", ["B"]],
      ["maker", ["B"]],
      ["ingredients-zh", ["B"]],
    ]);
  });

  // Equal weights over a soap's 9 requirements, rounded down: 100 only when all are met.
  it.each<[string, Partial<StoredProduct>, number, boolean]>([
    ["all met", {}, 100, true],
    ["1 unmet (image)", { imageUrls: [] }, 88, false],
    ["2 unmet (no name_zh: name and width)", { nameZh: undefined }, 77, false],
    ["3 unmet", { nameZh: undefined, imageUrls: [] }, 66, false],
    ["4 unmet", { nameZh: undefined, imageUrls: [], gtin: undefined }, 55, false],
    ["everything unmet", { nameZh: undefined, imageUrls: [], gtin: undefined, hsCode: "", netWeightMg: 0, priceCents: 0, storage: "frozen", originPostcode: "" }, 0, false],
  ])("%s → %i %%, ready %s", (_what, change, completeness, isReady) => {
    expect(assessOne(change)).toMatchObject({ completeness, isReady });
  });

  it("a GI-area origin (Drôme lavender oil with its AOP) is met but to confirm", () => {
    const assessed = assessOne({ category: "essential-oils", hsCode: "330190", originPostcode: "26110", labels: ["AOP"] });
    expect(assessed).toMatchObject({ completeness: 100, isReady: true, gaps: [], cautions: [{ requirement: "origin", reason: "gi-area" }] });
  });

  it("the same Drôme oil without a GI label is outside", () => {
    expect(missing({ category: "essential-oils", hsCode: "330190", originPostcode: "26110" })).toEqual(["origin"]);
  });

  it("a postcode straddling the region border is met but to confirm", () => {
    expect(assessOne({ originPostcode: "05700" })).toMatchObject({ isReady: true, gaps: [], cautions: [{ requirement: "origin", reason: "straddles" }] });
  });

  it("a draft Chinese name meets the name but is to be reviewed; a supplied or reviewed one is not flagged", () => {
    expect(assessOne({ nameZhStatus: "draft" })).toMatchObject({ completeness: 100, isReady: true, cautions: [{ requirement: "name-zh", reason: "name-draft" }] });
    expect(assessOne({ nameZhStatus: "reviewed" }).cautions).toEqual([]);
    expect(assessOne({ nameZhStatus: "supplied" }).cautions).toEqual([]);
  });
});

describe("assessReadiness: the catalogue", () => {
  it("no products → 0 %, nothing ready", () => {
    expect(assessReadiness([], context)).toEqual({
      channel: "tmall-global",
      completeness: 0,
      readyCount: 0,
      total: 0,
      completeCount: 0,
      notReady: { count: 0, first: [] },
      readyToImprove: { count: 0, first: [] },
      missing: [],
      toConfirm: [],
      categories: new Map(),
    });
  });

  it("the catalogue figure is the share of all requirements met, rounded down, not the mean of rounded figures", () => {
    // 9 + 8 + 7 = 24 of 27 requirements → 88.9 % → 88 (the rounded product figures 100, 88, 77 average 88.3).
    const readiness = assessReadiness(
      [product({ sku: "A" }), product({ sku: "B", gtin: undefined }), product({ sku: "C", nameZh: undefined })],
      context,
    );
    expect(readiness).toMatchObject({ completeness: 88, readyCount: 2, total: 3, completeCount: 1 });
    expect(readiness.readyToImprove.first.map((each) => [each.sku, each.completeness])).toEqual([["B", 88]]);
    expect(readiness.notReady.first.map((each) => [each.sku, each.completeness])).toEqual([["C", 77]]);
    expect(readiness.missing).toEqual([
      { requirement: "name-zh", isBlocking: true, skus: { count: 1, first: ["C"] } },
      { requirement: "gtin", isBlocking: false, skus: { count: 1, first: ["B"] } },
      { requirement: "title-width", isBlocking: true, skus: { count: 1, first: ["C"] } },
    ]);
  });

  it("counts every product but names only the first of each kind, in the order given", () => {
    const many = Array.from({ length: READINESS_SAMPLE_SIZE + 25 }, (_, index) => product({ sku: `Z-${String(index).padStart(3, "0")}`, imageUrls: [] }));
    const readiness = assessReadiness([product({ sku: "Z" }), ...many, product({ sku: "A", originPostcode: "05700" })], context);
    expect(readiness).toMatchObject({ total: READINESS_SAMPLE_SIZE + 27, readyCount: 2, completeCount: 1 });
    expect(readiness.notReady.count).toBe(READINESS_SAMPLE_SIZE + 25);
    expect(readiness.notReady.first.map((each) => each.sku)).toEqual(many.slice(0, READINESS_SAMPLE_SIZE).map((each) => each.sku));
    expect(readiness.missing).toEqual([{ requirement: "image", isBlocking: true, skus: { count: READINESS_SAMPLE_SIZE + 25, first: many.slice(0, READINESS_SAMPLE_SIZE).map((each) => each.sku) } }]);
    expect(readiness.toConfirm).toEqual([{ reason: "straddles", skus: { count: 1, first: ["A"] } }]);
    expect(readiness.categories).toEqual(new Map([["soap-cosmetics", READINESS_SAMPLE_SIZE + 27]]));
  });
});

describe("decideExport: the gate", () => {
  const ready = product({ sku: "READY" });
  const notReady = product({ sku: "NOT-READY", imageUrls: [] });
  const readiness = (products: StoredProduct[]) => assessReadiness(products, context);

  it.each<[string, StoredProduct[], boolean, number | undefined, string]>([
    ["no products", [], true, undefined, "no-products"],
    ["every product ready", [ready], false, undefined, "ready"],
    ["some not ready, no --allow-partial", [ready, notReady], false, undefined, "not-ready"],
    ["some not ready, --allow-partial", [ready, notReady], true, undefined, "partial"],
    ["none ready, even with --allow-partial", [notReady], true, undefined, "none-ready"],
    ["below --min-completeness (94 < 95)", [ready, notReady], true, 95, "below-minimum"],
    ["at --min-completeness (94)", [ready, notReady], true, 94, "partial"],
    ["--min-completeness 0 on an empty catalogue", [], false, 0, "no-products"],
  ])("%s → %s", (_what, products, allowPartial, minCompleteness, verdict) => {
    expect(decideExport(readiness(products), { allowPartial, minCompleteness, requireReviewedNames: false })).toBe(verdict);
  });

  it("--require-reviewed-names refuses while a name is a draft, before the readiness; reviewed names pass", () => {
    const drafted = product({ sku: "DRAFT", nameZhStatus: "draft" });
    expect(decideExport(readiness([ready, drafted]), { allowPartial: false, minCompleteness: undefined, requireReviewedNames: true })).toBe("draft-names");
    expect(decideExport(readiness([ready, drafted, notReady]), { allowPartial: true, minCompleteness: undefined, requireReviewedNames: true })).toBe("draft-names");
    expect(decideExport(readiness([ready, drafted]), { allowPartial: false, minCompleteness: undefined, requireReviewedNames: false })).toBe("ready");
    expect(decideExport(readiness([ready, product({ sku: "OK", nameZhStatus: "reviewed" })]), { allowPartial: false, minCompleteness: undefined, requireReviewedNames: true })).toBe("ready");
  });

  it("exports only the ready products, with their CBEC estimate (a 25.00 EUR wine: 188.89 + 17.9 % = 222.70 CNY, an estimate)", () => {
    const wine = product({ sku: "VIN", category: "wine", hsCode: "220421", priceCents: 25_00, netWeightMg: 750_000 });
    const products = [notReady, ready, wine];
    const lines = products.flatMap((each) => planExportLine(each, assessProductReadiness(each, context), settings) ?? []);
    expect(lines.map((line) => line.product.sku)).toEqual(["READY", "VIN"]);
    expect(lines[1]).toMatchObject({
      taxRate: "wine",
      isOverCbecLimit: false,
      estimate: { priceCnyCents: 188_89, taxBasisPoints: 1790, taxCnyCents: 33_81, consumerPriceCnyCents: 222_70, isEstimate: true },
    });
  });

  it("flags a consumer price above RMB 5,000 and names a high-end cosmetic rate", () => {
    // 700.00 EUR × 7.5554 = 5,288.78 CNY for 50 g: over RMB 10 per gram, so 23.05 %.
    const perfume = product({ sku: "PARF", category: "perfume", hsCode: "330300", priceCents: 700_00, netWeightMg: 50_000 });
    const line = planExportLine(perfume, assessProductReadiness(perfume, context), settings);
    expect(line).toMatchObject({ taxRate: "highEndCosmetic", isOverCbecLimit: true, estimate: { priceCnyCents: 5288_78, taxBasisPoints: 2305 } });
  });
});
