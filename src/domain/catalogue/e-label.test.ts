import { describe, expect, it } from "vitest";
import { createPostcodeDirectory, encodeCommunes } from "../geo/postcodes.js";
import { composeChineseLabel, LABEL_TO_COMPLETE } from "./e-label.js";
import type { StoredProduct } from "./readiness.js";

const postcodes = createPostcodeDirectory({
  source: "test",
  postcodes: {
    "13100": encodeCommunes([{ name: "Aix-en-Provence", department: "13", region: "93" }]),
    "06000": encodeCommunes([{ name: "Nice", department: "06", region: "93" }]),
    "26110": encodeCommunes([{ name: "Nyons", department: "26", region: "84" }]),
    "05110": encodeCommunes([
      { name: "La Saulce", department: "05", region: "93" },
      { name: "Claret", department: "04", region: "93" },
    ]),
  },
});

function calissons(change: Partial<StoredProduct> = {}): StoredProduct {
  return {
    sku: "CAL-250",
    nameFr: "Calissons d'Aix, boîte de 250 g",
    nameZh: "艾克斯卡利松杏仁糖 250克",
    nameEn: undefined,
    brand: "Confiserie du Roy René",
    category: "confectionery",
    gtin: undefined,
    hsCode: "170490",
    originPostcode: "13100",
    shelfLifeMonths: 12,
    storage: "ambient",
    netWeightMg: 250_000,
    priceCents: 14_90,
    stock: undefined,
    labels: [],
    imageUrls: [],
    pictures: [],
    ingredients: "sucre, amandes, melon confit, pain azyme",
    ingredientsZh: "白砂糖、杏仁、糖渍甜瓜、无酵薄饼",
    manufacturer: "Confiserie du Roy René",
    manufacturerAddress: "13100 Aix-en-Provence, France",
    ...change,
  };
}

const textOf = (label: ReturnType<typeof composeChineseLabel>) => Object.fromEntries(label.lines.map((line) => [line.heading, line.text]));

describe("composeChineseLabel", () => {
  it("writes every field of a complete food product, in Chinese where it is ours", () => {
    const label = composeChineseLabel(calissons(), postcodes);
    expect(textOf(label)).toEqual({
      商品名称: "艾克斯卡利松杏仁糖 250克",
      品牌: "Confiserie du Roy René",
      原产国: "法国",
      原产地: "普罗旺斯 罗讷河口",
      净含量: "250克",
      保质期: "12个月",
      贮存条件: "常温保存",
      配料: "白砂糖、杏仁、糖渍甜瓜、无酵薄饼",
      生产商: "Confiserie du Roy René",
      生产商地址: "13100 Aix-en-Provence, France",
    });
    expect(label.missing).toEqual([]);
  });

  it.each<[string, Partial<StoredProduct>, string, string]>([
    ["a volume in centilitres", { netContentMl: 750 }, "净含量", "750毫升"],
    ["a volume of a litre and a half", { netContentMl: 1500 }, "净含量", "1.5升"],
    ["a weight with grams' decimals", { netWeightMg: 12_500 }, "净含量", "12.5克"],
    ["chilled storage", { storage: "chilled" }, "贮存条件", "冷藏保存"],
    ["no storage given (ambient, the default)", { storage: undefined }, "贮存条件", "常温保存"],
    ["Nice (06)", { originPostcode: "06000" }, "原产地", "普罗旺斯 滨海阿尔卑斯"],
  ])("%s → %s %s", (_what, change, heading, text) => {
    expect(textOf(composeChineseLabel(calissons(change), postcodes))[heading]).toBe(text);
  });

  it("writes « 待补充 » for what it cannot fill, and lists those fields", () => {
    const label = composeChineseLabel(calissons({ ingredientsZh: undefined, manufacturer: undefined, manufacturerAddress: "", shelfLifeMonths: undefined }), postcodes);
    expect(label.missing).toEqual(["shelfLife", "ingredients", "manufacturer", "manufacturerAddress"]);
    expect(textOf(label)["配料"]).toBe(LABEL_TO_COMPLETE);
  });

  it("does not guess a place: a postcode over two departments, or a department outside the glossary, is « 待补充 »", () => {
    expect(composeChineseLabel(calissons({ originPostcode: "05110" }), postcodes).missing).toEqual(["origin"]);
    expect(composeChineseLabel(calissons({ originPostcode: "26110" }), postcodes).missing).toEqual(["origin"]);
  });

  it("gives a product that is not food no ingredient line", () => {
    const soap = composeChineseLabel(calissons({ category: "soap-cosmetics", ingredientsZh: undefined, shelfLifeMonths: undefined }), postcodes);
    expect(soap.lines.map((line) => line.field)).not.toContain("ingredients");
    expect(soap.missing).toEqual(["shelfLife"]);
  });
});
