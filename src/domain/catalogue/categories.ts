/**
 * The controlled list of categories of the catalogue format, with the facts each rule needs. Labels are accepted
 * in English or French, and the id itself.
 *
 * Plausible HS headings: "general HS knowledge, to confirm per product", as of
 * 2026-11-23. An empty list means "no plausibility check" (never a false warning).
 */

export type TaxClass = "ordinary" | "cosmetic" | "wine" | "spirits";

export interface Category {
  readonly id: string;
  readonly en: string;
  readonly fr: string;
  /** Other spellings seen in real files (normalised like headers). */
  readonly aliases: readonly string[];
  /** Food that carries a best-before date: shelf life is required. */
  readonly requiresShelfLife: boolean;
  readonly plausibleHsHeadings: readonly string[];
  readonly taxClass: TaxClass;
}

export const HS_HEADINGS_DATE = "2026-11-23";

export const CATEGORIES: readonly Category[] = [
  {
    id: "soap-cosmetics",
    en: "soap & cosmetics",
    fr: "savons & cosmétiques",
    aliases: ["savon", "savons", "cosmetique", "cosmetiques", "savon et cosmetique", "soap", "cosmetics"],
    requiresShelfLife: false,
    plausibleHsHeadings: ["3401", "3304"],
    taxClass: "cosmetic",
  },
  {
    id: "perfume",
    en: "perfume",
    fr: "parfum",
    aliases: ["parfums", "parfumerie", "perfumes"],
    requiresShelfLife: false,
    plausibleHsHeadings: ["3303"],
    taxClass: "cosmetic",
  },
  {
    id: "essential-oils",
    en: "essential oils",
    fr: "huiles essentielles",
    aliases: ["huile essentielle", "essential oil"],
    requiresShelfLife: false,
    plausibleHsHeadings: ["3301"],
    taxClass: "ordinary",
  },
  {
    id: "olive-oil",
    en: "olive oil",
    fr: "huile d'olive",
    aliases: ["huiles d'olive", "huile olive"],
    requiresShelfLife: true,
    plausibleHsHeadings: ["1509"],
    taxClass: "ordinary",
  },
  {
    id: "herbs-spices",
    en: "herbs & spices",
    fr: "herbes & épices",
    aliases: ["herbes", "epices", "aromates", "herbs", "spices"],
    requiresShelfLife: true,
    plausibleHsHeadings: ["0910", "1211"],
    taxClass: "ordinary",
  },
  {
    id: "honey-jams",
    en: "honey & jams",
    fr: "miels & confitures",
    aliases: ["miel", "miels", "confiture", "confitures", "miel & confitures", "miel & confiture", "miels & confiture", "honey", "jams", "honey & jam"],
    requiresShelfLife: true,
    plausibleHsHeadings: ["0409", "2007"],
    taxClass: "ordinary",
  },
  {
    id: "confectionery",
    en: "confectionery",
    fr: "confiserie",
    aliases: ["confiseries", "chocolat", "chocolaterie", "sweets"],
    requiresShelfLife: true,
    plausibleHsHeadings: ["1704", "1806", "2006"],
    taxClass: "ordinary",
  },
  {
    id: "grocery",
    en: "grocery",
    fr: "épicerie",
    aliases: ["epicerie fine", "fine food", "food"],
    requiresShelfLife: true,
    plausibleHsHeadings: [],
    taxClass: "ordinary",
  },
  {
    id: "wine",
    en: "wine",
    fr: "vin",
    aliases: ["vins", "wines", "rose", "vin rose"],
    requiresShelfLife: false,
    plausibleHsHeadings: ["2204"],
    taxClass: "wine",
  },
  {
    id: "spirits",
    en: "spirits",
    fr: "spiritueux",
    aliases: ["alcool", "alcools", "liqueur", "liqueurs", "pastis"],
    requiresShelfLife: false,
    plausibleHsHeadings: ["2208"],
    taxClass: "spirits",
  },
  {
    id: "textiles-fashion",
    en: "textiles & fashion",
    fr: "textile & mode",
    aliases: ["textiles", "textile", "mode", "fashion", "textiles et mode"],
    requiresShelfLife: false,
    // Chapters 50–63 (textiles): any heading of those chapters is plausible.
    plausibleHsHeadings: Array.from({ length: 14 }, (_, i) => String(50 + i)),
    taxClass: "ordinary",
  },
  {
    id: "home-ceramics",
    en: "home & ceramics",
    fr: "maison & céramique",
    aliases: ["maison", "ceramique", "ceramiques", "faience", "home", "ceramics", "arts de la table"],
    requiresShelfLife: false,
    plausibleHsHeadings: ["6911", "6912", "6913"],
    taxClass: "ordinary",
  },
  {
    id: "santons-crafts",
    en: "santons & crafts",
    fr: "santons & artisanat",
    aliases: ["santon", "santons", "artisanat", "crafts"],
    requiresShelfLife: false,
    // Design choice: santons are clay figurines, so ceramic ornaments (6913) or works of art (9703).
    plausibleHsHeadings: ["6913", "9703"],
    taxClass: "ordinary",
  },
];

/**
 * Food, for the food information a listing shows (ingredients, the maker): the categories that carry a
 * best-before date — olive oil, herbs & spices, honey & jams, confectionery, grocery. Design choice:
 * wine and spirits are left out, as EU Regulation 1169/2011 (art. 16(4)) exempts drinks over 1.2 % vol
 * from the ingredient list; cosmetics, oils for the skin and goods are not food.
 */
export function isFood(category: Category | undefined): boolean {
  return category?.requiresShelfLife === true;
}

/** Lower case, no accents, `&`/`et`/`and` and punctuation folded to single spaces. */
export function normaliseLabel(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/&|\bet\b|\band\b|[-_/,;+]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

// Keys are the labels as written and normalised, so the common exact spelling skips normalisation.
const categoryByLabel: ReadonlyMap<string, Category> = new Map(
  CATEGORIES.flatMap((category) =>
    [category.id, category.en, category.fr, ...category.aliases].flatMap((label) => [
      [label, category] as const,
      [normaliseLabel(label), category] as const,
    ]),
  ),
);

/** Finds a category from any accepted label; `undefined` when the label is not on the list. */
export function findCategory(label: string): Category | undefined {
  return categoryByLabel.get(label) ?? categoryByLabel.get(normaliseLabel(label));
}
