import { describe, expect, it } from "vitest";
import { loadPostcodeDirectory } from "../../io/geo-data.js";
import type { FindingCode } from "../errors.js";
import { DEFAULT_CATALOGUE_SETTINGS } from "../settings.js";
import { validateProduct, type ProductInput } from "./product-schema.js";
import { compileRowValidator, layOutColumns, type RawFinding } from "./row-validator.js";

// The same product written as a file row (cells as a spreadsheet writes them) and as an object.
const HEADER = ["sku", "name_fr", "name_zh", "brand", "category", "gtin", "hs_code", "origin_postcode", "shelf_life_months", "storage", "net_weight_g", "price_eur", "stock", "labels", "image_urls"];
const BASE_ROW: Record<string, string> = {
  sku: "CAL-250",
  name_fr: "Calissons d'Aix 250 g",
  name_zh: "艾克斯杏仁糖 250克",
  brand: "Confiserie du Roy René",
  category: "confiserie",
  gtin: "4006381333931",
  hs_code: "1704.90",
  origin_postcode: "13100",
  shelf_life_months: "12",
  storage: "ambient",
  net_weight_g: "250",
  price_eur: "14,90",
  stock: "120",
  labels: "IGP",
  image_urls: "https://img.example.com/cal.jpg",
};
const BASE_PRODUCT: ProductInput = {
  sku: "CAL-250",
  nameFr: "Calissons d'Aix 250 g",
  nameZh: "艾克斯杏仁糖 250克",
  brand: "Confiserie du Roy René",
  category: "confiserie",
  gtin: "4006381333931",
  hsCode: "1704.90",
  originPostcode: "13100",
  shelfLifeMonths: 12,
  storage: "ambient",
  netWeightMg: 250_000,
  priceCents: 1490,
  stock: 120,
  labels: ["IGP"],
  imageUrls: ["https://img.example.com/cal.jpg"],
};

function rowCodes(change: Record<string, string>): FindingCode[] {
  const findings: RawFinding[] = [];
  const layout = layOutColumns(HEADER, {}, (finding) => findings.push(finding));
  const validator = compileRowValidator(layout, { settings: DEFAULT_CATALOGUE_SETTINGS, postcodes: loadPostcodeDirectory() }, (finding) => findings.push(finding));
  const row = { ...BASE_ROW, ...change };
  validator.validate(HEADER.map((field) => row[field] ?? ""), 2);
  return findings.map((finding) => finding.code);
}

function objectCodes(change: Partial<ProductInput>): FindingCode[] {
  return validateProduct({ ...BASE_PRODUCT, ...change }, DEFAULT_CATALOGUE_SETTINGS).map((issue) => issue.code);
}

describe("the zod product schema and the compiled row validator agree", () => {
  it("accept the same valid product", () => {
    expect(rowCodes({})).toEqual([]);
    expect(objectCodes({})).toEqual([]);
  });

  it.each<[string, Record<string, string>, Partial<ProductInput>, FindingCode]>([
    ["a SKU with a space", { sku: "CAL 250" }, { sku: "CAL 250" }, "invalid-sku"],
    ["an empty French name", { name_fr: "" }, { nameFr: "" }, "missing-value"],
    ["a 201-character French name", { name_fr: "x".repeat(201) }, { nameFr: "x".repeat(201) }, "text-too-long"],
    ["a Chinese name of 31 CJK characters", { name_zh: "皂".repeat(31) }, { nameZh: "皂".repeat(31) }, "title-too-long"],
    ["an unknown category", { category: "divers" }, { category: "divers" }, "unknown-category"],
    ["a wrong GTIN check digit", { gtin: "4006381333932" }, { gtin: "4006381333932" }, "invalid-gtin"],
    ["an HS code of 5 digits", { hs_code: "17049" }, { hsCode: "17049" }, "invalid-hs-code"],
    ["a shelf life of 11 months for food", { shelf_life_months: "11" }, { shelfLifeMonths: 11 }, "perishable"],
    ["no shelf life for food", { shelf_life_months: "" }, { shelfLifeMonths: undefined }, "missing-shelf-life"],
    ["chilled storage", { storage: "chilled" }, { storage: "chilled" }, "perishable"],
    ["a price of zero", { price_eur: "0" }, { priceCents: 0 }, "out-of-range"],
    ["a negative stock", { stock: "-1" }, { stock: -1 }, "out-of-range"],
    ["an unknown label", { labels: "Médaille d'or" }, { labels: ["Médaille d'or"] }, "unknown-label"],
    ["an http image", { image_urls: "http://img.example.com/a.jpg" }, { imageUrls: ["http://img.example.com/a.jpg"] }, "invalid-image-url"],
    ["a price far over the CBEC limit", { price_eur: "900" }, { priceCents: 90_000 }, "over-cbec-limit"],
  ])("flag %s with the same code", (_name, cells, object, code) => {
    expect(rowCodes(cells)).toContain(code);
    expect(objectCodes(object)).toContain(code);
  });

  it("reports an absent required value as missing-value", () => {
    const { brand: _brand, ...withoutBrand } = BASE_PRODUCT;
    expect(validateProduct(withoutBrand, DEFAULT_CATALOGUE_SETTINGS)).toContainEqual({ code: "missing-value", severity: "error", path: "brand" });
  });
});
