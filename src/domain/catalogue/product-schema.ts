import { z } from "zod";
import { FINDING_CODES, type FindingCode, type Severity } from "../errors.js";
import type { CatalogueSettings } from "../settings.js";
import { findCategory } from "./categories.js";
import { estimateCbecPrice } from "./cbec.js";
import { displayWidth } from "./display-width.js";
import { hasValidGtinCheckDigit } from "./gtin.js";
import { normaliseHsCode } from "./hs-codes.js";
import { findLabel } from "./labels.js";
import { isHttpsUrl, isValidSku } from "./row-validator.js";

/**
 * The catalogue rules for a product that arrives as an object (a JSON catalogue, the wizard's
 * "add a product", the store), as one zod schema. Each refinement calls the same predicate as the
 * compiled row validator and carries the same finding code, so both paths give the same verdicts
 * (the tests hold them to it). The file path does not use zod: it is the hot path (PERFORMANCE.md).
 */

/** Each check's message is its finding code, read back by `validateProduct`. */
function coded(code: FindingCode): { error: FindingCode } {
  return { error: code };
}

export function createProductSchema(settings: CatalogueSettings) {
  return z
    .object({
      sku: z.string().refine(isValidSku, coded("invalid-sku")),
      nameFr: z.string().trim().min(1, coded("missing-value")).max(200, coded("text-too-long")),
      nameZh: z
        .string()
        .refine((name) => displayWidth(name) <= settings.titleMaxDisplayUnits.value, coded("title-too-long"))
        .optional(),
      nameEn: z.string().max(200, coded("text-too-long")).optional(),
      brand: z.string().trim().min(1, coded("missing-value")).max(200, coded("text-too-long")),
      category: z.string().refine((label) => findCategory(label) !== undefined, coded("unknown-category")),
      gtin: z.string().refine(hasValidGtinCheckDigit, coded("invalid-gtin")).optional(),
      hsCode: z.string().refine((code) => normaliseHsCode(code) !== undefined, coded("invalid-hs-code")),
      originPostcode: z.string().regex(/^\d{5}$/, coded("invalid-postcode")),
      shelfLifeMonths: z.number().int(coded("not-a-whole-number")).min(0, coded("out-of-range")).optional(),
      storage: z.enum(["ambient", "chilled", "frozen"], coded("unknown-storage")).default("ambient"),
      netWeightMg: z.number().int().positive(coded("out-of-range")),
      priceCents: z.number().int(coded("too-many-decimals")).positive(coded("out-of-range")),
      stock: z.number().int(coded("not-a-whole-number")).min(0, coded("out-of-range")).optional(),
      labels: z.array(z.string().refine((label) => findLabel(label) !== undefined, coded("unknown-label"))).default([]),
      imageUrls: z.array(z.string().refine(isHttpsUrl, coded("invalid-image-url"))).default([]),
    })
    .superRefine((product, context) => {
      const category = findCategory(product.category);
      if (category === undefined) return;
      if (category.requiresShelfLife && product.shelfLifeMonths === undefined) {
        context.addIssue({ code: "custom", path: ["shelfLifeMonths"], message: "missing-shelf-life" });
      }
      if (product.shelfLifeMonths !== undefined && product.shelfLifeMonths < settings.minShelfLifeMonths.value) {
        context.addIssue({ code: "custom", path: ["shelfLifeMonths"], message: "perishable" });
      }
      if (product.storage !== "ambient") {
        context.addIssue({ code: "custom", path: ["storage"], message: "perishable" });
      }
      const estimate = estimateCbecPrice(product.priceCents, product.netWeightMg, category.taxClass, settings);
      if (estimate.consumerPriceCnyCents > settings.cbecOrderLimitCnyCents.value) {
        context.addIssue({ code: "custom", path: ["priceCents"], message: "over-cbec-limit" });
      }
    });
}

export type ProductInput = z.input<ReturnType<typeof createProductSchema>>;

export interface ProductIssue {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly path: string;
}

function isFindingCode(text: string): text is FindingCode {
  return Object.hasOwn(FINDING_CODES, text);
}

/**
 * Checks one product object; each issue carries the finding code and severity the file path would
 * give. A value of the wrong type (zod's own message) is `missing-value` when absent, else `invalid-number`.
 */
export function validateProduct(input: unknown, settings: CatalogueSettings): readonly ProductIssue[] {
  const result = createProductSchema(settings).safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const code: FindingCode = isFindingCode(issue.message)
      ? issue.message
      : issue.code === "invalid_type" && issue.input === undefined
        ? "missing-value"
        : "invalid-number";
    return { code, severity: FINDING_CODES[code], path: issue.path.join(".") };
  });
}
