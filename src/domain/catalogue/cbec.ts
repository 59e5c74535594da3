import { applyBasisPoints, convertEurCentsToCnyCents } from "../money.js";
import type { CatalogueSettings, SourcedValue } from "../settings.js";
import { cite } from "../sources.js";
import type { TaxClass } from "./categories.js";

/**
 * CBEC retail import tax: duty 0 %, VAT and consumption tax charged at 70 %:
 * rate = (consumption tax + VAT) / (1 − consumption tax) × 0.7, VAT 13 % (source: cbec-tax-policy-2016, cbec-tax-policy-2018).
 * Wine and spirits are our own arithmetic from that formula: estimates, and labelled so.
 */
export const CBEC_TAX_BASIS_POINTS: Readonly<Record<"ordinary" | "highEndCosmetic" | "wine" | "spirits", SourcedValue<number>>> = {
  ordinary: { value: 910, unit: "basis points", source: cite("cbec-tax-policy-2018", { also: ["cbec-tax-policy-2016"], note: "cbec-ordinary-rate" }), date: "2019-04-01" },
  highEndCosmetic: {
    value: 2305,
    unit: "basis points",
    source: cite("high-end-cosmetics-tax-2016", { also: ["cbec-tax-policy-2018"], note: "cbec-high-end-cosmetic-rate" }),
    date: "2019-04-01",
  },
  wine: { value: 1790, unit: "basis points", source: cite("cbec-alcohol-estimate", { note: "cbec-wine-estimate" }), date: "2019-04-01" },
  spirits: { value: 2890, unit: "basis points", source: cite("cbec-alcohol-estimate", { note: "cbec-spirits-estimate" }), date: "2019-04-01" },
};

export interface CbecEstimate {
  readonly priceCnyCents: number;
  readonly taxBasisPoints: number;
  readonly taxCnyCents: number;
  readonly consumerPriceCnyCents: number;
  /** Wine and spirits rates are our own arithmetic. */
  readonly isEstimate: boolean;
}

/**
 * Estimated consumer price in China of one item sold at `priceCents` (EUR, before VAT). A cosmetic or
 * perfume is "high-end" at RMB 10 or more per gram (millilitres taken as grams: a design choice, as
 * the catalogue has no volume column).
 */
export function estimateCbecPrice(
  priceCents: number,
  netWeightMg: number,
  taxClass: TaxClass,
  settings: CatalogueSettings,
): CbecEstimate {
  const priceCnyCents = convertEurCentsToCnyCents(priceCents, settings.eurCny.value);
  let rate = CBEC_TAX_BASIS_POINTS.ordinary;
  if (taxClass === "wine") rate = CBEC_TAX_BASIS_POINTS.wine;
  else if (taxClass === "spirits") rate = CBEC_TAX_BASIS_POINTS.spirits;
  else if (
    taxClass === "cosmetic" &&
    netWeightMg > 0 &&
    priceCnyCents * 1000 >= settings.highEndCosmeticCnyCentsPerGram.value * netWeightMg
  ) {
    rate = CBEC_TAX_BASIS_POINTS.highEndCosmetic;
  }
  const taxCnyCents = applyBasisPoints(priceCnyCents, rate.value);
  return {
    priceCnyCents,
    taxBasisPoints: rate.value,
    taxCnyCents,
    consumerPriceCnyCents: priceCnyCents + taxCnyCents,
    isEstimate: taxClass === "wine" || taxClass === "spirits",
  };
}
