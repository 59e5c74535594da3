import { describe, expect, it } from "vitest";
import { FIELD_NAMES, FIELDS, matchHeader, normaliseHeader } from "./fields.js";

describe("matchHeader", () => {
  it.each(FIELDS.flatMap((field) => [field.name, ...field.frenchHeaders].map((header) => [header, field.name] as const)))(
    "reads the French header %j as %s",
    (header, field) => {
      expect(matchHeader(header)).toBe(field);
    },
  );

  it.each(FIELDS.flatMap((field) => field.englishHeaders.map((header) => [header, field.name] as const)))(
    "reads the English header %j as %s",
    (header, field) => {
      expect(matchHeader(header)).toBe(field);
    },
  );

  // The examples the README promises, then what spreadsheets and people do to them.
  it.each([
    ["Référence", "sku"],
    ["Désignation", "name_fr"],
    ["Code EAN", "gtin"],
    ["Code SH", "hs_code"],
    ["Code postal d'origine", "origin_postcode"],
    ["DDM (mois)", "shelf_life_months"],
    // A bracket naming Chinese names another column (not a unit to leave out).
    ["Ingrédients (chinois)", "ingredients_zh"],
    ["INGRÉDIENTS [ZH]", "ingredients_zh"],
    ["Ingrédients", "ingredients"],
    ["Nom (chinois)", "name_zh"],
    ["Fabricant", "manufacturer"],
    ["Adresse du fabricant", "manufacturer_address"],
    ["Contenance", "net_content"],
    ["DLUO (mois)", "shelf_life_months"],
    ["Poids net (g)", "net_weight_g"],
    ["Prix HT (€)", "price_eur"],
    ["REFERENCE", "sku"],
    ["reference", "sku"],
    ["  Désignation  ", "name_fr"],
    ["DESIGNATION", "name_fr"],
    ["code ean", "gtin"],
    ["Code_EAN", "gtin"],
    ["CODE-SH", "hs_code"],
    ["code postal d’origine", "origin_postcode"],
    ["CODE POSTAL D'ORIGINE", "origin_postcode"],
    ["Code postal origine", "origin_postcode"],
    ["DDM", "shelf_life_months"],
    ["ddm (en mois)", "shelf_life_months"],
    ["DLUO mois", "shelf_life_months"],
    ["Poids net", "net_weight_g"],
    ["poids_net_g", "net_weight_g"],
    ["POIDS NET (grammes)", "net_weight_g"],
    ["Prix HT", "price_eur"],
    ["PRIX HT (EUR)", "price_eur"],
    ["prix_ht_eur", "price_eur"],
    ["Prix HT €", "price_eur"],
    ["Price (€)", "price_eur"],
    ["price_eur", "price_eur"],
    ["Net weight (grams)", "net_weight_g"],
    ["Shelf life (month)", "shelf_life_months"],
    ["Catégorie", "category"],
    ["CATEGORIE", "category"],
    ["Quantité", "stock"],
    ["Qté", "stock"],
    ["中文名", "name_zh"],
  ])("reads %j as %s", (header, field) => {
    expect(matchHeader(header)).toBe(field);
  });

  it.each(["Couleur", "", "   ", "Remarques", "Prix TTC", "Prix TTC (€)", "Poids brut (g)"])("does not know %j", (header) => {
    expect(matchHeader(header)).toBeUndefined();
  });
});

describe("header names", () => {
  // Two fields whose names normalise alike would silently send a column to the wrong field.
  it("never normalise two fields to the same key", () => {
    const fieldsByKey = new Map<string, Set<string>>();
    for (const field of FIELDS) {
      for (const header of [field.name, ...field.frenchHeaders, ...field.englishHeaders]) {
        const key = normaliseHeader(header);
        fieldsByKey.set(key, (fieldsByKey.get(key) ?? new Set()).add(field.name));
      }
    }
    const collisions = [...fieldsByKey].filter(([, fields]) => fields.size > 1).map(([key, fields]) => `${key}: ${[...fields].join(", ")}`);
    expect(collisions).toEqual([]);
  });

  it.each(FIELDS.flatMap((field) => [...field.frenchHeaders, ...field.englishHeaders].map((header) => [header] as const)))(
    "%j does not normalise to nothing",
    (header) => {
      expect(normaliseHeader(header)).not.toBe("");
    },
  );

  it("define every field once, in the order of the catalogue format", () => {
    expect(FIELDS.map((field) => field.name)).toEqual([...FIELD_NAMES]);
  });

  // The contract: sku, name_fr, brand, category, hs_code, origin_postcode, net_weight_g, price_eur are
  // required; gtin recommended; name_zh and image_urls needed for export.
  it.each([
    ["sku", "required"],
    ["name_fr", "required"],
    ["brand", "required"],
    ["category", "required"],
    ["hs_code", "required"],
    ["origin_postcode", "required"],
    ["net_weight_g", "required"],
    ["price_eur", "required"],
    ["gtin", "recommended"],
    ["name_zh", "export"],
    ["image_urls", "export"],
    ["name_en", "optional"],
    ["shelf_life_months", "optional"],
    ["storage", "optional"],
    ["stock", "optional"],
    ["labels", "optional"],
  ])("%s is %s", (name, requirement) => {
    expect(FIELDS.find((field) => field.name === name)?.requirement).toBe(requirement);
  });
});
