import { beforeEach, describe, expect, it } from "vitest";
// Tests may read the real official commune list through io (domain code itself never does).
import { loadPostcodeDirectory } from "../../io/geo-data.js";
import type { FindingCode, Severity } from "../errors.js";
import { SEVERITIES } from "./rules/index.js";
import { DEFAULT_CATALOGUE_SETTINGS, type CatalogueSettings } from "../settings.js";
import { FIELD_NAMES, type FieldName } from "./fields.js";
import type { Finding } from "./finding.js";
import { indexPictureFolder } from "./pictures.js";
import { compileRowValidator, layOutColumns, type RowValidator } from "./row-validator.js";
import type { PositiveList } from "./positive-list.js";

/** A French Excel header, as the catalogue format documents its examples. */
const HEADERS: Readonly<Record<FieldName, string>> = {
  sku: "Référence",
  name_fr: "Désignation",
  name_zh: "Nom chinois",
  name_en: "Nom anglais",
  brand: "Marque",
  category: "Catégorie",
  gtin: "Code EAN",
  hs_code: "Code SH",
  origin_postcode: "Code postal d'origine",
  shelf_life_months: "DDM (mois)",
  storage: "Conservation",
  net_weight_g: "Poids net (g)",
  price_eur: "Prix HT (€)",
  stock: "Stock",
  labels: "Labels",
  image_urls: "Images",
  ingredients: "Ingrédients",
  ingredients_zh: "Ingrédients (chinois)",
  manufacturer: "Fabricant",
  manufacturer_address: "Adresse du fabricant",
  net_content: "Contenance",
};

/**
 * A valid product: lavender essential oil from Marseille. Not food, so no shelf life is needed; an
 * ordinary CBEC good (9.1 %); heading 3301 is not in our positive-list data, so `finish()` says "not checked".
 */
const BASE: Readonly<Record<FieldName, string>> = {
  sku: "HE-LAV-010",
  name_fr: "Huile essentielle de lavande fine 10 ml",
  name_zh: "薰衣草精油",
  name_en: "Lavender essential oil",
  brand: "Distillerie du Ventoux",
  category: "huiles essentielles",
  gtin: "4006381333931",
  hs_code: "3301.29",
  origin_postcode: "13001",
  shelf_life_months: "",
  storage: "ambiant",
  net_weight_g: "10",
  price_eur: "12,50",
  stock: "40",
  labels: "AB",
  image_urls: "https://example.com/he-lav-010.jpg",
  ingredients: "",
  ingredients_zh: "",
  manufacturer: "",
  manufacturer_address: "",
  net_content: "",
};

const LINE = 7;
const postcodes = loadPostcodeDirectory();

type Overrides = Partial<Record<FieldName, string>>;
type Expected = readonly (readonly [FindingCode, Severity, FieldName | undefined])[];

function rowOf(overrides: Overrides, fields: readonly FieldName[] = FIELD_NAMES): string[] {
  return fields.map((field) => overrides[field] ?? BASE[field]);
}

function setUp(
  headers: readonly string[] = FIELD_NAMES.map((field) => HEADERS[field]),
  mapping: Readonly<Record<string, string>> = {},
  settings: CatalogueSettings = DEFAULT_CATALOGUE_SETTINGS,
): { findings: Finding[]; validator: RowValidator; layoutFindings: Finding[] } {
  const layoutFindings: Finding[] = [];
  const layout = layOutColumns(headers, mapping, (finding) => layoutFindings.push(finding));
  const findings: Finding[] = [];
  const validator = compileRowValidator(layout, { settings, postcodes }, (finding) => findings.push(finding));
  return { findings, validator, layoutFindings };
}

function summarise(findings: readonly Finding[]): (readonly [FindingCode, Severity, FieldName | undefined])[] {
  return findings.map((finding) => [finding.code, finding.severity, finding.field] as const);
}

const CJK_30 = "薰".repeat(30);
// 1 EUR = 7.5554 CNY, then 9.1 % CBEC tax on ordinary goods: the RMB 5,000 limit is reached at
// 5000 / 1.091 / 7.5554 = 606.5797… EUR. 606.57 € → 4,582.88 + 417.04 = 4,999.92 ¥ (under);
// 606.58 € → 4,582.95 + 417.05 = 5,000.00 ¥ once each amount is rounded to the fen (at the limit, not
// over); 606.59 € → 4,583.03 + 417.06 = 5,000.09 ¥ (over).
const CBEC_BOUNDARY_CENTS = Math.floor((5000 / 1.091 / 7.5554) * 100);

/** Each case changes the cells of the base row that its rule involves; the rest stays valid. */
const CASES: readonly (readonly [string, Overrides, Expected])[] = [
  // sku: 1–64 chars of letters, digits, ._/-
  ["SKU of 64 characters", { sku: "A".repeat(64) }, []],
  ["SKU of 65 characters", { sku: "A".repeat(65) }, [["text-too-long", "error", "sku"]]],
  ["SKU of 1 character", { sku: "A" }, []],
  ["SKU with every allowed punctuation", { sku: "HE.LAV_10/b-2" }, []],
  ["SKU with a space", { sku: "HE LAV" }, [["invalid-sku", "error", "sku"]]],
  ["SKU with an accent", { sku: "SAVÉ-1" }, [["invalid-sku", "error", "sku"]]],
  ["SKU with #", { sku: "HE#10" }, [["invalid-sku", "error", "sku"]]],
  ["SKU with a comma", { sku: "HE,10" }, [["invalid-sku", "error", "sku"]]],
  ["SKU with a plus", { sku: "HE+10" }, [["invalid-sku", "error", "sku"]]],
  ["empty SKU", { sku: "" }, [["missing-value", "error", "sku"]]],
  ["SKU of spaces only", { sku: "   " }, [["missing-value", "error", "sku"]]],
  // name_fr: 1–200 chars
  ["name_fr of 200 characters", { name_fr: "é".repeat(200) }, []],
  ["name_fr of 201 characters", { name_fr: "é".repeat(201) }, [["text-too-long", "error", "name_fr"]]],
  ["empty name_fr", { name_fr: "" }, [["missing-value", "error", "name_fr"]]],
  ["name_en of 201 characters", { name_en: "e".repeat(201) }, [["text-too-long", "error", "name_en"]]],
  ["empty name_en (optional)", { name_en: "" }, []],
  ["empty brand", { brand: "" }, [["missing-value", "error", "brand"]]],
  // Control characters: invisible, and obeyed by a terminal that shows the text.
  ["name_fr holding an ESC sequence", { name_fr: "Savon \u001b[31mrouge" }, [["control-character", "error", "name_fr"]]],
  ["name_en holding a NUL", { name_en: "Soap\u0000" }, [["control-character", "error", "name_en"]]],
  ["brand holding a C1 control (CSI)", { brand: "Midi\u009b2J" }, [["control-character", "error", "brand"]]],
  ["name_zh holding a bell", { name_zh: "马赛皂\u0007" }, [["control-character", "error", "name_zh"]]],
  ["SKU holding a backspace", { sku: "SAV\u0008-1" }, [["control-character", "error", "sku"]]],
  ["name_fr typed on two lines (Alt+Entrée)", { name_fr: "Savon\n100 g" }, []],
  // name_zh: ≤ 60 display units, CJK = 2
  ["name_zh of 30 Chinese characters (60 units)", { name_zh: CJK_30 }, []],
  ["name_zh of 30 Chinese characters and a letter (61 units)", { name_zh: `${CJK_30}A` }, [["title-too-long", "error", "name_zh"]]],
  // 60 ASCII characters count 60 units: not too long, but no Chinese at all.
  ["name_zh of 60 ASCII characters", { name_zh: "a".repeat(60) }, [["name-zh-not-chinese", "error", "name_zh"]]],
  ["name_zh of 58 ASCII characters and one Chinese (60 units)", { name_zh: `${"a".repeat(58)}皂` }, []],
  ["name_zh of 59 ASCII characters and one Chinese (61 units)", { name_zh: `${"a".repeat(59)}皂` }, [["title-too-long", "error", "name_zh"]]],
  // name_zh must hold Chinese: a Han ideograph, and no trace of Chinese lost to an encoding.
  ["name_zh mixing Chinese and Latin", { name_zh: "马赛皂 Marius 600克" }, []],
  ["name_zh with a CJK extension B ideograph only", { name_zh: "𠀀" }, []],
  ["name_zh with one question mark in real Chinese", { name_zh: "马赛皂?" }, []],
  ["name_zh in pinyin", { name_zh: "Masai xiangzao" }, [["name-zh-not-chinese", "error", "name_zh"]]],
  ["name_zh holding the French name", { name_zh: "Savon" }, [["name-zh-not-chinese", "error", "name_zh"]]],
  ["name_zh of full-width letters and CJK punctuation only", { name_zh: "（ＭＡＲＩＵＳ）。" }, [["name-zh-not-chinese", "error", "name_zh"]]],
  ["name_zh after a Windows-1252 save (« ?????? 600? »)", { name_zh: "?????? 600?" }, [["name-zh-not-chinese", "error", "name_zh"]]],
  ["name_zh with its Chinese partly lost (« 马赛?? »)", { name_zh: "马赛??" }, [["name-zh-not-chinese", "error", "name_zh"]]],
  ["name_zh with a replacement character", { name_zh: "马赛\uFFFD皂" }, [["name-zh-not-chinese", "error", "name_zh"]]],
  ["empty name_zh", { name_zh: "" }, [["missing-name-zh", "warning", "name_zh"]]],
  // category
  ["category by its English label", { category: "Essential oils" }, []],
  ["category in capitals without accents", { category: "HUILES ESSENTIELLES" }, []],
  ["category with 'et' for '&'", { category: "Savons et Cosmétiques", hs_code: "3401.11" }, []],
  ["unknown category", { category: "chaussures" }, [["unknown-category", "error", "category"]]],
  ["empty category", { category: "" }, [["missing-value", "error", "category"]]],
  // gtin: recommended; 8/12/13/14 digits with a GS1 check digit
  ["GTIN-8", { gtin: "73513537" }, []],
  ["GTIN-12", { gtin: "036000291452" }, []],
  ["GTIN-14", { gtin: "10614141000415" }, []],
  ["GTIN-13 written with spaces", { gtin: "4 006381 333931" }, []],
  ["empty GTIN", { gtin: "" }, [["missing-gtin", "warning", "gtin"]]],
  ["GTIN with a wrong check digit", { gtin: "4006381333932" }, [["invalid-gtin", "error", "gtin"]]],
  ["GTIN of 11 digits", { gtin: "36000291452" }, [["invalid-gtin", "error", "gtin"]]],
  ["GTIN in scientific notation", { gtin: "4,00638E+12" }, [["gtin-scientific-notation", "error", "gtin"]]],
  // hs_code: 6–10 digits; implausible for the category → warning
  ["HS code with spaces", { hs_code: "3301 29 00" }, []],
  ["empty HS code", { hs_code: "" }, [["missing-value", "error", "hs_code"]]],
  ["HS code of 5 digits", { hs_code: "33012" }, [["invalid-hs-code", "error", "hs_code"]]],
  ["HS code of olive oil for an essential oil", { hs_code: "1509.20" }, [["hs-code-category-mismatch", "warning", "hs_code"]]],
  ["textile HS chapter 61 for textiles", { category: "textile & mode", hs_code: "6110.20" }, []],
  // origin_postcode: a real postcode, every commune in region 93
  ["postcode 05110 (communes of 04 and 05)", { origin_postcode: "05110" }, []],
  ["postcode 13780 (Riboux is in 83, still Provence)", { origin_postcode: "13780" }, []],
  ["4-digit postcode 6000 (Excel dropped the zero)", { origin_postcode: "6000" }, [["postcode-leading-zero-lost", "warning", "origin_postcode"]]],
  ["postcode 75001 (Paris)", { origin_postcode: "75001" }, [["origin-outside-provence", "error", "origin_postcode"]]],
  ["postcode 20000 (Ajaccio)", { origin_postcode: "20000" }, [["origin-outside-provence", "error", "origin_postcode"]]],
  ["postcode 05700 (Villebois-les-Pins is in 26)", { origin_postcode: "05700" }, [["postcode-straddles-region", "warning", "origin_postcode"]]],
  ["postcode 98000 (Monaco)", { origin_postcode: "98000" }, [["unknown-postcode", "error", "origin_postcode"]]],
  ["postcode 00000", { origin_postcode: "00000" }, [["unknown-postcode", "error", "origin_postcode"]]],
  ["postcode of 6 digits", { origin_postcode: "130001" }, [["invalid-postcode", "error", "origin_postcode"]]],
  ["postcode with a letter", { origin_postcode: "13OO1" }, [["invalid-postcode", "error", "origin_postcode"]]],
  ["empty postcode", { origin_postcode: "" }, [["missing-value", "error", "origin_postcode"]]],
  // GI areas (SOURCES.md: the EU–China GI agreement): Drôme lavender oil with the AOP, Miel de Provence IGP from 26 or parts of 30
  ["Drôme (26110 Nyons) lavender oil labelled AOP", { origin_postcode: "26110", labels: "AOP" }, [["origin-gi-area", "warning", "origin_postcode"]]],
  ["Drôme lavender oil without the label", { origin_postcode: "26110" }, [["origin-outside-provence", "error", "origin_postcode"]]],
  ["Gard lavender oil labelled AOP (not in that AOP)", { origin_postcode: "30000", labels: "AOP" }, [["origin-outside-provence", "error", "origin_postcode"]]],
  [
    "Nyons olive oil labelled AOP (a Drôme product: outside)",
    { category: "huile d'olive", hs_code: "1509.20", shelf_life_months: "18", origin_postcode: "26110", labels: "AOP" },
    [["origin-outside-provence", "error", "origin_postcode"]],
  ],
  [
    "honey from Gard (30000 Nîmes) labelled IGP",
    { category: "miel", hs_code: "0409.00", shelf_life_months: "24", origin_postcode: "30000", labels: "IGP" },
    [["origin-gi-area", "warning", "origin_postcode"]],
  ],
  [
    "honey from south Drôme (26130) labelled IGP",
    { category: "miel", hs_code: "0409.00", shelf_life_months: "24", origin_postcode: "26130", labels: "IGP" },
    [["origin-gi-area", "warning", "origin_postcode"]],
  ],
  [
    "honey from Gard without a label",
    { category: "miel", hs_code: "0409.00", shelf_life_months: "24", origin_postcode: "30000", labels: "" },
    [["origin-outside-provence", "error", "origin_postcode"]],
  ],
  [
    "honey from Paris labelled IGP",
    { category: "miel", hs_code: "0409.00", shelf_life_months: "24", origin_postcode: "75001", labels: "IGP" },
    [["origin-outside-provence", "error", "origin_postcode"]],
  ],
  // shelf_life_months: required for food; below 12 → perishable; checked when given
  ["honey with 12 months", { category: "miel", hs_code: "0409.00", shelf_life_months: "12" }, []],
  [
    "calissons d'Aix with their IGP label, 12 months",
    { category: "confiserie", hs_code: "1704.90", shelf_life_months: "12", origin_postcode: "13100", labels: "IGP", net_weight_g: "250", price_eur: "14,90" },
    [],
  ],
  ["honey with 11 months", { category: "miel", hs_code: "0409.00", shelf_life_months: "11" }, [["perishable", "error", "shelf_life_months"]]],
  ["honey without a shelf life", { category: "miel", hs_code: "0409.00", shelf_life_months: "" }, [["missing-shelf-life", "error", "shelf_life_months"]]],
  ["olive oil without a shelf life", { category: "huile d'olive", hs_code: "1509.20", shelf_life_months: "" }, [["missing-shelf-life", "error", "shelf_life_months"]]],
  ["grocery without a shelf life", { category: "épicerie", hs_code: "2103.90", shelf_life_months: "" }, [["missing-shelf-life", "error", "shelf_life_months"]]],
  ["soap without a shelf life", { category: "savons & cosmétiques", hs_code: "3401.11", shelf_life_months: "" }, []],
  ["wine without a shelf life", { category: "vin", hs_code: "2204.21", shelf_life_months: "" }, []],
  ["spirits without a shelf life", { category: "spiritueux", hs_code: "2208.90", shelf_life_months: "" }, []],
  ["essential oil with 6 months given (checked when given)", { shelf_life_months: "6" }, [["perishable", "error", "shelf_life_months"]]],
  ["essential oil with 36 months", { shelf_life_months: "36" }, []],
  ["shelf life 12,5", { shelf_life_months: "12,5" }, [["not-a-whole-number", "error", "shelf_life_months"]]],
  ["shelf life in words", { shelf_life_months: "douze" }, [["invalid-number", "error", "shelf_life_months"]]],
  // storage: ambient (default), chilled, frozen
  ["storage ambient", { storage: "ambient" }, []],
  ["storage 'Température ambiante'", { storage: "Température ambiante" }, []],
  ["no storage given", { storage: "" }, []],
  ["storage chilled", { storage: "chilled" }, [["perishable", "error", "storage"]]],
  ["storage frais", { storage: "frais" }, [["perishable", "error", "storage"]]],
  ["storage Surgelé", { storage: "Surgelé" }, [["perishable", "error", "storage"]]],
  ["storage frozen", { storage: "frozen" }, [["perishable", "error", "storage"]]],
  ["storage tiède", { storage: "tiède" }, [["unknown-storage", "error", "storage"]]],
  // net_weight_g: > 0
  ["weight 0,5 g", { net_weight_g: "0,5" }, []],
  ["weight 0", { net_weight_g: "0" }, [["out-of-range", "error", "net_weight_g"]]],
  ["weight -10", { net_weight_g: "-10" }, [["out-of-range", "error", "net_weight_g"]]],
  ["weight abc", { net_weight_g: "abc" }, [["invalid-number", "error", "net_weight_g"]]],
  ["empty weight", { net_weight_g: "" }, [["missing-value", "error", "net_weight_g"]]],
  // price_eur: > 0, at most 2 decimals; consumer price over RMB 5,000 → warning
  ["price 4.90 with a point", { price_eur: "4.90" }, []],
  ["price '12,50 €'", { price_eur: "12,50 €" }, []],
  ["price 0", { price_eur: "0" }, [["out-of-range", "error", "price_eur"]]],
  ["price abc", { price_eur: "abc" }, [["invalid-number", "error", "price_eur"]]],
  ["price 4,905", { price_eur: "4,905" }, [["too-many-decimals", "error", "price_eur"]]],
  ["empty price", { price_eur: "" }, [["missing-value", "error", "price_eur"]]],
  ["price just under RMB 5,000 after tax (606.57 €)", { price_eur: "606,57" }, []],
  ["price at exactly RMB 5,000.00 after tax (606.58 €)", { price_eur: "606,58" }, []],
  ["price just over RMB 5,000 after tax (606.59 €)", { price_eur: "606,59" }, [["over-cbec-limit", "warning", "price_eur"]]],
  // stock: whole number ≥ 0
  ["stock 0", { stock: "0" }, []],
  ["stock 1 200", { stock: "1 200" }, []],
  ["no stock given", { stock: "" }, []],
  ["stock -1", { stock: "-1" }, [["out-of-range", "error", "stock"]]],
  ["stock 2.5", { stock: "2.5" }, [["not-a-whole-number", "error", "stock"]]],
  // labels: |-separated, from a known list
  ["labels AB | Ecocert", { labels: "AB | Ecocert" }, []],
  ["labels in other case and with accents", { labels: "label rouge|nature et progres" }, []],
  ["an unknown label", { labels: "AB|Bio-Truc" }, [["unknown-label", "warning", "labels"]]],
  // image_urls: |-separated https:// URLs; none → warning
  ["two https images", { image_urls: "https://example.com/a.jpg | https://cdn.example.com/b.png" }, []],
  ["an http image", { image_urls: "http://example.com/a.jpg" }, [["invalid-image-url", "error", "image_urls"]]],
  ["an https image and an http one", { image_urls: "https://example.com/a.jpg|http://example.com/b.jpg" }, [["invalid-image-url", "error", "image_urls"]]],
  ["an image URL with a space", { image_urls: "https://example.com/a b.jpg" }, [["invalid-image-url", "error", "image_urls"]]],
  // …or picture files: a path is checked by the picture check (io), not by the row's rules
  ["a picture file and a URL", { image_urls: "photos/savon.jpg | https://example.com/a.jpg" }, []],
  ["an absolute picture path", { image_urls: "/home/owner/photos/savon.png" }, []],
  ["an ftp address", { image_urls: "ftp://example.com/a.jpg" }, [["invalid-image-url", "error", "image_urls"]]],
  ["a bare www address", { image_urls: "www.example.com/a.jpg" }, [["invalid-image-url", "error", "image_urls"]]],
  ["no image", { image_urls: "" }, [["missing-image", "warning", "image_urls"]]],
  // Food information: optional texts, kept as written; the Chinese ingredients must hold Chinese.
  ["food information given (on a product that is not food: nothing said)", { ingredients: "huile essentielle de lavande", manufacturer: "Distillerie du Ventoux", manufacturer_address: "84390 Sault", net_content: "10 ml" }, []],
  ["ingredients_zh in Chinese", { ingredients_zh: "糖、杏仁" }, []],
  ["ingredients_zh in French", { ingredients_zh: "sucre, amandes" }, [["ingredients-zh-not-chinese", "error", "ingredients_zh"]]],
  ["ingredients_zh after a Windows-1252 save", { ingredients_zh: "?????" }, [["ingredients-zh-not-chinese", "error", "ingredients_zh"]]],
  ["ingredients of 2,001 characters", { ingredients: "a".repeat(2001) }, [["text-too-long", "error", "ingredients"]]],
  ["manufacturer with an escape character", { manufacturer: "Confiserie\u001b[31m" }, [["control-character", "error", "manufacturer"]]],
  ["net content that is not a volume (kept as written)", { net_content: "12 pièces" }, []],
];

describe("the base row", () => {
  it("is a valid product with a valid header", () => {
    const { findings, validator, layoutFindings } = setUp();
    expect(layoutFindings).toEqual([]);
    expect(validator.validate(rowOf({}), 2)).toBe(true);
    expect(findings).toEqual([]);
    expect(validator.values).toMatchObject({ sku: "HE-LAV-010", originPostcode: "13001", priceCents: 1250, netWeightMg: 10_000, stock: 40, labels: ["AB"] });
    expect(validator.values.category?.id).toBe("essential-oils");
  });

  it("leaves, after finish(), only the file-level 'positive list not checked' warning", () => {
    const { findings, validator } = setUp();
    validator.validate(rowOf({}), 2);
    validator.validate(rowOf({ sku: "HE-LAV-030" }), 3);
    // Honey (0409) is in our positive-list data: nothing to say about it.
    validator.validate(rowOf({ sku: "MIEL-1", category: "miel", hs_code: "0409.00", shelf_life_months: "24" }), 4);
    validator.finish({ encoding: "utf-8" });
    expect(findings).toEqual([
      { severity: "warning", code: "hs-positive-list-not-checked", line: 2, field: "hs_code", column: HEADERS.hs_code, value: "3301", params: { rows: 2 } },
    ]);
    expect(SEVERITIES["hs-positive-list-not-checked"]).toBe("warning");
  });

  describe("with the positive list the consultant supplied", () => {
    const positiveList: PositiveList = { edition: "2022-03-01", source: "Caiguanshui 2022", importedAt: "2026-12-04T10:00:00.000Z", lines: new Set(["33012910", "34011100"]) };
    const settings = { ...DEFAULT_CATALOGUE_SETTINGS, positiveList };

    it.each([
      ["an 8-digit line on the list", "3301.29.10", []],
      ["a 10-digit code whose first 8 are a line", "3401110010", []],
      ["a 6-digit code some line starts with (a match of the heading)", "3301.29", []],
      ["an 8-digit code off the list", "3401.19.00", [{ code: "3401.19.00", edition: "2022-03-01", source: "Caiguanshui 2022" }]],
      ["a 6-digit code no line starts with", "340120", [{ code: "3401.20", edition: "2022-03-01", source: "Caiguanshui 2022" }]],
    ])("%s: %s", (_what, hsCode, expected) => {
      const { findings, validator } = setUp(undefined, undefined, settings);
      validator.validate(rowOf({ hs_code: hsCode }), 2);
      validator.finish({ encoding: "utf-8" });
      // The list decides: never "not checked" when one is given.
      expect(findings.filter((finding) => finding.code === "hs-positive-list-not-checked")).toEqual([]);
      expect(findings.filter((finding) => finding.code === "hs-not-on-positive-list").map((finding) => finding.params)).toEqual(expected);
    });
  });

  describe("a file whose encoding cannot hold Chinese", () => {
    it("is said once, at the end, on line 1, when it has a Chinese-name column and was read in Windows-1252", () => {
      const { findings, validator } = setUp();
      validator.validate(rowOf({}), 2);
      validator.validate(rowOf({ sku: "HE-LAV-030" }), 3);
      expect(findings.filter((finding) => finding.code === "encoding-cannot-hold-chinese")).toEqual([]);
      validator.finish({ encoding: "windows-1252" });
      expect(findings.filter((finding) => finding.code === "encoding-cannot-hold-chinese")).toEqual([
        { severity: "warning", code: "encoding-cannot-hold-chinese", line: 1, field: "name_zh", column: HEADERS.name_zh, value: undefined, params: { encoding: "windows-1252" } },
      ]);
    });

    it.each(["utf-8", "UTF-16LE", "gb18030", "big5"])("is not said for %s, which can", (encoding) => {
      const { findings, validator } = setUp();
      validator.validate(rowOf({}), 2);
      validator.finish({ encoding });
      expect(findings.map((finding) => finding.code)).not.toContain("encoding-cannot-hold-chinese");
    });

    it("is not said when the file has no Chinese-name column", () => {
      const { findings, validator } = setUp(FIELD_NAMES.filter((field) => field !== "name_zh").map((field) => HEADERS[field]));
      validator.validate(rowOf({}, FIELD_NAMES.filter((field) => field !== "name_zh")), 2);
      validator.finish({ encoding: "windows-1252" });
      expect(findings.map((finding) => finding.code)).not.toContain("encoding-cannot-hold-chinese");
    });
  });

  it("puts the CBEC boundary where the rate and the 9.1 % say", () => {
    expect(CBEC_BOUNDARY_CENTS).toBe(606_57);
  });
});

describe("compileRowValidator", () => {
  let findings: Finding[];
  let validator: RowValidator;
  beforeEach(() => {
    ({ findings, validator } = setUp());
  });

  it.each(CASES)("%s", (_what, overrides, expected) => {
    const isValid = validator.validate(rowOf(overrides), LINE);
    expect(summarise(findings)).toEqual(expected);
    // The severity written in each case is the contract's; summarise() read it from the finding.
    for (const finding of findings) {
      expect(finding.line).toBe(LINE);
      if (finding.field !== undefined) expect(finding.column).toBe(HEADERS[finding.field]);
    }
    expect(isValid).toBe(expected.every(([, severity]) => severity === "warning"));
  });

  it("keeps the food information as written, and a volume in millilitres", () => {
    const row = { ingredients: " sucre, amandes ", ingredients_zh: "糖、杏仁", manufacturer: "Confiserie du Roy René", manufacturer_address: "13100 Aix-en-Provence", net_content: "75 cl" };
    expect(validator.validate(rowOf(row), LINE)).toBe(true);
    expect(validator.values).toMatchObject({ ingredients: "sucre, amandes", ingredientsZh: "糖、杏仁", manufacturer: "Confiserie du Roy René", manufacturerAddress: "13100 Aix-en-Provence", netContent: "75 cl", netContentMl: 750 });
    expect(validator.validate(rowOf({ sku: "HE-LAV-020", net_content: "12 pièces" }), LINE + 1)).toBe(true);
    expect(validator.values).toMatchObject({ ingredients: "", netContent: "12 pièces", netContentMl: undefined });
  });

  it("reports a duplicate SKU with the line where it first appeared", () => {
    expect(validator.validate(rowOf({}), 2)).toBe(true);
    expect(validator.validate(rowOf({ sku: "HE-LAV-030" }), 3)).toBe(true);
    expect(validator.validate(rowOf({ name_fr: "Autre produit" }), 5)).toBe(false);
    expect(findings).toEqual([
      { severity: "error", code: "duplicate-sku", line: 5, field: "sku", column: "Référence", value: "HE-LAV-010", params: { firstLine: 2 } },
    ]);
    expect(SEVERITIES["duplicate-sku"]).toBe("error");
  });

  it.each([
    ["Masai xiangzao", "none"],
    ["?????? 600?", "lost"],
    ["马赛\uFFFD皂", "lost"],
  ])("says why %j is not a Chinese name (%s)", (name, reason) => {
    validator.validate(rowOf({ name_zh: name }), LINE);
    expect(findings).toEqual([{ severity: "error", code: "name-zh-not-chinese", line: LINE, field: "name_zh", column: HEADERS.name_zh, value: name, params: { reason } }]);
  });

  it("names the control character and where it is", () => {
    validator.validate(rowOf({ name_fr: "Savon\u001b]0;pwned\u0007" }), LINE);
    expect(findings).toEqual([
      { severity: "error", code: "control-character", line: LINE, field: "name_fr", column: HEADERS.name_fr, value: "Savon\u001b]0;pwned\u0007", params: { position: 6, character: "U+001B" } },
    ]);
  });

  it("reads a 4-digit postcode as the 5-digit one and judges that", () => {
    validator.validate(rowOf({ origin_postcode: "6000" }), LINE);
    expect(validator.values.originPostcode).toBe("06000");
    expect(findings[0]?.params).toEqual({ postcode: "06000" });
  });

  // 606.59 € comes to RMB 5,000.09: the message must not read "RMB 5000, above the RMB 5000 limit".
  it("shows an over-limit price that is above the limit it shows", () => {
    validator.validate(rowOf({ price_eur: "606,59" }), LINE);
    const params = findings[0]?.params ?? {};
    expect(params.limitCny).toBe(5000);
    expect(Number(params.consumerCny)).toBeGreaterThan(5000);
    expect(params.consumerCny).toBe(5001);
  });

  it.each([
    ["one more non-empty cell than the header", [...rowOf({}), "en trop"], [["wrong-column-count", "error", undefined]]],
    ["one cell fewer than the header", rowOf({}).slice(0, -1), [["wrong-column-count", "error", undefined]]],
    // Excel often ends rows with empty cells ("…;;"): they hold nothing to lose.
    ["extra empty cells", [...rowOf({}), "", "  "], []],
  ] as const)("%s", (_what, cells, expected) => {
    expect(validator.validate(cells, LINE)).toBe(expected.length === 0);
    expect(summarise(findings)).toEqual(expected);
    for (const finding of findings) expect(finding.line).toBe(LINE);
  });

  it.each([
    ["a formula's error in the price", "price_eur", { code: "cell-error", value: "#N/A" }],
    ["a formula never computed in the category", "category", { code: "formula-not-computed", value: "=B2" }],
  ] as const)("%s: one error on the cell, whose text is not read", (_what, field, unreadable) => {
    const index = FIELD_NAMES.indexOf(field);
    expect(validator.validate(rowOf({ [field]: unreadable.value }), LINE, new Map([[index, unreadable]]))).toBe(false);
    expect(findings).toEqual([{ severity: "error", code: unreadable.code, line: LINE, field, column: HEADERS[field], value: unreadable.value }]);
    // The next row is read as usual.
    findings.length = 0;
    expect(validator.validate(rowOf({ sku: "HE-LAV-011" }), LINE + 1)).toBe(true);
    expect(findings).toEqual([]);
  });

  it("follows the threshold from the settings", () => {
    const strict = setUp(undefined, undefined, {
      ...DEFAULT_CATALOGUE_SETTINGS,
      minShelfLifeMonths: { ...DEFAULT_CATALOGUE_SETTINGS.minShelfLifeMonths, value: 18 },
    });
    strict.validator.validate(rowOf({ category: "miel", hs_code: "0409.00", shelf_life_months: "12" }), LINE);
    expect(summarise(strict.findings)).toEqual([["perishable", "error", "shelf_life_months"]]);
    expect(DEFAULT_CATALOGUE_SETTINGS.minShelfLifeMonths.value).toBe(12);
  });
});

describe("layOutColumns", () => {
  const without = (...dropped: FieldName[]): FieldName[] => FIELD_NAMES.filter((field) => !dropped.includes(field));

  it.each([
    ["no SKU and no price column", without("sku", "price_eur"), [["missing-column", "error", "sku"], ["missing-column", "error", "price_eur"]]],
    ["no postcode column", without("origin_postcode"), [["missing-column", "error", "origin_postcode"]]],
    ["no GTIN column (recommended)", without("gtin"), [["missing-gtin", "warning", "gtin"]]],
    ["no Chinese name column (needed for export)", without("name_zh"), [["missing-name-zh", "warning", "name_zh"]]],
    ["no image column (needed for export)", without("image_urls"), [["missing-image", "warning", "image_urls"]]],
    ["no optional columns", without("name_en", "shelf_life_months", "storage", "stock", "labels"), []],
  ] as const)("%s", (_what, fields, expected) => {
    const { layoutFindings, validator, findings } = setUp(fields.map((field) => HEADERS[field]));
    expect(summarise(layoutFindings)).toEqual(expected);
    for (const finding of layoutFindings) expect(finding.line).toBe(1);
    // A missing column is said once, on the header, not again on every row.
    validator.validate(rowOf({}, fields), 2);
    expect(findings).toEqual([]);
  });

  it("keeps a row's picture paths apart from its URLs, as written", () => {
    const { validator } = setUp();
    validator.validate(rowOf({ image_urls: "photos/Savon été.jpg|https://example.com/a.jpg| ../b.png" }), 2);
    expect(validator.values.imageUrls).toEqual(["https://example.com/a.jpg"]);
    expect(validator.values.imageFiles).toEqual(["photos/Savon été.jpg", "../b.png"]);
  });

  describe("with a photos folder (--images)", () => {
    const folder = indexPictureFolder(["HE-LAV-010.jpg", "he-lav-010-2.png"]);
    const withFolder = (fields: readonly FieldName[]) => {
      const layoutFindings: Finding[] = [];
      const layout = layOutColumns(fields.map((field) => HEADERS[field]), {}, (finding) => layoutFindings.push(finding), { hasPictureFolder: true });
      const findings: Finding[] = [];
      const validator = compileRowValidator(layout, { settings: DEFAULT_CATALOGUE_SETTINGS, postcodes, pictureFolder: folder }, (finding) => findings.push(finding));
      return { layoutFindings, findings, validator };
    };

    it("does not say a product the folder has pictures for has none; says it of the others", () => {
      const { findings, validator } = withFolder(FIELD_NAMES);
      validator.validate(rowOf({ image_urls: "" }), 2);
      expect(findings).toEqual([]);
      validator.validate(rowOf({ sku: "HE-LAV-011", image_urls: "" }), 3);
      expect(summarise(findings)).toEqual([["missing-image", "warning", "image_urls"]]);
    });

    it("without an image column, says it row by row rather than once on the header", () => {
      const fields = without("image_urls");
      const { layoutFindings, findings, validator } = withFolder(fields);
      expect(layoutFindings).toEqual([]);
      validator.validate(rowOf({}, fields), 2);
      validator.validate(rowOf({ sku: "HE-LAV-011" }, fields), 3);
      expect(findings.map((finding) => [finding.code, finding.line])).toEqual([["missing-image", 3]]);
    });
  });

  it("warns about an unknown column on line 1 and still reads the others", () => {
    const { layoutFindings, validator, findings } = setUp([...FIELD_NAMES.map((field) => HEADERS[field]), "Couleur"]);
    expect(layoutFindings).toEqual([{ severity: "warning", code: "unknown-column", line: 1, column: "Couleur", value: "Couleur" }]);
    expect(SEVERITIES["unknown-column"]).toBe("warning");
    expect(validator.validate([...rowOf({}), "violet"], 2)).toBe(true);
    expect(findings).toEqual([]);
  });

  it("reports two columns for one field, and reads the first", () => {
    const { layoutFindings, validator } = setUp([...FIELD_NAMES.map((field) => HEADERS[field]), "Nom"]);
    expect(summarise(layoutFindings)).toEqual([["duplicate-column", "error", "name_fr"]]);
    expect(layoutFindings[0]).toMatchObject({ line: 1, column: "Nom", value: "Nom", params: { first: "Désignation" } });
    validator.validate([...rowOf({}), "Autre nom"], 2);
    expect(validator.values.nameFr).toBe(BASE.name_fr);
  });

  it("lets a mapping name a column it does not know", () => {
    const headers = FIELD_NAMES.map((field) => (field === "sku" ? "Ma colonne" : HEADERS[field]));
    const { layoutFindings, validator, findings } = setUp(headers, { "Ma colonne": "sku" });
    expect(layoutFindings).toEqual([]);
    validator.validate(rowOf({ sku: "CODE-42" }), 2);
    expect(findings).toEqual([]);
    expect(validator.values.sku).toBe("CODE-42");
  });

  it("lets a mapping override a built-in header name", () => {
    // "Nom" is a built-in name for name_fr; here it holds the English name, next to "Désignation".
    const headers = [...FIELD_NAMES.filter((field) => field !== "name_en").map((field) => HEADERS[field]), "NOM"];
    const { layoutFindings, validator, findings } = setUp(headers, { nom: "name_en" });
    expect(layoutFindings).toEqual([]);
    validator.validate([...rowOf({}, FIELD_NAMES.filter((field) => field !== "name_en")), "Lavender oil"], 2);
    expect(findings).toEqual([]);
    expect(validator.values.nameFr).toBe(BASE.name_fr);
    expect(validator.values.nameEn).toBe("Lavender oil");
  });

  it("matches English headers too", () => {
    const { layoutFindings } = setUp(["SKU", "Name", "Chinese name", "English name", "Brand", "Category", "GTIN", "HS code", "Origin postcode", "Shelf life (months)", "Storage", "Net weight (g)", "Price (EUR)", "Stock", "Labels", "Image URLs"]);
    expect(layoutFindings).toEqual([]);
  });
});

describe("coverage of the codes", () => {
  // Codes of the CSV reader (src/io), not of the row rules.
  // Codes found by the reader, or by the import against the store ("sku-exists"; "sku-not-stored" by names apply), not by the row rules.
  // The picture check (io/picture-files.ts) reads the files a row names or the photos folder matches.
  const READER_CODES: readonly FindingCode[] = [
    "empty-catalogue",
    "unclosed-quote",
    "record-too-large",
    "malformed-csv",
    "invalid-utf8",
    "sku-exists",
    "sku-not-stored",
    "picture-not-found",
    "picture-unreadable",
    "picture-outside-folder",
    "picture-wrong-format",
    "picture-too-large",
    "too-many-pictures",
    "picture-too-small",
    "picture-not-square",
  ];

  it("has a case for every code the row rules can emit", () => {
    const covered = new Set<FindingCode>([
      ...CASES.flatMap(([, , expected]) => expected.map(([code]) => code)),
      "duplicate-sku",
      "wrong-column-count",
      "hs-positive-list-not-checked",
      "hs-not-on-positive-list",
      "encoding-cannot-hold-chinese",
      "missing-column",
      "unknown-column",
      "duplicate-column",
      // A workbook's unreadable cells, said by the validator on the cell's field.
      "cell-error",
      "formula-not-computed",
    ]);
    const uncovered = (Object.keys(SEVERITIES) as FindingCode[]).filter((code) => !covered.has(code) && !READER_CODES.includes(code));
    expect(uncovered).toEqual([]);
  });
});
