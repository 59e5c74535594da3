import type { PostcodeDirectory } from "../geo/postcodes.js";
import type { CatalogueSettings } from "../settings.js";
import { findCategory, isFood } from "./categories.js";
import { hasValidGtinCheckDigit } from "./gtin.js";
import { normaliseHsCode } from "./hs-codes.js";
import type { StoredPicture } from "./pictures.js";
import type { ProductValues } from "./product-values.js";
import { isHttpsUrl } from "./rules/images.js";
import { CATALOGUE_RULES } from "./rules/index.js";
import { isAcceptedNumber } from "./rules/numbers.js";
import type { ProductRule, Rule } from "./rules/rule.js";

/**
 * Channel readiness: how complete each stored product is for one sales channel, and the catalogue
 * as a whole ("completeness per channel", after Akeneo). Pure: the caller reads the products and
 * passes the postcode directory and the dated settings.
 */

/** A product as the store holds it (money in cents, weights in milligrams, as in the domain). */
export interface StoredProduct {
  sku: string;
  nameFr: string;
  nameZh: string | undefined;
  nameEn: string | undefined;
  brand: string;
  /** Category id (`categories.ts`). */
  category: string;
  gtin: string | undefined;
  hsCode: string;
  originPostcode: string;
  shelfLifeMonths: number | undefined;
  storage: "ambient" | "chilled" | "frozen" | undefined;
  netWeightMg: number;
  priceCents: number;
  stock: number | undefined;
  labels: string[];
  imageUrls: string[];
  /** The picture files the import checked and copied beside the database, main one first. */
  pictures: readonly StoredPicture[];
  /** Where the Chinese name comes from; undefined without one, or for a product read from a file. */
  nameZhStatus?: NameZhStatus | undefined;
  /** Food information (undefined when not given): as written; the net content with its volume when it is one. */
  ingredients?: string | undefined;
  ingredientsZh?: string | undefined;
  /** Where the Chinese ingredients come from, as for the name (a draft of ours is to be reviewed). */
  ingredientsZhStatus?: NameZhStatus | undefined;
  manufacturer?: string | undefined;
  manufacturerAddress?: string | undefined;
  netContent?: string | undefined;
  netContentMl?: number | undefined;
}

/** Where a product's Chinese name comes from: the company's catalogue, a draft of ours, a translator. */
export const NAME_ZH_STATUSES = ["supplied", "draft", "reviewed"] as const;
export type NameZhStatus = (typeof NAME_ZH_STATUSES)[number];

export const CHANNELS = ["tmall-global"] as const;
export type Channel = (typeof CHANNELS)[number];

export function isChannel(text: string): text is Channel {
  return (CHANNELS as readonly string[]).includes(text);
}

export type ChannelRequirement =
  | "name-zh"
  | "image"
  | "gtin"
  | "hs-code"
  | "weight"
  | "price"
  | "title-width"
  | "non-perishable"
  | "origin"
  | "ingredients"
  | "maker"
  | "ingredients-zh";

export interface RequirementDefinition {
  readonly requirement: ChannelRequirement;
  /** A blocking requirement must be met for the product to be ready; the others are recommended. */
  readonly isBlocking: boolean;
  /** Share of the completeness figure (design choice: every requirement weighs 1). */
  readonly weight: number;
  /**
   * The value the requirement needs is there, in a form the catalogue rules accept. The requirement is
   * met when it is and no error product rule that blocks the requirement fires (`blocks` in the rules).
   */
  readonly hasValue: (product: ProductValues) => boolean;
  /** Whether the requirement concerns the product at all (the food information: food only); always, when absent. */
  readonly appliesTo?: (product: ProductValues) => boolean;
}

/** The food information applies to food (`isFood`, categories.ts) and to nothing else. */
const isFoodProduct = (product: ProductValues): boolean => isFood(product.category);

/**
 * The Tmall Global profile, in report order. Design choice: every requirement weighs the same (1), so
 * a product's completeness is the share of the requirements that concern it that it meets; the GTIN
 * and the Chinese ingredients are recommended (they count in the completeness, they do not block the
 * export). Design choice: a requirement that does not concern a product — the food information of a
 * soap — is left out of its figure, neither met nor missed: a soap's completeness is the share of the
 * 9 requirements it has, a food's of all 12, so that adding food rules changed no soap's figure.
 */
export const TMALL_GLOBAL_PROFILE: readonly RequirementDefinition[] = [
  { requirement: "name-zh", isBlocking: true, weight: 1, hasValue: (product) => product.nameZh !== "" },
  // An https URL (the import keeps only those; checked again for products that come from elsewhere),
  // or a stored picture: a file the import checked (JPEG or PNG, at most 3 MB) and copied.
  { requirement: "image", isBlocking: true, weight: 1, hasValue: (product) => product.imageFiles.length > 0 || product.imageUrls.some((url) => isHttpsUrl(url)) },
  { requirement: "gtin", isBlocking: false, weight: 1, hasValue: (product) => hasValidGtinCheckDigit(product.gtin) },
  { requirement: "hs-code", isBlocking: true, weight: 1, hasValue: (product) => normaliseHsCode(product.hsCode) !== undefined },
  { requirement: "weight", isBlocking: true, weight: 1, hasValue: (product) => isAcceptedNumber("net_weight_g", product.netWeightMg) },
  { requirement: "price", isBlocking: true, weight: 1, hasValue: (product) => isAcceptedNumber("price_eur", product.priceCents) },
  // Design choice: a title is needed to measure one, so a product without `name_zh` misses both.
  { requirement: "title-width", isBlocking: true, weight: 1, hasValue: (product) => product.nameZh !== "" },
  // Design choice: a category not on the list (the import never stores one) cannot be judged — food
  // or not, taxed how — so it does not pass, and a ready product always has a known category.
  { requirement: "non-perishable", isBlocking: true, weight: 1, hasValue: (product) => product.category !== undefined },
  { requirement: "origin", isBlocking: true, weight: 1, hasValue: (product) => product.originPostcode !== "" },
  // Food listings show the ingredient list (配料表) and the factory's name and address (DOMAIN: the
  // item fields of taobao.item.add); the Chinese e-label (Shangcaifa [2018] 486) is written from them.
  { requirement: "ingredients", isBlocking: true, weight: 1, hasValue: (product) => product.ingredients !== "", appliesTo: isFoodProduct },
  { requirement: "maker", isBlocking: true, weight: 1, hasValue: (product) => product.manufacturer !== "" && product.manufacturerAddress !== "", appliesTo: isFoodProduct },
  { requirement: "ingredients-zh", isBlocking: false, weight: 1, hasValue: (product) => product.ingredientsZh !== "", appliesTo: isFoodProduct },
];

export interface ReadinessGap {
  readonly requirement: ChannelRequirement;
  /** `false` for a recommended requirement (the GTIN). */
  readonly isBlocking: boolean;
}

/**
 * A requirement met on a condition the user must confirm. Design choice: an origin in a GI area
 * ("gi-area": Drôme lavender, Drôme/Gard honey with a GI label) or a postcode whose communes straddle
 * the region border ("straddles") counts as met — the eligibility verdict treats both as conditions,
 * not refusals — but is flagged so that the proof is not forgotten. So is a Chinese name we drafted
 * ("name-draft"): it meets `name-zh`, but a person who reads Chinese must review it before it sells.
 */
export type ReadinessCaution =
  | { readonly requirement: "origin"; readonly reason: "gi-area" | "straddles" }
  | { readonly requirement: "name-zh"; readonly reason: "name-draft" }
  | { readonly requirement: "ingredients-zh"; readonly reason: "ingredients-draft" };

export interface ProductReadiness {
  readonly sku: string;
  readonly category: string;
  /** 0–100, integer, rounded down: 100 only when every requirement is met. */
  readonly completeness: number;
  /** No blocking gap. */
  readonly isReady: boolean;
  /** Unmet requirements, in profile order. */
  readonly gaps: readonly ReadinessGap[];
  /** Requirements met on a condition to confirm. */
  readonly cautions: readonly ReadinessCaution[];
}

/**
 * How many products of each kind the catalogue's readiness names (design choice): the reports and the
 * dossier show at most this many before "and N more"; the counts are always exact. The per-product
 * detail of a whole catalogue is never held at once: whoever lists every product reads them again
 * (`assessProductReadiness` on each), so memory does not grow with the catalogue.
 */
export const READINESS_SAMPLE_SIZE = 50;

/** How many there are, and the first of them (by SKU), at most READINESS_SAMPLE_SIZE. */
export interface Sample<T> {
  readonly count: number;
  readonly first: readonly T[];
}

export interface CatalogueReadiness {
  readonly channel: "tmall-global";
  /**
   * 0–100, integer, rounded down: the weighted share of all requirements met over all products (the
   * mean of the unrounded product figures); 0 products → 0.
   */
  readonly completeness: number;
  readonly readyCount: number;
  readonly total: number;
  /** Products that meet every requirement, with nothing to confirm. */
  readonly completeCount: number;
  /** Products with a blocking gap. */
  readonly notReady: Sample<ProductReadiness>;
  /** Ready products with a recommended gap or a condition to confirm. */
  readonly readyToImprove: Sample<ProductReadiness>;
  /** The products missing each requirement, in profile order (requirements every product meets are left out). */
  readonly missing: readonly { readonly requirement: ChannelRequirement; readonly isBlocking: boolean; readonly skus: Sample<string> }[];
  /** The products with each condition to confirm. */
  readonly toConfirm: readonly { readonly reason: ReadinessCaution["reason"]; readonly skus: Sample<string> }[];
  /** How many products each category id holds. */
  readonly categories: ReadonlyMap<string, number>;
}

export interface ReadinessContext {
  readonly postcodes: PostcodeDirectory;
  readonly settings: CatalogueSettings;
}

/**
 * A product's figure is met / applicable weight; the catalogue's is their mean. To keep it exact (no
 * float sum that floors 100 to 99), each product's share is counted in 1/SHARE_UNIT: a multiple of
 * every applicable weight a product can have (all the profile, or all of it but the food information).
 */
const FULL_WEIGHT = TMALL_GLOBAL_PROFILE.reduce((sum, definition) => sum + definition.weight, 0);
const NON_FOOD_WEIGHT = TMALL_GLOBAL_PROFILE.reduce((sum, definition) => sum + (definition.appliesTo === undefined ? definition.weight : 0), 0);
const SHARE_UNIT = FULL_WEIGHT * NON_FOOD_WEIGHT;

const CAUTION_REASONS: readonly ReadinessCaution["reason"][] = ["name-draft", "ingredients-draft", "gi-area", "straddles"];

/** A draft Chinese name is to be reviewed: the caution it raises once `name-zh` is met. */
const DRAFT_NAME_CAUTION: ReadinessCaution = { requirement: "name-zh", reason: "name-draft" };
/** So are Chinese ingredients we drafted, once `ingredients-zh` is met. */
const DRAFT_INGREDIENTS_CAUTION: ReadinessCaution = { requirement: "ingredients-zh", reason: "ingredients-draft" };

/**
 * The catalogue's readiness in one pass over its products (any iterable: the store reads them page by
 * page). `onEach` sees each product with its readiness, for what the same pass must also count.
 */
export function assessReadiness(
  products: Iterable<StoredProduct>,
  context: ReadinessContext,
  onEach?: (product: StoredProduct, readiness: ProductReadiness) => void,
): CatalogueReadiness {
  let metWeight = 0;
  let total = 0;
  let readyCount = 0;
  let completeCount = 0;
  const notReady = createSampler<ProductReadiness>();
  const readyToImprove = createSampler<ProductReadiness>();
  const missing = new Map(TMALL_GLOBAL_PROFILE.map((definition) => [definition.requirement, createSampler<string>()]));
  const toConfirm = new Map(CAUTION_REASONS.map((reason) => [reason, createSampler<string>()]));
  const categories = new Map<string, number>();
  for (const product of products) {
    const { readiness, met } = assessProduct(product, context);
    onEach?.(product, readiness);
    total++;
    metWeight += met;
    categories.set(product.category, (categories.get(product.category) ?? 0) + 1);
    for (const gap of readiness.gaps) missing.get(gap.requirement)?.add(product.sku);
    for (const caution of readiness.cautions) toConfirm.get(caution.reason)?.add(product.sku);
    if (!readiness.isReady) notReady.add(readiness);
    else if (readiness.gaps.length > 0 || readiness.cautions.length > 0) readyToImprove.add(readiness);
    else completeCount++;
    if (readiness.isReady) readyCount++;
  }
  return {
    channel: "tmall-global",
    completeness: catalogueCompleteness(metWeight, total),
    readyCount,
    total,
    completeCount,
    notReady: notReady.sample(),
    readyToImprove: readyToImprove.sample(),
    missing: TMALL_GLOBAL_PROFILE.flatMap(({ requirement, isBlocking }) => {
      const skus = missing.get(requirement)?.sample();
      return skus === undefined || skus.count === 0 ? [] : [{ requirement, isBlocking, skus }];
    }),
    toConfirm: CAUTION_REASONS.flatMap((reason) => {
      const skus = toConfirm.get(reason)?.sample();
      return skus === undefined || skus.count === 0 ? [] : [{ reason, skus }];
    }),
    categories,
  };
}

/**
 * What the store keeps of a product's readiness, stamped at write time, so that a portfolio of a
 * thousand companies sums its catalogues in SQL instead of assessing a million products again: whether
 * the product is ready and the weight of the requirements it meets (what `assessReadiness` sums).
 */
export interface ReadinessSummary {
  readonly isReady: boolean;
  readonly metWeight: number;
}

/** A product's readiness as the store keeps it: the same assessment as `assessProductReadiness`. */
export function summariseProductReadiness(product: StoredProduct, context: ReadinessContext): ReadinessSummary {
  const { readiness, met } = assessProduct(product, context);
  return { isReady: readiness.isReady, metWeight: met };
}

/**
 * A catalogue's completeness from the weight its products meet: 0–100, rounded down; 0 products → 0.
 * `assessReadiness` and the sums of the stored summaries both give their figure through it.
 */
export function catalogueCompleteness(metWeight: number, total: number): number {
  return total === 0 ? 0 : percentDown(metWeight, total * SHARE_UNIT);
}

/** One product's readiness (the export and the listings read the catalogue again, product by product). */
export function assessProductReadiness(product: StoredProduct, context: ReadinessContext): ProductReadiness {
  return assessProduct(product, context).readiness;
}

/** Counts what it is given and keeps the first READINESS_SAMPLE_SIZE of them. */
export function createSampler<T>(): { add(item: T): void; sample(): Sample<T> } {
  const first: T[] = [];
  let count = 0;
  return {
    add(item) {
      count++;
      if (first.length < READINESS_SAMPLE_SIZE) first.push(item);
    },
    sample: () => ({ count, first }),
  };
}

const PRODUCT_RULES = (CATALOGUE_RULES as readonly Rule[]).filter((rule): rule is ProductRule => rule.kind === "product");
const CAUTIONS = PRODUCT_RULES.flatMap((rule) => (rule.severity === "warning" && rule.caution !== undefined ? [{ rule, caution: rule.caution }] : []));
const blockersOf = (requirement: ChannelRequirement): ProductRule[] =>
  PRODUCT_RULES.filter((rule) => rule.severity === "error" && rule.blocks === requirement);
const BLOCKERS: ReadonlyMap<ChannelRequirement, readonly ProductRule[]> = new Map(
  TMALL_GLOBAL_PROFILE.map((definition) => [definition.requirement, blockersOf(definition.requirement)]),
);

/**
 * The profile and the rules a stored summary was assessed with, as one text: it changes whenever a
 * requirement, its weight or whether it blocks changes, or a catalogue rule that blocks one or raises
 * a caution is added, removed or changed in severity — so summaries stamped before are stale.
 */
export const READINESS_PROFILE_VERSION: string = [
  ...TMALL_GLOBAL_PROFILE.map(
    (definition) => `${definition.requirement}:${definition.isBlocking ? "blocking" : "recommended"}:${definition.weight}:${definition.appliesTo === undefined ? "all" : "some"}`,
  ),
  ...PRODUCT_RULES.filter((rule) => rule.blocks !== undefined || rule.caution !== undefined).map(
    (rule) => `${rule.code}:${rule.severity}:${rule.blocks ?? ""}:${rule.caution?.reason ?? ""}`,
  ),
].join(",");

function fires(rule: ProductRule, product: ProductValues, context: ReadinessContext): boolean {
  return rule.checks.some((check) => check.check(product, context) !== undefined);
}

/** A stored product as the product rules read it (the category looked up; absent texts empty). */
function valuesOf(product: StoredProduct): ProductValues {
  return {
    ...product,
    nameZh: (product.nameZh ?? "").trim(),
    nameEn: product.nameEn ?? "",
    category: findCategory(product.category),
    gtin: product.gtin ?? "",
    ingredients: (product.ingredients ?? "").trim(),
    ingredientsZh: (product.ingredientsZh ?? "").trim(),
    manufacturer: (product.manufacturer ?? "").trim(),
    manufacturerAddress: (product.manufacturerAddress ?? "").trim(),
    netContent: product.netContent ?? "",
    netContentMl: product.netContentMl,
    imageFiles: product.pictures.map((picture) => picture.source),
  };
}

function assessProduct(product: StoredProduct, context: ReadinessContext): { readiness: ProductReadiness; met: number } {
  const values = valuesOf(product);
  const metRequirements = new Set<ChannelRequirement>();
  const gaps: ReadinessGap[] = [];
  let met = 0;
  let applicable = 0;
  for (const definition of TMALL_GLOBAL_PROFILE) {
    if (definition.appliesTo !== undefined && !definition.appliesTo(values)) continue;
    applicable += definition.weight;
    const isMet = definition.hasValue(values) && !(BLOCKERS.get(definition.requirement) ?? []).some((rule) => fires(rule, values, context));
    if (isMet) {
      met += definition.weight;
      metRequirements.add(definition.requirement);
    } else {
      gaps.push({ requirement: definition.requirement, isBlocking: definition.isBlocking });
    }
  }
  const cautions: ReadinessCaution[] = [];
  for (const { rule, caution } of CAUTIONS) {
    if (metRequirements.has(caution.requirement) && fires(rule, values, context)) cautions.push(caution);
  }
  if (metRequirements.has("ingredients-zh") && product.ingredientsZhStatus === "draft") cautions.unshift(DRAFT_INGREDIENTS_CAUTION);
  if (metRequirements.has("name-zh") && product.nameZhStatus === "draft") cautions.unshift(DRAFT_NAME_CAUTION);
  return {
    readiness: {
      sku: product.sku,
      category: product.category,
      completeness: percentDown(met, applicable),
      isReady: gaps.every((gap) => !gap.isBlocking),
      gaps,
      cautions,
    },
    // This product's share, in 1/SHARE_UNIT (exact: SHARE_UNIT is a multiple of `applicable`).
    met: applicable === 0 ? 0 : (met * SHARE_UNIT) / applicable,
  };
}

function percentDown(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.floor((part * 100) / whole);
}
