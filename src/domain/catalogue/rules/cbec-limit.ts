import type { CatalogueSettings } from "../../settings.js";
import { estimateCbecPrice, type CbecEstimate } from "../cbec.js";
import { productRule } from "./rule.js";

/**
 * The CBEC single-order limit (RMB 5,000 by default): an item whose consumer price in China, CBEC tax
 * included, is above it may still enter, taxed as an ordinary import — a warning, not an error. The
 * catalogue check, the eligibility verdict and the export share this predicate.
 */
export function isOverCbecLimit(estimate: CbecEstimate, settings: CatalogueSettings): boolean {
  return estimate.consumerPriceCnyCents > settings.cbecOrderLimitCnyCents.value;
}

export const overCbecLimit = productRule({
  code: "over-cbec-limit",
  severity: "warning",
  source: "cbec-limits-2018",
  settings: ["eurCny", "cbecOrderLimitCnyCents", "highEndCosmeticCnyCentsPerGram"],
  checks: [
    {
      field: "price_eur",
      reads: ["price_eur", "net_weight_g", "category"],
      check({ priceCents, netWeightMg, category }, { settings }) {
        if (priceCents === undefined || category === undefined) return undefined;
        const estimate = estimateCbecPrice(priceCents, netWeightMg ?? 0, category.taxClass, settings);
        if (!isOverCbecLimit(estimate, settings)) return undefined;
        // Rounded up: RMB 5,000.09 rounded to nearest would read "RMB 5000, above the RMB 5000 limit".
        return { consumerCny: Math.ceil(estimate.consumerPriceCnyCents / 100), limitCny: settings.cbecOrderLimitCnyCents.value / 100 };
      },
    },
  ],
});
