import { cite, type CitedSources } from "../sources.js";

/**
 * The eligibility rules, as data: each has an id, a version, a plain-language statement in French and
 * English, its source and the date it was checked, and the thresholds its evaluation reads. Changing a
 * threshold is a change here, not in evaluate.ts; bump the rule's version and RULES_VERSION when you do,
 * so that a stored verdict says which rules produced it.
 *
 * Each rule cites its sources by id (SOURCES.md); where no source gives a figure, the choice is ours
 * and its source entry says so.
 */

export const RULES_VERSION = "2026-11-23.2";

export type RuleId =
  | "sme-size"
  | "independence"
  | "company-identifier"
  | "head-office-region"
  | "trademark"
  | "products-non-perishable"
  | "products-origin"
  | "products-positive-list"
  | "products-cbec-limit";

export interface RuleDefinition {
  readonly id: RuleId;
  readonly version: number;
  readonly statement: { readonly fr: string; readonly en: string };
  readonly source: CitedSources;
  readonly date: string;
}

export type SmeCategory = "micro" | "small" | "medium";

export interface SizeClass {
  readonly category: SmeCategory;
  /** Staff (annual work units) must be strictly below this. */
  readonly staffBelow: number;
  readonly maxTurnoverCents: number;
  readonly maxBalanceSheetCents: number;
}

/** Smallest class first. source: sme-recommendation-2003, sme-decree-2008 (art. 3). */
export const SIZE_CLASSES: readonly SizeClass[] = [
  { category: "micro", staffBelow: 10, maxTurnoverCents: 2_000_000_00, maxBalanceSheetCents: 2_000_000_00 },
  { category: "small", staffBelow: 50, maxTurnoverCents: 10_000_000_00, maxBalanceSheetCents: 10_000_000_00 },
  { category: "medium", staffBelow: 250, maxTurnoverCents: 50_000_000_00, maxBalanceSheetCents: 43_000_000_00 },
];

/** A firm more than this share owned by a non-SME is not an SME. source: sme-recommendation-2003 (annex, art. 3). */
export const MAX_NON_SME_OWNERSHIP_PERCENT = 25;

const CHECKED = "2026-11-23";

export const RULES: Readonly<Record<RuleId, RuleDefinition>> = {
  "sme-size": {
    id: "sme-size",
    version: 1,
    statement: {
      fr: "L'entreprise est une TPE ou une PME : moins de 250 salariés, et un chiffre d'affaires d'au plus 50 M€ ou un total de bilan d'au plus 43 M€.",
      en: "The firm is a micro, small or medium enterprise: fewer than 250 staff, and turnover of at most €50 m or a balance sheet of at most €43 m.",
    },
    source: cite("sme-recommendation-2003", { also: ["sme-decree-2008"], note: "sme-decree-article-3" }),
    date: CHECKED,
  },
  independence: {
    id: "independence",
    version: 1,
    statement: {
      fr: "Aucune entreprise qui n'est pas une PME ne détient plus de 25 % du capital (sinon les chiffres du groupe comptent).",
      en: "No firm that is not an SME owns more than 25 % of it (otherwise the group's figures count).",
    },
    source: cite("sme-recommendation-2003", { note: "annex-article-3" }),
    date: CHECKED,
  },
  "company-identifier": {
    id: "company-identifier",
    version: 1,
    statement: {
      fr: "Le SIREN ou le SIRET est bien formé et sa clé de contrôle est juste (règle de La Poste comprise).",
      en: "The SIREN or SIRET is well formed and its check digit is right (La Poste's rule included).",
    },
    source: cite("siren-siret-check-digit"),
    date: CHECKED,
  },
  "head-office-region": {
    id: "head-office-region",
    version: 1,
    statement: {
      fr: "Le siège est en Provence-Alpes-Côte d'Azur (région 93). Hors région, ce n'est qu'un avertissement : c'est l'origine des produits qui compte.",
      en: "The head office is in Provence-Alpes-Côte d'Azur (region 93). Outside, it is only a warning: the products' origin is what counts.",
    },
    source: cite("e-provence-letter-of-intent-2015", { also: ["official-commune-list"] }),
    date: CHECKED,
  },
  trademark: {
    id: "trademark",
    version: 1,
    statement: {
      fr: "L'entreprise possède sa marque, déposée hors de Chine continentale (®) ; Tmall Global en fait une condition, pas un blocage.",
      en: "The firm owns its brand, registered outside mainland China (®); Tmall Global makes it a condition, not a blocker.",
    },
    source: cite("tmall-global-entry-requirements"),
    date: CHECKED,
  },
  "products-non-perishable": {
    id: "products-non-perishable",
    // 2: a product whose category is not on the list and has no shelf life is to check, not a pass.
    version: 2,
    statement: {
      fr: "E-Provence ne vend que des produits non périssables : ni frais ni surgelés, et au moins 12 mois de conservation pour l'alimentaire (seuil : choix de conception).",
      en: "E-Provence only sells non-perishable products: neither chilled nor frozen, and at least 12 months of shelf life for food (threshold: a design choice).",
    },
    source: cite("e-provence-letter-of-intent-2015", { also: ["food-information-regulation-2011", "min-shelf-life-choice"] }),
    date: CHECKED,
  },
  "products-origin": {
    id: "products-origin",
    version: 1,
    statement: {
      fr: "Les produits sont fabriqués en région Sud ; hors région, un produit sous indication géographique de Provence est accepté sous réserve.",
      en: "The products are made in the region; outside it, a product under a Provence geographical indication is accepted with a condition.",
    },
    source: cite("e-provence-letter-of-intent-2015", { also: ["lavender-oil-aop-area", "provence-quality-signs"] }),
    date: CHECKED,
  },
  "products-positive-list": {
    id: "products-positive-list",
    version: 1,
    statement: {
      fr: "Chaque produit relève d'une ligne tarifaire de la liste positive du commerce transfrontalier (CBEC) ; sans copie officielle lisible, une position inconnue de nos données est « non vérifiée ».",
      en: "Each product falls under a tariff line on the cross-border (CBEC) positive list; with no machine-readable official copy, a heading our data does not know is \"not checked\".",
    },
    source: cite("cbec-tax-policy-2018", { also: ["cbec-positive-list-2022"] }),
    date: CHECKED,
  },
  "products-cbec-limit": {
    id: "products-cbec-limit",
    // 2: a product without a price or a known category is to check, not under the limit by default.
    version: 2,
    statement: {
      fr: "Le prix consommateur estimé en Chine reste sous 5 000 RMB par commande ; au-delà, l'article est taxé comme une importation ordinaire.",
      en: "The estimated consumer price in China stays under RMB 5,000 per order; above it the item is taxed as an ordinary import.",
    },
    source: cite("cbec-tax-policy-2018"),
    date: CHECKED,
  },
};

/** Every outcome a rule can report (`<rule id>.<outcome>`), each with a message and a next step in the catalogues. */
export const ELIGIBILITY_OUTCOMES = [
  "sme-size.micro",
  "sme-size.small",
  "sme-size.medium",
  "sme-size.not-sme",
  "sme-size.missing-figures",
  "independence.independent",
  "independence.owned-by-non-sme",
  "independence.unknown",
  "company-identifier.luhn",
  "company-identifier.la-poste",
  "company-identifier.format",
  "company-identifier.check-digit",
  "company-identifier.missing",
  "head-office-region.inside",
  "head-office-region.outside",
  "head-office-region.straddles",
  "head-office-region.unknown-postcode",
  "head-office-region.missing",
  "trademark.registered",
  "trademark.pending",
  "trademark.none",
  "trademark.missing",
  ...(["products-non-perishable", "products-origin", "products-positive-list", "products-cbec-limit"] as const).flatMap(
    (id) => [`${id}.all`, `${id}.none`, `${id}.some-blocked`, `${id}.some-to-check`, `${id}.no-products`] as const,
  ),
] as const;

export type EligibilityOutcome = (typeof ELIGIBILITY_OUTCOMES)[number];

/** Why a product fails or must be checked. */
export const PRODUCT_REASONS = [
  "chilled",
  "frozen",
  "missing-shelf-life",
  "short-shelf-life",
  "missing-origin",
  "outside",
  "unknown",
  "gi-area",
  "straddles",
  "not-checked",
  "not-on-positive-list",
  "over-limit",
  "missing-price",
  "unknown-category",
] as const;

export type ProductReason = (typeof PRODUCT_REASONS)[number];
