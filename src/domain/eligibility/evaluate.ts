import { findCategory } from "../catalogue/categories.js";
import { estimateCbecPrice } from "../catalogue/cbec.js";
import { isKnownOnPositiveList } from "../catalogue/hs-codes.js";
import { matchPositiveList } from "../catalogue/positive-list.js";
import type { Storage } from "../catalogue/product-values.js";
import { isOverCbecLimit } from "../catalogue/rules/cbec-limit.js";
import { judgeOrigin } from "../catalogue/rules/origin.js";
import { isPerishableStorage, isShelfLifeTooShort, lacksRequiredShelfLife } from "../catalogue/rules/shelf-life.js";
import { checkCompanyIdentifier } from "../company/identifiers.js";
import type { PostcodeDirectory } from "../geo/postcodes.js";
import type { CatalogueSettings } from "../settings.js";
import type { CitedSources } from "../sources.js";
import {
  MAX_NON_SME_OWNERSHIP_PERCENT,
  RULES,
  RULES_VERSION,
  SIZE_CLASSES,
  type EligibilityOutcome,
  type ProductReason,
  type RuleId,
  type SmeCategory,
} from "./rules.js";

/**
 * evaluateEligibility(company, products, context) → a verdict, rule by rule, with the figures that
 * decided each. Pure: the postcode directory, the settings and today's date are passed in. A missing
 * figure makes a rule "unknown", never "pass".
 */

export type RuleStatus = "pass" | "warn" | "fail" | "unknown";
export type Verdict = "eligible" | "eligible-with-conditions" | "not-eligible";

export interface CompanyFacts {
  /** SIRET or SIREN as given. */
  readonly identifier: string | undefined;
  readonly postcode: string | undefined;
  readonly headcount: number | undefined;
  readonly turnoverCents: number | undefined;
  readonly balanceSheetCents: number | undefined;
  readonly independent: boolean | undefined;
  readonly trademark: "registered" | "pending" | "none" | undefined;
}

export interface ProductFacts {
  readonly sku: string;
  /** Category id, or undefined when the label was not on the list. */
  readonly category: string | undefined;
  readonly storage: Storage | undefined;
  readonly shelfLifeMonths: number | undefined;
  readonly originPostcode: string | undefined;
  readonly labels: readonly string[];
  readonly hsCode: string | undefined;
  readonly priceCents: number | undefined;
  readonly netWeightMg: number | undefined;
}

export type Figures = Readonly<Record<string, string | number | boolean | null>>;

/** A product that fails or must be checked, and why (a stable code, put into words by the messages). */
export interface ProductNote {
  readonly sku: string;
  readonly reason: ProductReason;
}

export interface RuleResult {
  readonly id: RuleId;
  readonly version: number;
  readonly status: RuleStatus;
  /** Stable key of what was found, for the message catalogues. */
  readonly outcome: EligibilityOutcome;
  readonly figures: Figures;
  readonly products: readonly ProductNote[];
  readonly source: CitedSources;
}

export interface EligibilityResult {
  readonly verdict: Verdict;
  /** `null` when the figures do not allow a classification; "none" when the firm is not an SME. */
  readonly smeCategory: SmeCategory | "none" | null;
  readonly rulesVersion: string;
  readonly evaluatedOn: string;
  readonly rules: readonly RuleResult[];
}

export interface EvaluationContext {
  readonly postcodes: PostcodeDirectory;
  readonly settings: CatalogueSettings;
  readonly today: Date;
}

function result(id: RuleId, status: RuleStatus, outcome: string, figures: Figures = {}, products: readonly ProductNote[] = []): RuleResult {
  const rule = RULES[id];
  return { id, version: rule.version, status, outcome: `${id}.${outcome}` as EligibilityOutcome, figures, products, source: rule.source };
}

const euros = (cents: number | undefined): number | null => (cents === undefined ? null : cents / 100);

/** SME class (EU 2003/361): staff below the class limit AND (turnover OR balance sheet within it). */
export function classifySme(company: Pick<CompanyFacts, "headcount" | "turnoverCents" | "balanceSheetCents">): SmeCategory | "none" | null {
  const { headcount, turnoverCents, balanceSheetCents } = company;
  if (headcount === undefined || (turnoverCents === undefined && balanceSheetCents === undefined)) return null;
  for (const size of SIZE_CLASSES) {
    if (headcount >= size.staffBelow) continue;
    const turnoverFits = turnoverCents !== undefined && turnoverCents <= size.maxTurnoverCents;
    const balanceFits = balanceSheetCents !== undefined && balanceSheetCents <= size.maxBalanceSheetCents;
    if (turnoverFits || balanceFits) return size.category;
  }
  const largest = SIZE_CLASSES[SIZE_CLASSES.length - 1];
  if (largest === undefined) return null;
  // Not within any class: certain only if the staff alone rules it out or both figures are known.
  if (headcount >= largest.staffBelow) return "none";
  return turnoverCents !== undefined && balanceSheetCents !== undefined ? "none" : null;
}

function evaluateSize(company: CompanyFacts): RuleResult {
  const category = classifySme(company);
  const figures = { headcount: company.headcount ?? null, turnoverEur: euros(company.turnoverCents), balanceSheetEur: euros(company.balanceSheetCents), category };
  if (category === null) return result("sme-size", "unknown", "missing-figures", figures);
  if (category === "none") return result("sme-size", "fail", "not-sme", figures);
  return result("sme-size", "pass", category, figures);
}

function evaluateIndependence(company: CompanyFacts): RuleResult {
  const figures = { maxNonSmeOwnershipPercent: MAX_NON_SME_OWNERSHIP_PERCENT };
  if (company.independent === undefined) return result("independence", "warn", "unknown", figures);
  return company.independent ? result("independence", "pass", "independent", figures) : result("independence", "fail", "owned-by-non-sme", figures);
}

function evaluateIdentifier(company: CompanyFacts): RuleResult {
  if (company.identifier === undefined) return result("company-identifier", "unknown", "missing");
  const check = checkCompanyIdentifier(company.identifier);
  if (!check.isValid) return result("company-identifier", "fail", check.reason, { identifier: company.identifier });
  return result("company-identifier", "pass", check.rule, { identifier: check.digits, kind: check.kind });
}

function evaluateHeadOffice(company: CompanyFacts, context: EvaluationContext): RuleResult {
  if (company.postcode === undefined) return result("head-office-region", "unknown", "missing");
  const place = context.postcodes.locate(company.postcode);
  if (place.kind === "unknown") return result("head-office-region", "unknown", "unknown-postcode", { postcode: company.postcode });
  const departments = [...new Set(place.communes.map((commune) => commune.department))].join(", ");
  const figures = { postcode: company.postcode, departments };
  if (place.kind === "inside") return result("head-office-region", "pass", "inside", figures);
  return result("head-office-region", "warn", place.kind, figures);
}

function evaluateTrademark(company: CompanyFacts): RuleResult {
  if (company.trademark === undefined) return result("trademark", "unknown", "missing");
  if (company.trademark === "registered") return result("trademark", "pass", "registered");
  return result("trademark", "warn", company.trademark);
}

type Judge = (product: ProductFacts) => { readonly reason: ProductReason; readonly isBlocking: boolean } | undefined;

/**
 * A product rule over the catalogue, fed one product at a time (the four rules share one pass over the
 * products): pass when every product passes, `partly` (warn) when some do not (they are named), fail
 * when every product is blocked, unknown without products. `facts` go with every outcome's figures.
 */
function overProducts(id: RuleId, judge: Judge, partly: RuleStatus = "warn", facts: Figures = {}): { add(product: ProductFacts): void; result(): RuleResult } {
  const notes: ProductNote[] = [];
  let total = 0;
  let blocked = 0;
  return {
    add(product) {
      total++;
      const finding = judge(product);
      if (finding === undefined) return;
      notes.push({ sku: product.sku, reason: finding.reason });
      if (finding.isBlocking) blocked++;
    },
    result() {
      if (total === 0) return result(id, "unknown", "no-products", { products: 0, ...facts });
      const figures = { products: total, passing: total - notes.length, blocked, ...facts };
      if (notes.length === 0) return result(id, "pass", "all", figures, notes);
      if (blocked === total) return result(id, "fail", "none", figures, notes);
      return result(id, partly, blocked > 0 ? "some-blocked" : "some-to-check", figures, notes);
    },
  };
}

/** The catalogue's perishable rules, in the order that names one reason per product: storage first. */
function perishableReason(product: ProductFacts, settings: CatalogueSettings): ProductReason | undefined {
  if (isPerishableStorage(product.storage)) return product.storage;
  const category = product.category === undefined ? undefined : findCategory(product.category);
  if (product.shelfLifeMonths === undefined) {
    // Without a known category nobody can say whether the product is food that needs a date: to
    // check, not a pass (a --catalogue row is judged even when its category is not on the list).
    if (category === undefined) return "unknown-category";
    return lacksRequiredShelfLife(category, undefined) ? "missing-shelf-life" : undefined;
  }
  return isShelfLifeTooShort(product.shelfLifeMonths, settings) ? "short-shelf-life" : undefined;
}

/** `products`: any iterable, read once (the store's, page by page). */
export function evaluateEligibility(company: CompanyFacts, products: Iterable<ProductFacts>, context: EvaluationContext): EligibilityResult {
  const { settings, postcodes } = context;
  const productRules = [
    overProducts("products-non-perishable", (product) => {
      const reason = perishableReason(product, settings);
      return reason === undefined ? undefined : { reason, isBlocking: reason !== "unknown-category" };
    }),
    overProducts("products-origin", (product) => {
      if (product.originPostcode === undefined) return { reason: "missing-origin", isBlocking: true };
      const origin = judgeOrigin(product.originPostcode, product.category, product.labels, postcodes);
      if (origin === "inside") return undefined;
      return { reason: origin, isBlocking: origin === "outside" || origin === "unknown" };
    }),
    // With the list the consultant supplied, a code off it is blocking; without it, our data is
    // incomplete by nature: a heading it does not know is "not checked".
    overProducts(
      "products-positive-list",
      (product) => {
        const list = settings.positiveList;
        if (list !== undefined && product.hsCode !== undefined) return matchPositiveList(list, product.hsCode) === "absent" ? { reason: "not-on-positive-list", isBlocking: true } : undefined;
        return product.hsCode !== undefined && isKnownOnPositiveList(product.hsCode) ? undefined : { reason: "not-checked", isBlocking: false };
      },
      "unknown",
      // Which list judged the codes, so the report can say so: the one supplied, or our data (null).
      { positiveListEdition: settings.positiveList?.edition ?? null, positiveListSource: settings.positiveList?.source ?? null },
    ),
    overProducts("products-cbec-limit", (product) => {
      const category = product.category === undefined ? undefined : findCategory(product.category);
      // No price or no tax class: the price in China cannot be estimated, so the product is to check,
      // never "under the limit" by default (a €5,000 row with a misspelt category used to pass).
      if (product.priceCents === undefined) return { reason: "missing-price", isBlocking: false };
      if (category === undefined) return { reason: "unknown-category", isBlocking: false };
      const estimate = estimateCbecPrice(product.priceCents, product.netWeightMg ?? 0, category.taxClass, settings);
      return isOverCbecLimit(estimate, settings) ? { reason: "over-limit", isBlocking: false } : undefined;
    }),
  ];
  for (const product of products) for (const rule of productRules) rule.add(product);
  const rules: RuleResult[] = [
    evaluateSize(company),
    evaluateIndependence(company),
    evaluateIdentifier(company),
    evaluateHeadOffice(company, context),
    evaluateTrademark(company),
    ...productRules.map((rule) => rule.result()),
  ];
  const verdict: Verdict = rules.some((rule) => rule.status === "fail")
    ? "not-eligible"
    : rules.some((rule) => rule.status !== "pass")
      ? "eligible-with-conditions"
      : "eligible";
  return {
    verdict,
    smeCategory: classifySme(company),
    rulesVersion: RULES_VERSION,
    evaluatedOn: context.today.toISOString().slice(0, 10),
    rules,
  };
}

export interface RuleChange {
  readonly id: RuleId;
  readonly from: RuleStatus | undefined;
  readonly to: RuleStatus;
}

/** What changed since a stored verdict: rules whose status moved (or that did not exist then). */
export function compareVerdicts(previous: EligibilityResult, current: EligibilityResult): RuleChange[] {
  const before = new Map(previous.rules.map((rule) => [rule.id, rule.status]));
  return current.rules.filter((rule) => before.get(rule.id) !== rule.status).map((rule) => ({ id: rule.id, from: before.get(rule.id), to: rule.status }));
}
