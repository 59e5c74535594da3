import { describe, expect, it } from "vitest";
// Tests may read the real official commune list through io (domain code itself never does).
import { loadPostcodeDirectory } from "../../io/geo-data.js";
import { evaluateEligibility, type CompanyFacts, type EvaluationContext, type ProductFacts } from "../eligibility/evaluate.js";
import { ELIGIBILITY_OUTCOMES, PRODUCT_REASONS, type EligibilityOutcome } from "../eligibility/rules.js";
import { DEFAULT_CATALOGUE_SETTINGS } from "../settings.js";
import { createTranslator } from "./index.js";

const fr = createTranslator("fr");
const en = createTranslator("en");

/** Figures as the report passes them to the messages: a missing figure (null) is "". */
const SAMPLE_FIGURES = {
  headcount: 12,
  turnoverEur: 1_800_000,
  balanceSheetEur: 950_000,
  category: "small",
  maxNonSmeOwnershipPercent: 25,
  identifier: "81234567800013",
  kind: "siret",
  postcode: "05700",
  departments: "05, 26",
  products: 3,
  passing: 2,
  blocked: 1,
};

describe("eligibility messages", () => {
  it.each(ELIGIBILITY_OUTCOMES)("%s: a French and an English message and hint, each translated", (outcome) => {
    for (const [frText, enText] of [
      [fr.outcome(outcome, SAMPLE_FIGURES), en.outcome(outcome, SAMPLE_FIGURES)],
      [fr.outcomeHint(outcome, SAMPLE_FIGURES), en.outcomeHint(outcome, SAMPLE_FIGURES)],
    ] as const) {
      expect(frText.trim()).not.toBe("");
      expect(enText.trim()).not.toBe("");
      expect(frText).not.toBe(enText);
      for (const text of [frText, enText]) expect(text).not.toMatch(/undefined|NaN|null|\[object Object\]/);
    }
  });

  it.each(PRODUCT_REASONS)("product reason %s: French and English, translated", (reason) => {
    expect(fr.productReason(reason).trim()).not.toBe("");
    expect(en.productReason(reason).trim()).not.toBe("");
    expect(fr.productReason(reason)).not.toBe(en.productReason(reason));
  });

  // Classify and explain ("small: 12 staff, €1.8 m"), in each language's way.
  it.each([
    [fr, "Petite entreprise : effectif 12 ETP, chiffre d'affaires 1,8 M€, total du bilan 950 000 €."],
    [en, "Small enterprise: staff 12 FTE, turnover €1.8 m, balance sheet €950,000."],
  ])("explains the size class with its figures (%#)", (translator, expected) => {
    expect(translator.outcome("sme-size.small", SAMPLE_FIGURES).replace(/[\u00a0\u202f]/g, " ")).toBe(expected);
  });

  it.each([
    [fr, "Taille non déterminée : effectif non renseigné, chiffre d'affaires 500 000 €, total du bilan non renseigné."],
    [en, "Size not determined: staff not given, turnover €500,000, balance sheet not given."],
  ])("says a missing figure is not given, never a blank or a '?' (%#)", (translator, expected) => {
    const figures = { headcount: "", turnoverEur: 500_000, balanceSheetEur: "", category: "" };
    expect(translator.outcome("sme-size.missing-figures", figures).replace(/[\u00a0\u202f]/g, " ")).toBe(expected);
  });

  it("writes fractional staff the French way in French (9,5), the English way in English (9.5)", () => {
    const figures = { headcount: 9.5, turnoverEur: 1_000_000, balanceSheetEur: 1_000_000, category: "micro" };
    expect(fr.outcome("sme-size.micro", figures)).toContain("effectif 9,5 ETP");
    expect(en.outcome("sme-size.micro", figures)).toContain("staff 9.5 FTE");
  });
});

describe("every outcome the evaluator produces has words", () => {
  const context: EvaluationContext = { postcodes: loadPostcodeDirectory(), settings: DEFAULT_CATALOGUE_SETTINGS, today: new Date("2026-11-23T00:00:00Z") };
  const base: CompanyFacts = {
    identifier: "81234567800013",
    postcode: "13001",
    headcount: 5,
    turnoverCents: 500_000_00,
    balanceSheetCents: 200_000_00,
    independent: true,
    trademark: "registered",
  };
  const good: ProductFacts = {
    sku: "CAL",
    category: "confectionery",
    storage: "ambient",
    shelfLifeMonths: 12,
    originPostcode: "13100",
    labels: [],
    hsCode: "170490",
    priceCents: 12_50,
    netWeightMg: 250_000,
  };
  const bad: ProductFacts = { ...good, sku: "BAD", storage: "chilled", originPostcode: "75001", hsCode: "340111", category: "essential-oils", priceCents: 1_000_00 };
  const toCheck: ProductFacts = { ...good, sku: "GI", category: "essential-oils", originPostcode: "26110", labels: ["AOP"], hsCode: undefined };
  // A --catalogue row with figures missing: no category on the list, no shelf life, no price, no site.
  const sparse: ProductFacts = { ...good, sku: "SPARSE", category: undefined, shelfLifeMonths: undefined, priceCents: undefined, originPostcode: undefined };

  // Every branch of every rule: sizes, identifiers, places, trademark states, and catalogues that all
  // pass, partly fail, all fail, need checking or are empty.
  const companies: CompanyFacts[] = [
    base,
    { ...base, headcount: 20 },
    { ...base, headcount: 100, turnoverCents: 30 * 1_000_000_00 },
    { ...base, headcount: 300 },
    { ...base, headcount: undefined },
    { ...base, independent: false },
    { ...base, independent: undefined },
    { ...base, identifier: "35600000000010" },
    { ...base, identifier: "123" },
    { ...base, identifier: "81234567800014" },
    { ...base, identifier: undefined },
    { ...base, postcode: "75001" },
    { ...base, postcode: "05700" },
    { ...base, postcode: "98000" },
    { ...base, postcode: undefined },
    { ...base, trademark: "pending" },
    { ...base, trademark: "none" },
    { ...base, trademark: undefined },
  ];
  const catalogues: ProductFacts[][] = [[], [good], [good, bad], [bad], [good, toCheck], [toCheck], [good, sparse]];

  const produced = new Set<string>();
  const reasons = new Set<string>();
  for (const company of companies) {
    for (const products of catalogues) {
      for (const rule of evaluateEligibility(company, products, context).rules) {
        produced.add(rule.outcome);
        for (const note of rule.products) reasons.add(note.reason);
      }
    }
  }

  it.each([...produced].sort())("%s is a known outcome, in French and English", (outcome) => {
    expect(ELIGIBILITY_OUTCOMES).toContain(outcome);
    expect(fr.outcome(outcome as EligibilityOutcome, SAMPLE_FIGURES).trim()).not.toBe("");
    expect(en.outcome(outcome as EligibilityOutcome, SAMPLE_FIGURES).trim()).not.toBe("");
  });

  it.each([...reasons].sort())("product reason %s is a known reason", (reason) => {
    expect(PRODUCT_REASONS).toContain(reason);
  });

  it("the scenarios reach every company outcome (so the check above is not vacuous)", () => {
    const companyOutcomes = ELIGIBILITY_OUTCOMES.filter((outcome) => !outcome.startsWith("products-"));
    expect(companyOutcomes.filter((outcome) => !produced.has(outcome))).toEqual([]);
  });
});
