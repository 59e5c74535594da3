import type { CatalogueSettings } from "../../settings.js";
import type { Category } from "../categories.js";
import type { Storage } from "../product-values.js";
import { cellRule, productRule, type FieldReader } from "./rule.js";

/**
 * Non-perishable: chilled or frozen storage means perishable (a use-by date marks food kept cold), as
 * does a best-before horizon under the setting (12 months by default: no official minimum exists, a
 * design choice). Food that carries a best-before date must state its shelf life; wine and spirits,
 * cosmetics (a period after opening is enough) and goods that are not food need not, but a shelf life
 * given is checked. The catalogue check, the channel readiness and the eligibility verdict share these.
 */

export function isPerishableStorage(storage: Storage | undefined): storage is "chilled" | "frozen" {
  return storage === "chilled" || storage === "frozen";
}

export function isShelfLifeTooShort(months: number, settings: CatalogueSettings): boolean {
  return months < settings.minShelfLifeMonths.value;
}

export function lacksRequiredShelfLife(category: Category | undefined, months: number | undefined): boolean {
  return months === undefined && category?.requiresShelfLife === true;
}

/** The words French and English catalogues use, without case or accents. */
const STORAGE_WORDS: ReadonlyMap<string, Storage> = new Map([
  ["ambient", "ambient"],
  ["ambiant", "ambient"],
  ["ambiante", "ambient"],
  ["temperature ambiante", "ambient"],
  ["sec", "ambient"],
  ["dry", "ambient"],
  ["chilled", "chilled"],
  ["frais", "chilled"],
  ["refrigere", "chilled"],
  ["refrigerated", "chilled"],
  ["frozen", "frozen"],
  ["surgele", "frozen"],
  ["congele", "frozen"],
]);

export function parseStorage(text: string): Storage | undefined {
  return (
    STORAGE_WORDS.get(text) ??
    STORAGE_WORDS.get(
      text
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .toLowerCase()
        .trim(),
    )
  );
}

export const STORAGE_READER: FieldReader<"storage"> = {
  isList: false,
  read: parseStorage,
  keep: (values, storage) => (values.storage = storage),
  clear: (values) => (values.storage = undefined),
};

export const unknownStorage = cellRule({
  code: "unknown-storage",
  severity: "error",
  fields: ["storage"],
  check: (_text, storage) => storage === undefined || undefined,
});

export const missingShelfLife = productRule({
  code: "missing-shelf-life",
  severity: "error",
  blocks: "non-perishable",
  checks: [
    {
      field: "shelf_life_months",
      reads: ["shelf_life_months", "category"],
      check: ({ category, shelfLifeMonths }) => (category !== undefined && lacksRequiredShelfLife(category, shelfLifeMonths) ? { category: category.id } : undefined),
    },
  ],
});

/** One finding per cell at fault: a shelf life under the minimum, a storage that is cold. */
export const perishable = productRule({
  code: "perishable",
  severity: "error",
  source: "eu-1169-2011",
  settings: ["minShelfLifeMonths"],
  blocks: "non-perishable",
  checks: [
    {
      field: "shelf_life_months",
      reads: ["shelf_life_months"],
      check: ({ shelfLifeMonths }, { settings }) =>
        shelfLifeMonths !== undefined && isShelfLifeTooShort(shelfLifeMonths, settings) ? { minimum: settings.minShelfLifeMonths.value, reason: "shelf-life" } : undefined,
    },
    {
      field: "storage",
      reads: ["storage"],
      check: ({ storage }) => (isPerishableStorage(storage) ? { reason: storage } : undefined),
    },
  ],
});
