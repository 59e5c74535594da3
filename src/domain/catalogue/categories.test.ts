import { describe, expect, it } from "vitest";
import { CATEGORIES, findCategory } from "./categories.js";

/** What a spreadsheet does to a label: upper case, accents dropped, "et"/"and" instead of "&". */
function variants(label: string): string[] {
  const unaccented = label.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  return [label, label.toUpperCase(), unaccented, `  ${label}  `, label.replace("&", "et"), label.replace("&", "and"), unaccented.toUpperCase().replace("&", "ET")];
}

describe("findCategory", () => {
  it.each(CATEGORIES.map((category) => [category.id, category] as const))("finds %s by its id", (id, category) => {
    expect(findCategory(id)).toBe(category);
  });

  it.each(CATEGORIES.flatMap((category) => variants(category.en).map((label) => [label, category.id] as const)))(
    "finds the English label %j",
    (label, id) => {
      expect(findCategory(label)?.id).toBe(id);
    },
  );

  it.each(CATEGORIES.flatMap((category) => variants(category.fr).map((label) => [label, category.id] as const)))(
    "finds the French label %j",
    (label, id) => {
      expect(findCategory(label)?.id).toBe(id);
    },
  );

  // A label shared by two categories would file products under whichever came last.
  it.each(CATEGORIES.flatMap((category) => category.aliases.map((alias) => [alias, category.id] as const)))(
    "finds the alias %j for its own category only",
    (alias, id) => {
      expect(findCategory(alias)?.id).toBe(id);
    },
  );

  it.each([
    ["Savons et Cosmétiques", "soap-cosmetics"],
    ["savons & cosmetiques", "soap-cosmetics"],
    ["Soap and Cosmetics", "soap-cosmetics"],
    ["HUILE D'OLIVE", "olive-oil"],
    ["huile d’olive", "olive-oil"],
    ["Huile d’Olive", "olive-oil"],
    ["Herbes et Épices", "herbs-spices"],
    ["MIELS ET CONFITURES", "honey-jams"],
    ["Épicerie", "grocery"],
    ["EPICERIE", "grocery"],
    ["Vin rosé", "wine"],
    ["Textile et mode", "textiles-fashion"],
    ["Maison et céramique", "home-ceramics"],
    ["Santons et artisanat", "santons-crafts"],
    ["huiles-essentielles", "essential-oils"],
  ])("finds %j as %s", (label, id) => {
    expect(findCategory(label)?.id).toBe(id);
  });

  it.each(["", "   ", "chaussures", "électronique", "huile", "savons & parfums", "olive", "cosmetics & wine"])("does not know %j", (label) => {
    expect(findCategory(label)).toBeUndefined();
  });
});

describe("category facts", () => {
  // The contract: shelf life is required "for food (olive oil, honey & jams, herbs, confectionery,
  // grocery)"; not for wine and spirits, cosmetics or non-food goods.
  it.each([
    ["olive-oil", true],
    ["honey-jams", true],
    ["herbs-spices", true],
    ["confectionery", true],
    ["grocery", true],
    ["soap-cosmetics", false],
    ["perfume", false],
    ["essential-oils", false],
    ["wine", false],
    ["spirits", false],
    ["textiles-fashion", false],
    ["home-ceramics", false],
    ["santons-crafts", false],
  ])("%s requires a shelf life: %s", (id, expected) => {
    expect(findCategory(id)?.requiresShelfLife).toBe(expected);
  });

  // source: high-end-cosmetics-tax-2016 — "high-end" cosmetics and perfume, wine and spirits each have their own CBEC rate.
  it.each([
    ["soap-cosmetics", "cosmetic"],
    ["perfume", "cosmetic"],
    ["wine", "wine"],
    ["spirits", "spirits"],
    ["essential-oils", "ordinary"],
    ["olive-oil", "ordinary"],
    ["textiles-fashion", "ordinary"],
  ])("%s is taxed as %s", (id, taxClass) => {
    expect(findCategory(id)?.taxClass).toBe(taxClass);
  });

  it("lists the thirteen categories of the catalogue format, each with its own id", () => {
    expect(new Set(CATEGORIES.map((category) => category.id)).size).toBe(13);
  });
});
