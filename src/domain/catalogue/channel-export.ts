import type { CatalogueSettings, SourcedValue } from "../settings.js";
import { findCategory, type TaxClass } from "./categories.js";
import { CBEC_TAX_BASIS_POINTS, estimateCbecPrice, type CbecEstimate } from "./cbec.js";
import type { CatalogueReadiness, ProductReadiness, StoredProduct } from "./readiness.js";
import { isOverCbecLimit } from "./rules/cbec-limit.js";

/**
 * What `eprovence export` decides and computes, before any file exists: the gate (may the catalogue
 * be exported?) and, per exported product, its price in China with the estimated CBEC tax.
 */

/** Why an export is allowed ("ready", "partial") or refused (the others). */
export type ExportVerdict = "ready" | "partial" | "no-products" | "below-minimum" | "draft-names" | "not-ready" | "none-ready";

export interface ExportGate {
  /** Export the ready products even when some are not ready. */
  readonly allowPartial: boolean;
  /** 0–100: refuse when the catalogue's completeness is below it. */
  readonly minCompleteness: number | undefined;
  /** Refuse while some Chinese name is still a draft (`--require-reviewed-names`, a gate for consultants). */
  readonly requireReviewedNames: boolean;
}

/**
 * The gate, in this order: no products → refused; below `--min-completeness` → refused (a CI gate that
 * fails writes nothing); a draft Chinese name under `--require-reviewed-names` → refused; every product ready → exported; none ready → refused even with
 * `--allow-partial` (design choice: an empty catalogue file helps nobody); some ready → exported with
 * `--allow-partial`, refused without.
 */
export function decideExport(readiness: CatalogueReadiness, gate: ExportGate): ExportVerdict {
  if (readiness.total === 0) return "no-products";
  if (isBelowMinimum(readiness, gate.minCompleteness)) return "below-minimum";
  if (gate.requireReviewedNames && countDraftNames(readiness) > 0) return "draft-names";
  if (readiness.readyCount === readiness.total) return "ready";
  if (readiness.readyCount === 0) return "none-ready";
  return gate.allowPartial ? "partial" : "not-ready";
}

export function isExportAllowed(verdict: ExportVerdict): boolean {
  return verdict === "ready" || verdict === "partial";
}

/** How many products carry a Chinese name still to be reviewed. */
export function countDraftNames(readiness: CatalogueReadiness): number {
  return readiness.toConfirm.find((confirm) => confirm.reason === "name-draft")?.skus.count ?? 0;
}

export function isBelowMinimum(readiness: CatalogueReadiness, minCompleteness: number | undefined): boolean {
  return minCompleteness !== undefined && readiness.completeness < minCompleteness;
}

/** The CBEC rate applied, by its name in `CBEC_TAX_BASIS_POINTS`. */
export type CbecTaxRateName = keyof typeof CBEC_TAX_BASIS_POINTS;

export interface ExportLine {
  readonly product: StoredProduct;
  readonly readiness: ProductReadiness;
  readonly taxClass: TaxClass;
  readonly taxRate: CbecTaxRateName;
  readonly estimate: CbecEstimate;
  /** Consumer price above the single-order limit (RMB 5,000): taxed as an ordinary import. */
  readonly isOverCbecLimit: boolean;
}

/** A product's line in the export with its price in China; undefined when it is not ready (it is left out). */
export function planExportLine(product: StoredProduct, readiness: ProductReadiness, settings: CatalogueSettings): ExportLine | undefined {
  if (!readiness.isReady) return undefined;
  // A ready product has a known category (readiness.ts); the guard keeps a wrong tax from being guessed.
  const category = findCategory(product.category);
  if (category === undefined) throw new Error(`ready product ${product.sku} has an unknown category ${product.category}`);
  const estimate = estimateCbecPrice(product.priceCents, product.netWeightMg, category.taxClass, settings);
  return {
    product,
    readiness,
    taxClass: category.taxClass,
    taxRate: nameTaxRate(category.taxClass, estimate.taxBasisPoints),
    estimate,
    isOverCbecLimit: isOverCbecLimit(estimate, settings),
  };
}

function nameTaxRate(taxClass: TaxClass, basisPoints: number): CbecTaxRateName {
  if (taxClass === "wine" || taxClass === "spirits") return taxClass;
  return taxClass === "cosmetic" && basisPoints === CBEC_TAX_BASIS_POINTS.highEndCosmetic.value ? "highEndCosmetic" : "ordinary";
}

export interface TaxAssumption extends SourcedValue<number> {
  readonly name: CbecTaxRateName;
  /** Wine and spirits: our own arithmetic from the CBEC formula (source: cbec-alcohol-estimate). */
  readonly isEstimate: boolean;
}

/** The CBEC rates an export applies, with their sources and dates, for the manifest. */
export function describeCbecTaxRates(): TaxAssumption[] {
  return (Object.keys(CBEC_TAX_BASIS_POINTS) as CbecTaxRateName[]).map((name) => ({
    name,
    ...CBEC_TAX_BASIS_POINTS[name],
    isEstimate: name === "wine" || name === "spirits",
  }));
}
