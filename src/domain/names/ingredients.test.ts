import { describe, expect, it } from "vitest";
import { isSourceId } from "../sources.js";
import { draftIngredients, findIngredient, INGREDIENT_GLOSSARY } from "./ingredients.js";

describe("draftIngredients", () => {
  it.each([
    ["sucre, amandes, melon confit, pain azyme", "白砂糖、杏仁、糖渍甜瓜、无酵薄饼"],
    ["Ingrédients : Sucre, Amandes 30 %, melon confit (melon, sucre, sirop de glucose), pain azyme.", "白砂糖、杏仁30%、糖渍甜瓜（甜瓜、白砂糖、葡萄糖浆）、无酵薄饼"],
    ["huile d'olive vierge extra", "特级初榨橄榄油"],
    ["Huile d'olive extra vierge (100 %)", "特级初榨橄榄油100%"],
    ["miel; fleurs de lavande", "蜂蜜、薰衣草"],
    ["farine de blé, beurre, œufs, sucre, sel", "小麦粉、黄油、鸡蛋、白砂糖、食用盐"],
  ])("drafts %j as %j when it knows every ingredient", (french, chinese) => {
    expect(draftIngredients(french)).toEqual({ ingredientsZh: chinese, unknown: [] });
  });

  it("drafts nothing when one ingredient is unknown, and names it", () => {
    expect(draftIngredients("sucre, amandes, poudre de perlimpinpin, pain azyme")).toEqual({ ingredientsZh: undefined, unknown: ["poudre de perlimpinpin"] });
  });

  it("names an unknown ingredient inside brackets too, once", () => {
    expect(draftIngredients("melon confit (melon, E330), sucre, E330")).toEqual({ ingredientsZh: undefined, unknown: ["E330"] });
  });

  it("drafts nothing from a blank list", () => {
    expect(draftIngredients("  ")).toEqual({ ingredientsZh: undefined, unknown: [] });
  });
});

describe("the ingredient glossary", () => {
  it.each(INGREDIENT_GLOSSARY.map((entry) => [entry.fr, entry] as const))("%s has a known source and Chinese", (_fr, entry) => {
    expect(isSourceId(entry.source)).toBe(true);
    expect(entry.zh).toMatch(/\p{Script=Han}/u);
    expect(findIngredient(entry.fr)).toBe(entry);
  });

  it("holds the Provençal food the demo's products use", () => {
    for (const fr of ["sucre", "amandes", "melon confit", "pain azyme", "huile d'olive vierge extra", "miel", "lavande", "farine de blé"]) expect(findIngredient(fr), fr).toBeDefined();
  });
});
