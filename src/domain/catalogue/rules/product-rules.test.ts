import { describe, expect, it } from "vitest";
// Tests may read the real official commune list through io (domain code itself never does).
import { loadPostcodeDirectory } from "../../../io/geo-data.js";
import { DEFAULT_CATALOGUE_SETTINGS } from "../../settings.js";
import { findCategory } from "../categories.js";
import type { ProductValues } from "../product-values.js";
import { CATALOGUE_RULES, type FindingCode } from "./index.js";
import type { ProductRule, Rule, RuleContext } from "./rule.js";
import { emptyProductValues } from "../product-values.js";

/**
 * The product rules judge typed values, not cells: the same rules run on a row once read and on a
 * stored product (channel readiness). Here on products built as objects.
 */

const context: RuleContext = { settings: DEFAULT_CATALOGUE_SETTINGS, postcodes: loadPostcodeDirectory() };
const PRODUCT_RULES = (CATALOGUE_RULES as readonly Rule[]).filter((rule): rule is ProductRule => rule.kind === "product");

/** Calissons made in Aix with their IGP label: food, 12 months (the default minimum), €14.90. */
function calissons(change: Partial<ProductValues> = {}): ProductValues {
  return {
    ...emptyProductValues(),
    sku: "CAL-250",
    nameFr: "Calissons d'Aix 250 g",
    nameZh: "艾克斯杏仁糖 250克",
    nameEn: "",
    brand: "Confiserie du Roy René",
    category: findCategory("confectionery"),
    gtin: "4006381333931",
    hsCode: "17049099",
    originPostcode: "13100",
    shelfLifeMonths: 12,
    storage: "ambient",
    netWeightMg: 250_000,
    priceCents: 14_90,
    stock: 120,
    labels: ["IGP"],
    imageUrls: ["https://img.example.com/cal.jpg"],
    imageFiles: [],
    ...change,
  };
}

const firing = (product: ProductValues): FindingCode[] =>
  PRODUCT_RULES.filter((rule) => rule.checks.some((check) => check.check(product, context) !== undefined)).map((rule) => rule.code as FindingCode);

describe("product rules on a typed product", () => {
  it("pass a complete product", () => {
    expect(firing(calissons())).toEqual([]);
  });

  it.each<[string, Partial<ProductValues>, FindingCode[]]>([
    ["a Chinese name of 31 CJK characters (62 display units)", { nameZh: "皂".repeat(31) }, ["title-too-long"]],
    ["a shelf life of 11 months for food", { shelfLifeMonths: 11 }, ["perishable"]],
    ["no shelf life for food", { shelfLifeMonths: undefined }, ["missing-shelf-life"]],
    ["no shelf life for a soap (not food)", { category: findCategory("soap-cosmetics"), hsCode: "340111", shelfLifeMonths: undefined }, []],
    ["chilled storage", { storage: "chilled" }, ["perishable"]],
    ["chilled storage and 6 months: one rule, both at fault", { storage: "chilled", shelfLifeMonths: 6 }, ["perishable"]],
    ["a price far over the CBEC limit (€900)", { priceCents: 900_00 }, ["over-cbec-limit"]],
    ["no category: nothing to judge the price or the shelf life by", { category: undefined, priceCents: 900_00, shelfLifeMonths: undefined }, []],
    ["the HS heading of olive oil for calissons", { hsCode: "15092000" }, ["hs-code-category-mismatch"]],
    ["made in Paris", { originPostcode: "75001" }, ["origin-outside-provence"]],
    ["a postcode that exists nowhere (Monaco)", { originPostcode: "98000" }, ["unknown-postcode"]],
    ["no postcode", { originPostcode: "" }, []],
    ["a postcode straddling the region border", { originPostcode: "05700" }, ["postcode-straddles-region"]],
    [
      "Drôme lavender oil with its AOP",
      { category: findCategory("essential-oils"), hsCode: "33012900", shelfLifeMonths: undefined, originPostcode: "26110", labels: ["AOP"] },
      ["origin-gi-area"],
    ],
    ["Nougat de Montélimar with its IGP (a Drôme product: outside)", { originPostcode: "26200", labels: ["IGP"] }, ["origin-outside-provence"]],
  ])("%s → %j", (_what, change, expected) => {
    expect(firing(calissons(change))).toEqual(expected);
  });

  it("point perishable at the cell at fault, with the reason", () => {
    const [shelfLife, storage] = PRODUCT_RULES.find((rule) => rule.code === "perishable")?.checks ?? [];
    const product = calissons({ storage: "frozen", shelfLifeMonths: 6 });
    expect([shelfLife?.field, shelfLife?.check(product, context)]).toEqual(["shelf_life_months", { minimum: 12, reason: "shelf-life" }]);
    expect([storage?.field, storage?.check(product, context)]).toEqual(["storage", { reason: "frozen" }]);
  });
});
