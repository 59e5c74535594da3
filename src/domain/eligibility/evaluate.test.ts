import { describe, expect, it } from "vitest";
// Tests may read the real official commune list through io (domain code itself never does).
import { loadPostcodeDirectory } from "../../io/geo-data.js";
import { DEFAULT_CATALOGUE_SETTINGS, type CatalogueSettings } from "../settings.js";
import {
  classifySme,
  compareVerdicts,
  evaluateEligibility,
  type CompanyFacts,
  type EligibilityResult,
  type EvaluationContext,
  type ProductFacts,
  type RuleResult,
  type RuleStatus,
  type Verdict,
} from "./evaluate.js";
import { RULES, RULES_VERSION, type ProductReason, type RuleId, type SmeCategory } from "./rules.js";

/**
 * Expected values come from the sources of SOURCES.md (the EU 2003/361 table, the region's departments,
 * the Provence GI areas, the CBEC formula), not from running the code.
 */

const CONTEXT: EvaluationContext = {
  postcodes: loadPostcodeDirectory(),
  settings: DEFAULT_CATALOGUE_SETTINGS,
  today: new Date("2026-11-23T09:30:00Z"),
};

/** €1 m, in cents. */
const M = 1_000_000_00;

/** A soap maker in Marseille that meets every company rule: 5 staff, €500,000, independent, ®. */
const COMPANY: CompanyFacts = {
  identifier: "81234567800013",
  postcode: "13001",
  headcount: 5,
  turnoverCents: 500_000_00,
  balanceSheetCents: 200_000_00,
  independent: true,
  trademark: "registered",
};

/**
 * A product that meets every product rule: calissons made in Aix, ambient, 12 months (the default
 * minimum), heading 1704 (sugar confectionery, on the positive list), €12.50.
 */
const CALISSONS: ProductFacts = {
  sku: "CAL-250",
  category: "confectionery",
  storage: "ambient",
  shelfLifeMonths: 12,
  originPostcode: "13100",
  labels: [],
  hsCode: "17049099",
  priceCents: 12_50,
  netWeightMg: 250_000,
};

function evaluate(company: Partial<CompanyFacts> = {}, products: readonly ProductFacts[] = [CALISSONS], context: EvaluationContext = CONTEXT): EligibilityResult {
  return evaluateEligibility({ ...COMPANY, ...company }, products, context);
}

function ruleOf(result: EligibilityResult, id: RuleId): RuleResult {
  const rule = result.rules.find((candidate) => candidate.id === id);
  if (rule === undefined) throw new Error(`no rule ${id} in the verdict`);
  return rule;
}

const product = (sku: string, change: Partial<ProductFacts> = {}): ProductFacts => ({ ...CALISSONS, sku, ...change });

describe("SME size (EU 2003/361: staff below 10/50/250 and turnover ≤ €2/10/50 m or balance sheet ≤ €2/10/43 m)", () => {
  const statusOf = (category: SmeCategory | "none" | null): RuleStatus => (category === null ? "unknown" : category === "none" ? "fail" : "pass");
  const outcomeOf = (category: SmeCategory | "none" | null): string =>
    `sme-size.${category === null ? "missing-figures" : category === "none" ? "not-sme" : category}`;

  it.each<[string, SmeCategory | "none" | null, number | undefined, number | undefined, number | undefined]>([
    // Staff: strictly below the class limit.
    ["9 staff", "micro", 9, 1 * M, 1 * M],
    ["10 staff", "small", 10, 1 * M, 1 * M],
    ["9.5 staff (annual work units may be fractional)", "micro", 9.5, 1 * M, 1 * M],
    ["12 staff, €1.8 m (the amounts fit micro, the staff does not)", "small", 12, 1.8 * M, 1 * M],
    ["49 staff", "small", 49, 5 * M, 5 * M],
    ["50 staff", "medium", 50, 5 * M, 5 * M],
    ["249 staff", "medium", 249, 30 * M, 30 * M],
    ["250 staff, small amounts (staff alone rules it out)", "none", 250, 1 * M, 1 * M],
    // Turnover exactly at and one cent above each ceiling, the balance sheet over it.
    ["turnover exactly €2 m", "micro", 5, 2 * M, 5 * M],
    ["turnover €2 m + 1 cent", "small", 5, 2 * M + 1, 5 * M],
    ["turnover exactly €10 m", "small", 20, 10 * M, 20 * M],
    ["turnover €10 m + 1 cent", "medium", 20, 10 * M + 1, 20 * M],
    ["turnover exactly €50 m", "medium", 100, 50 * M, 45 * M],
    ["turnover €50 m + 1 cent", "none", 100, 50 * M + 1, 45 * M],
    // Balance sheet exactly at and one cent above each ceiling, the turnover over it.
    ["balance sheet exactly €2 m", "micro", 5, 5 * M, 2 * M],
    ["balance sheet €2 m + 1 cent", "small", 5, 5 * M, 2 * M + 1],
    ["balance sheet exactly €10 m", "small", 20, 20 * M, 10 * M],
    ["balance sheet €10 m + 1 cent", "medium", 20, 20 * M, 10 * M + 1],
    ["balance sheet exactly €43 m", "medium", 100, 60 * M, 43 * M],
    ["balance sheet €43 m + 1 cent", "none", 100, 60 * M, 43 * M + 1],
    // "Or": a large turnover with a small balance sheet is still an SME.
    ["turnover €60 m, balance sheet €30 m, 100 staff", "medium", 100, 60 * M, 30 * M],
    ["turnover €60 m and balance sheet €50 m: both over", "none", 100, 60 * M, 50 * M],
    // Missing figures: unknown, never a class by default.
    ["staff unknown", null, undefined, 1 * M, 1 * M],
    ["both amounts unknown", null, 5, undefined, undefined],
    ["only the turnover, within micro", "micro", 5, 1.5 * M, undefined],
    ["only the balance sheet, within micro", "micro", 5, undefined, 1.5 * M],
    ["only a turnover over €50 m (the balance sheet could still be ≤ €43 m)", null, 100, 60 * M, undefined],
    ["only a balance sheet over €43 m (the turnover could still be ≤ €50 m)", null, 100, undefined, 50 * M],
    ["only a turnover, but 300 staff", "none", 300, 1 * M, undefined],
  ])("%s → %s", (_case, expected, headcount, turnoverCents, balanceSheetCents) => {
    expect(classifySme({ headcount, turnoverCents, balanceSheetCents })).toBe(expected);
    const result = evaluate({ headcount, turnoverCents, balanceSheetCents });
    const rule = ruleOf(result, "sme-size");
    expect(rule.status).toBe(statusOf(expected));
    expect(rule.outcome).toBe(outcomeOf(expected));
    expect(result.smeCategory).toBe(expected);
  });

  it("explains the class with the figures that decided it, in euros", () => {
    const rule = ruleOf(evaluate({ headcount: 12, turnoverCents: 1_800_000_00, balanceSheetCents: 950_000_50 }), "sme-size");
    expect(rule.figures).toEqual({ headcount: 12, turnoverEur: 1_800_000, balanceSheetEur: 950_000.5, category: "small" });
  });

  it("shows the missing figures as missing (null), not as zero", () => {
    const rule = ruleOf(evaluate({ headcount: undefined, balanceSheetCents: undefined }), "sme-size");
    expect(rule.figures).toEqual({ headcount: null, turnoverEur: 500_000, balanceSheetEur: null, category: null });
  });

  it("a firm that is not an SME is not eligible, and the verdict says so", () => {
    const result = evaluate({ headcount: 300, turnoverCents: 80 * M, balanceSheetCents: 60 * M });
    expect(result.smeCategory).toBe("none");
    expect(result.verdict).toBe("not-eligible");
  });
});

describe("independence (more than 25 % owned by a non-SME: not an SME)", () => {
  it.each<[boolean | undefined, RuleStatus, string, Verdict]>([
    [true, "pass", "independence.independent", "eligible"],
    [false, "fail", "independence.owned-by-non-sme", "not-eligible"],
    [undefined, "warn", "independence.unknown", "eligible-with-conditions"],
  ])("independent = %s → %s", (independent, status, outcome, verdict) => {
    const result = evaluate({ independent });
    expect(ruleOf(result, "independence")).toMatchObject({ status, outcome, figures: { maxNonSmeOwnershipPercent: 25 } });
    expect(result.verdict).toBe(verdict);
  });
});

describe("company identifier (SIREN/SIRET Luhn key; La Poste: sum of the digits a multiple of 5)", () => {
  it.each<[string, string | undefined, RuleStatus, string]>([
    ["a valid SIRET", "81234567800013", "pass", "company-identifier.luhn"],
    ["a valid SIRET written with spaces", "812 345 678 00013", "pass", "company-identifier.luhn"],
    ["a valid SIREN", "732829320", "pass", "company-identifier.luhn"],
    ["a SIRET with a wrong check digit", "81234567800014", "fail", "company-identifier.check-digit"],
    ["a SIRET of 13 digits", "8123456780001", "fail", "company-identifier.format"],
    ["a SIRET of 15 digits", "812345678000130", "fail", "company-identifier.format"],
    ["letters", "SIRET-INCONNU", "fail", "company-identifier.format"],
    // 3+5+6+1 = 15, a multiple of 5, while the Luhn sum is 16: valid only by La Poste's own rule.
    ["a La Poste SIRET valid only by the sum of its digits", "35600000000010", "pass", "company-identifier.la-poste"],
    ["a La Poste SIRET failing both rules (digit sum 16)", "35600000000011", "fail", "company-identifier.check-digit"],
    // Digit sum 50, but not La Poste's SIREN: the exception does not apply.
    ["another firm's SIRET whose digits sum to a multiple of 5", "81234567800015", "fail", "company-identifier.check-digit"],
    ["no identifier", undefined, "unknown", "company-identifier.missing"],
  ])("%s (%s) → %s", (_case, identifier, status, outcome) => {
    const rule = ruleOf(evaluate({ identifier }), "company-identifier");
    expect(rule.status).toBe(status);
    expect(rule.outcome).toBe(outcome);
  });

  it("names the identifier it judged, as digits, and its kind", () => {
    expect(ruleOf(evaluate({ identifier: "356 000 000 00010" }), "company-identifier").figures).toEqual({ identifier: "35600000000010", kind: "siret" });
    expect(ruleOf(evaluate({ identifier: "732829320" }), "company-identifier").figures).toEqual({ identifier: "732829320", kind: "siren" });
  });
});

describe("head office (region 93 from the official commune list; outside is a warning, not a failure)", () => {
  it.each<[string, string | undefined, RuleStatus, string, string | undefined]>([
    ["Marseille", "13001", "pass", "head-office-region.inside", "13"],
    // Postcodes across two departments, both in the region (postcodes and departments do not match one to one): still inside.
    ["13780, Cuges-les-Pins (13) and Riboux (83)", "13780", "pass", "head-office-region.inside", "13, 83"],
    ["05110, communes of 04 and 05", "05110", "pass", "head-office-region.inside", "04, 05"],
    // 05700 includes Villebois-les-Pins in the Drôme, outside the region.
    ["05700, straddling the region", "05700", "warn", "head-office-region.straddles", "05, 26"],
    ["Paris", "75001", "warn", "head-office-region.outside", "75"],
    ["Ajaccio, Corsica (region 94, not 93)", "20000", "warn", "head-office-region.outside", "2A"],
    // Monaco is not a French commune: the postcode exists nowhere in the official list.
    ["Monaco", "98000", "unknown", "head-office-region.unknown-postcode", undefined],
    ["a postcode that does not exist", "00000", "unknown", "head-office-region.unknown-postcode", undefined],
    ["no postcode", undefined, "unknown", "head-office-region.missing", undefined],
  ])("%s (%s) → %s", (_case, postcode, status, outcome, departments) => {
    const result = evaluate({ postcode });
    const rule = ruleOf(result, "head-office-region");
    expect(rule.status).toBe(status);
    expect(rule.outcome).toBe(outcome);
    if (departments !== undefined) expect(rule.figures).toEqual({ postcode, departments });
    // Where the head office sits never blocks on its own: the products' origin is what counts.
    expect(result.verdict).toBe(status === "pass" ? "eligible" : "eligible-with-conditions");
  });
});

describe("trademark (a condition to meet, not a blocker)", () => {
  it.each<["registered" | "pending" | "none" | undefined, RuleStatus, string, Verdict]>([
    ["registered", "pass", "trademark.registered", "eligible"],
    ["pending", "warn", "trademark.pending", "eligible-with-conditions"],
    ["none", "warn", "trademark.none", "eligible-with-conditions"],
    [undefined, "unknown", "trademark.missing", "eligible-with-conditions"],
  ])("%s → %s", (trademark, status, outcome, verdict) => {
    const result = evaluate({ trademark });
    expect(ruleOf(result, "trademark")).toMatchObject({ status, outcome });
    expect(result.verdict).toBe(verdict);
  });
});

describe("products: non-perishable (chilled, frozen or under 12 months of shelf life for food = perishable)", () => {
  it.each<[string, ProductReason | "passes", Partial<ProductFacts>]>([
    ["calissons, ambient, 12 months", "passes", {}],
    ["chilled tapenade", "chilled", { category: "grocery", storage: "chilled", shelfLifeMonths: 24 }],
    ["frozen", "frozen", { storage: "frozen" }],
    ["food kept 11 months", "short-shelf-life", { shelfLifeMonths: 11 }],
    ["food kept 12 months (the default minimum)", "passes", { shelfLifeMonths: 12 }],
    ["olive oil with no shelf life given", "missing-shelf-life", { category: "olive-oil", shelfLifeMonths: undefined }],
    // Cosmetics need no date above 30 months (Reg. 1223/2009); wine ≥ 10 % vol carries none.
    ["Marseille soap with no shelf life", "passes", { category: "soap-cosmetics", shelfLifeMonths: undefined }],
    ["rosé with no shelf life", "passes", { category: "wine", shelfLifeMonths: undefined }],
    ["honey, storage not given, 24 months", "passes", { category: "honey-jams", storage: undefined, shelfLifeMonths: 24 }],
  ])("%s → %s", (_case, reason, change) => {
    const rule = ruleOf(evaluate({}, [product("P-1", change)]), "products-non-perishable");
    if (reason === "passes") {
      expect(rule).toMatchObject({ status: "pass", outcome: "products-non-perishable.all", products: [] });
    } else {
      // The only product is perishable: the whole catalogue fails, and the product is named.
      expect(rule).toMatchObject({ status: "fail", outcome: "products-non-perishable.none", products: [{ sku: "P-1", reason }] });
    }
  });

  it("reads the minimum shelf life from the settings (a design choice the user can change)", () => {
    const settings: CatalogueSettings = { ...DEFAULT_CATALOGUE_SETTINGS, minShelfLifeMonths: { ...DEFAULT_CATALOGUE_SETTINGS.minShelfLifeMonths, value: 6 } };
    const rule = ruleOf(evaluate({}, [product("P-1", { shelfLifeMonths: 11 })], { ...CONTEXT, settings }), "products-non-perishable");
    expect(rule.status).toBe("pass");
  });
});

describe("products: origin (made in region 93; a Provence GI area outside it is a warning)", () => {
  it.each<[string, RuleStatus, ProductReason | undefined, Partial<ProductFacts>]>([
    ["calissons from Aix", "pass", undefined, {}],
    // AOP Huile essentielle de lavande de Haute-Provence covers communes of the Drôme.
    ["Drôme (26110) lavender oil with AOP", "warn", "gi-area", { category: "essential-oils", originPostcode: "26110", labels: ["AOP"], shelfLifeMonths: undefined }],
    ["the same lavender oil without a label", "fail", "outside", { category: "essential-oils", originPostcode: "26110", labels: [], shelfLifeMonths: undefined }],
    ["the same lavender oil, Label Rouge only (not a GI)", "fail", "outside", { category: "essential-oils", originPostcode: "26110", labels: ["Label Rouge"], shelfLifeMonths: undefined }],
    // Huile d'olive de Nyons (AOP) is a Drôme product, not a Provence one.
    ["Nyons olive oil with AOP", "fail", "outside", { category: "olive-oil", originPostcode: "26110", labels: ["AOP"], shelfLifeMonths: 18 }],
    ["Nougat de Montélimar with IGP", "fail", "outside", { category: "confectionery", originPostcode: "26200", labels: ["IGP"] }],
    // IGP Miel de Provence covers parts of the Gard.
    ["Gard (30200) honey with IGP", "warn", "gi-area", { category: "honey-jams", originPostcode: "30200", labels: ["IGP"], shelfLifeMonths: 24 }],
    ["Gard honey without IGP", "fail", "outside", { category: "honey-jams", originPostcode: "30200", labels: [], shelfLifeMonths: 24 }],
    ["made in 05700, which straddles the region", "warn", "straddles", { originPostcode: "05700" }],
    ["made in Paris", "fail", "outside", { originPostcode: "75001" }],
    ["made in Corsica", "fail", "outside", { originPostcode: "20000" }],
    ["a postcode that does not exist", "fail", "unknown", { originPostcode: "00000" }],
    ["no production site given", "fail", "missing-origin", { originPostcode: undefined }],
  ])("%s → %s", (_case, status, reason, change) => {
    const rule = ruleOf(evaluate({}, [product("P-1", change)]), "products-origin");
    expect(rule.status).toBe(status);
    expect(rule.products).toEqual(reason === undefined ? [] : [{ sku: "P-1", reason }]);
  });
});

describe("products: CBEC positive list (a heading our dated data does not know is 'not checked', never 'pass')", () => {
  it.each<[string, RuleStatus, string, (string | undefined)[]]>([
    ["sugar confectionery 1704", "pass", "products-positive-list.all", ["17049099"]],
    ["chocolate 1806 and honey 0409", "pass", "products-positive-list.all", ["18063100", "04090000"]],
    ["soap 3401, not in our data", "unknown", "products-positive-list.some-to-check", ["34011100"]],
    ["no heading given", "unknown", "products-positive-list.some-to-check", [undefined]],
    ["1704 and 3401", "unknown", "products-positive-list.some-to-check", ["17049099", "34011100"]],
  ])("%s → %s", (_case, status, outcome, headings) => {
    const products = headings.map((hsCode, index) => product(`P-${index + 1}`, { hsCode }));
    const rule = ruleOf(evaluate({}, products), "products-positive-list");
    expect(rule).toMatchObject({ status, outcome });
    for (const note of rule.products) expect(note.reason).toBe("not-checked");
    expect(rule.products.map((note) => note.sku)).toEqual(
      products.filter((candidate) => !["1704", "1806", "0409"].includes(candidate.hsCode?.slice(0, 4) ?? "")).map((candidate) => candidate.sku),
    );
  });
});

describe("products: CBEC order limit (RMB 5,000 per order, consumer price with 9.1 % tax)", () => {
  // 1 EUR = 7.5554 CNY, then 9.1 % on ordinary goods: the limit is reached at
  // 5000 / 1.091 / 7.5554 = €606.5797…, each step rounded to the fen:
  // €606.57 → ¥4,582.88 + ¥417.04 = ¥4,999.92 (under);
  // €606.58 → ¥4,582.95 + ¥417.05 = ¥5,000.00 (at the limit, still allowed);
  // €606.59 → ¥4,583.03 + ¥417.06 = ¥5,000.09 (over).
  it.each<[string, RuleStatus, string, number]>([
    ["€606.57", "pass", "products-cbec-limit.all", 606_57],
    ["€606.58", "pass", "products-cbec-limit.all", 606_58],
    ["€606.59", "warn", "products-cbec-limit.some-to-check", 606_59],
  ])("lavender oil at %s → %s", (_case, status, outcome, priceCents) => {
    const oil = product("HE-LAV-1L", { category: "essential-oils", priceCents, netWeightMg: 1_000_000, shelfLifeMonths: undefined });
    const rule = ruleOf(evaluate({}, [oil]), "products-cbec-limit");
    expect(rule).toMatchObject({ status, outcome });
    // Over the limit an item may still enter, taxed as an ordinary import: a condition, not a block.
    expect(rule.products).toEqual(status === "pass" ? [] : [{ sku: "HE-LAV-1L", reason: "over-limit" }]);
  });
});

describe("products: a figure missing is 'to check', never a pass", () => {
  // A catalogue given with --catalogue is judged row by row, valid or not: a row may lack a price or
  // carry a category that is not on the list.
  it.each<[string, RuleId, ProductReason, Partial<ProductFacts>]>([
    ["no price: the price in China cannot be estimated", "products-cbec-limit", "missing-price", { priceCents: undefined }],
    ["€5,000 in a category not on the list: its tax class is unknown", "products-cbec-limit", "unknown-category", { category: undefined, priceCents: 5_000_00 }],
    ["a category not on the list and no shelf life: is it food?", "products-non-perishable", "unknown-category", { category: undefined, shelfLifeMonths: undefined }],
  ])("%s (%s)", (_case, id, reason, change) => {
    const rule = ruleOf(evaluate({}, [product("P-1", change)]), id);
    expect(rule).toMatchObject({ status: "warn", outcome: `${id}.some-to-check`, products: [{ sku: "P-1", reason }] });
  });

  it("a category not on the list with a shelf life of 24 months is still non-perishable", () => {
    expect(ruleOf(evaluate({}, [product("P-1", { category: undefined, shelfLifeMonths: 24 })]), "products-non-perishable").status).toBe("pass");
  });
});

describe("product rules over a catalogue: all pass / some fail / none pass / no products", () => {
  const PRODUCT_RULES = ["products-non-perishable", "products-origin", "products-positive-list", "products-cbec-limit"] as const;

  it.each<[string, RuleStatus, string, Record<string, number>, ProductFacts[]]>([
    ["every product passes", "pass", "all", { products: 2, passing: 2, blocked: 0 }, [product("A"), product("B")]],
    ["one of two is chilled", "warn", "some-blocked", { products: 2, passing: 1, blocked: 1 }, [product("A"), product("B", { storage: "chilled" })]],
    ["one chilled, one frozen", "fail", "none", { products: 2, passing: 0, blocked: 2 }, [product("A", { storage: "chilled" }), product("B", { storage: "frozen" })]],
  ])("non-perishable: %s → %s (%s)", (_case, status, outcome, figures, products) => {
    const rule = ruleOf(evaluate({}, products), "products-non-perishable");
    expect(rule).toMatchObject({ status, outcome: `products-non-perishable.${outcome}`, figures });
  });

  it("one product from the Drôme with AOP, one from Aix: a condition (some to check), not a block", () => {
    const lavender = product("HE-LAV", { category: "essential-oils", originPostcode: "26110", labels: ["AOP"] });
    const rule = ruleOf(evaluate({}, [product("CAL"), lavender]), "products-origin");
    expect(rule).toMatchObject({ status: "warn", outcome: "products-origin.some-to-check", products: [{ sku: "HE-LAV", reason: "gi-area" }] });
  });

  it.each(PRODUCT_RULES)("%s without any product → unknown (never pass)", (id) => {
    const result = evaluate({}, []);
    expect(ruleOf(result, id)).toMatchObject({ status: "unknown", outcome: `${id}.no-products`, figures: { products: 0 } });
    expect(result.verdict).toBe("eligible-with-conditions");
  });
});

describe("the verdict", () => {
  it.each<[string, Verdict, Partial<CompanyFacts>, ProductFacts[]]>([
    ["every rule passes", "eligible", {}, [CALISSONS]],
    ["a trademark pending (warn)", "eligible-with-conditions", { trademark: "pending" }, [CALISSONS]],
    ["no products (unknown)", "eligible-with-conditions", {}, []],
    ["staff unknown (unknown)", "eligible-with-conditions", { headcount: undefined }, [CALISSONS]],
    ["a soap whose heading is not checked (unknown)", "eligible-with-conditions", {}, [product("SAV", { category: "soap-cosmetics", hsCode: "34011100" })]],
    ["not an SME (fail)", "not-eligible", { headcount: 400 }, [CALISSONS]],
    ["owned by a non-SME (fail), everything else passing", "not-eligible", { independent: false }, [CALISSONS]],
    ["a wrong check digit (fail) with warnings elsewhere", "not-eligible", { identifier: "81234567800014", trademark: "none", postcode: "75001" }, [CALISSONS]],
    ["every product made outside (fail)", "not-eligible", {}, [product("NOUGAT", { originPostcode: "26200" })]],
  ])("%s → %s", (_case, verdict, company, products) => {
    expect(evaluate(company, products).verdict).toBe(verdict);
  });

  it("carries the rules version, the date of evaluation and every rule with its source", () => {
    const result = evaluate();
    expect(result.rulesVersion).toBe(RULES_VERSION);
    expect(result.evaluatedOn).toBe("2026-11-23");
    expect(result.rules.map((rule) => rule.id)).toEqual(Object.keys(RULES));
    for (const rule of result.rules) {
      expect(rule.source).toBe(RULES[rule.id].source);
      expect(rule.version).toBe(RULES[rule.id].version);
      expect(rule.outcome.startsWith(`${rule.id}.`)).toBe(true);
    }
  });
});

describe("compareVerdicts (what changed since the stored verdict)", () => {
  it("reports nothing when nothing moved", () => {
    expect(compareVerdicts(evaluate(), evaluate())).toEqual([]);
  });

  it("names each rule whose status moved, from → to", () => {
    const before = evaluate();
    const after = evaluate({ independent: false, trademark: "pending" });
    expect(compareVerdicts(before, after)).toEqual([
      { id: "independence", from: "pass", to: "fail" },
      { id: "trademark", from: "pass", to: "warn" },
    ]);
  });

  it("ignores a change of figures that leaves the status as it was", () => {
    expect(compareVerdicts(evaluate(), evaluate({ headcount: 7, turnoverCents: 900_000_00 }))).toEqual([]);
  });

  it("reports a rule the stored verdict did not have (an older rules version) as new", () => {
    const current = evaluate();
    const older: EligibilityResult = { ...current, rules: current.rules.filter((rule) => rule.id !== "products-cbec-limit") };
    expect(compareVerdicts(older, current)).toEqual([{ id: "products-cbec-limit", from: undefined, to: "pass" }]);
  });
});
