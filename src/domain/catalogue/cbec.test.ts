import { describe, expect, it } from "vitest";
import { createTranslator } from "../messages/index.js";
import { DEFAULT_CATALOGUE_SETTINGS } from "../settings.js";
import { CBEC_TAX_BASIS_POINTS, estimateCbecPrice } from "./cbec.js";

const settings = DEFAULT_CATALOGUE_SETTINGS;

/** The CBEC formula (source: cbec-tax-policy-2016): rate = (consumption tax + VAT) / (1 − consumption tax) × 0.7, VAT 13 %. */
function cbecRate(consumptionTax: number): number {
  return ((consumptionTax + 0.13) / (1 - consumptionTax)) * 0.7;
}

describe("CBEC tax rates", () => {
  it("ordinary goods: 9.1 %, exactly the formula with no consumption tax", () => {
    expect(CBEC_TAX_BASIS_POINTS.ordinary.value).toBe(Math.round(cbecRate(0) * 10_000));
    expect(CBEC_TAX_BASIS_POINTS.ordinary.value).toBe(910);
  });

  // The published 23.05 % and our estimates ≈ 17.9 %, ≈ 28.9 %: the formula agrees to within a few basis points.
  it.each([
    ["highEndCosmetic", 0.15, 2305],
    ["wine", 0.1, 1790],
    ["spirits", 0.2, 2890],
  ] as const)("%s: consumption tax %f → %i basis points", (kind, consumptionTax, basisPoints) => {
    expect(CBEC_TAX_BASIS_POINTS[kind].value).toBe(basisPoints);
    expect(Math.abs(cbecRate(consumptionTax) * 10_000 - basisPoints)).toBeLessThan(5);
  });

  it.each(["wine", "spirits"] as const)("%s rate says it is an estimate, in both languages", (kind) => {
    expect(CBEC_TAX_BASIS_POINTS[kind].source).toMatchObject({ from: "sources", id: "cbec-alcohol-estimate" });
    expect(createTranslator("en").cite(CBEC_TAX_BASIS_POINTS[kind].source)).toMatch(/^Our own estimate/);
    expect(createTranslator("fr").cite(CBEC_TAX_BASIS_POINTS[kind].source)).toMatch(/^Estimation de notre part/);
  });
});

describe("estimateCbecPrice", () => {
  it("ordinary goods: 100.00 EUR → 755.54 CNY + 9.1 % (68.75) = 824.29 CNY", () => {
    expect(estimateCbecPrice(100_00, 10_000, "ordinary", settings)).toEqual({
      priceCnyCents: 755_54,
      taxBasisPoints: 910,
      taxCnyCents: 68_75,
      consumerPriceCnyCents: 824_29,
      isEstimate: false,
    });
  });

  // 100.00 EUR = 755.54 CNY, so RMB 10 per gram is reached at 75.554 g and over it is not.
  it.each([
    ["at RMB 10 per gram (75.554 g)", 75_554, 2305],
    ["just under RMB 10 per gram (75.555 g)", 75_555, 910],
    ["far above (10 g)", 10_000, 2305],
    ["far below (1 kg)", 1_000_000, 910],
    ["weight unknown (0): not presumed high-end", 0, 910],
  ])("a 100.00 EUR cosmetic %s → %i basis points", (_what, netWeightMg, basisPoints) => {
    const estimate = estimateCbecPrice(100_00, netWeightMg, "cosmetic", settings);
    expect(estimate.taxBasisPoints).toBe(basisPoints);
    expect(estimate.taxCnyCents).toBe(Math.floor((755_54 * basisPoints * 2 + 10_000) / 20_000));
    expect(estimate.consumerPriceCnyCents).toBe(755_54 + estimate.taxCnyCents);
    expect(estimate.isEstimate).toBe(false);
  });

  it("a 4.90 EUR 100 g Marseille soap is an ordinary cosmetic: 37.02 + 3.37 = 40.39 CNY", () => {
    const estimate = estimateCbecPrice(4_90, 100_000, "cosmetic", settings);
    expect(estimate).toMatchObject({ priceCnyCents: 37_02, taxBasisPoints: 910, taxCnyCents: 3_37, consumerPriceCnyCents: 40_39 });
  });

  it.each([
    ["wine", 1790, 755_54 + 135_24],
    ["spirits", 2890, 755_54 + 218_35],
  ] as const)("%s is flagged as an estimate", (taxClass, basisPoints, consumer) => {
    const estimate = estimateCbecPrice(100_00, 750_000, taxClass, settings);
    expect(estimate.isEstimate).toBe(true);
    expect(estimate.taxBasisPoints).toBe(basisPoints);
    expect(estimate.consumerPriceCnyCents).toBe(consumer);
  });

  it("uses the rate from the settings, not a literal", () => {
    const estimate = estimateCbecPrice(100_00, 0, "ordinary", {
      ...settings,
      eurCny: { ...settings.eurCny, value: 80_000 },
    });
    expect(estimate.priceCnyCents).toBe(800_00);
    expect(estimate.consumerPriceCnyCents).toBe(872_80);
  });
});
