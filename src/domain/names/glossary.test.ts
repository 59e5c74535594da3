import { describe, expect, it } from "vitest";
import { CATEGORIES } from "../catalogue/categories.js";
import { isSourceId, SOURCES, type SourceId } from "../sources.js";
import { termKeys } from "./french-words.js";
import { GLOSSARY, GLOSSARY_GROUPS, PRODUCT_CATEGORY_IDS, type GlossaryEntry } from "./glossary.js";

const HAN = /\p{Script=Han}/u;

/** Every source an entry cites: its Chinese, a sense's Chinese, the protection it names. */
function citedBy(entry: GlossaryEntry): SourceId[] {
  return [entry.source, ...(entry.senses ?? []).map((sense) => sense.source), ...(entry.protectedBy === undefined ? [] : [entry.protectedBy])];
}

describe("the glossary", () => {
  it("holds at least 150 terms", () => {
    expect(GLOSSARY.length).toBeGreaterThanOrEqual(150);
  });

  it("knows the catalogue's categories, no more, no fewer", () => {
    expect([...PRODUCT_CATEGORY_IDS].sort()).toEqual(CATEGORIES.map((category) => category.id).sort());
  });

  it.each(GLOSSARY_GROUPS)("covers %s", (group) => {
    expect(GLOSSARY.filter((entry) => entry.group === group).length).toBeGreaterThanOrEqual(3);
  });

  it("names each category's products", () => {
    const withProducts = new Set(GLOSSARY.filter((entry) => entry.role === "product").map((entry) => entry.group));
    expect(PRODUCT_CATEGORY_IDS.filter((category) => !withProducts.has(category))).toEqual([]);
  });

  it("cites only sources of the table", () => {
    expect(GLOSSARY.flatMap(citedBy).filter((id) => !isSourceId(id))).toEqual([]);
  });

  it("has no French term twice", () => {
    const terms = GLOSSARY.flatMap((entry) => [entry.fr, ...(entry.forms ?? [])]).map((term) => term.toLowerCase().replace(/[\s-]+/g, " "));
    expect(terms.filter((term, index) => terms.indexOf(term) !== index)).toEqual([]);
  });

  it("has no two terms a name could not tell apart, but « rose » and « rosé », told by their accent", () => {
    const byKeys = new Map<string, string[]>();
    for (const entry of GLOSSARY) {
      for (const keys of new Set([entry.fr, ...(entry.forms ?? [])].map((form) => termKeys(form).join(" ")))) {
        byKeys.set(keys, [...(byKeys.get(keys) ?? []), entry.fr]);
      }
    }
    expect([...byKeys.values()].filter((terms) => terms.length > 1)).toEqual([["rose", "rosé"]]);
  });

  it("lists no form its term's own words already match", () => {
    const redundant = GLOSSARY.flatMap((entry) => (entry.forms ?? []).filter((form) => termKeys(form).join(" ") === termKeys(entry.fr).join(" ")));
    expect(redundant).toEqual([]);
  });

  it.each(GLOSSARY.map((entry) => [entry.fr, entry] as const))("%s: matched by its words, its Chinese in Chinese", (_fr, entry) => {
    expect(termKeys(entry.fr).length).toBeGreaterThan(0);
    for (const form of entry.forms ?? []) expect(termKeys(form).length).toBeGreaterThan(0);
    expect(entry.zh).toMatch(HAN);
    for (const sense of entry.senses ?? []) expect(sense.zh).toMatch(HAN);
  });
});

describe("the glossary's sources", () => {
  const referenceOf = (id: SourceId): string => SOURCES.find((source) => source.id === id)?.reference ?? "";

  it.each(GLOSSARY.filter((entry) => entry.source !== "glossary-common-usage").map((entry) => [entry.fr, entry.zh, entry.source] as const))(
    "%s → %s: each character is one %s is recorded as giving",
    (_fr, zh, source) => {
      const reference = referenceOf(source);
      expect([...zh].filter((character) => HAN.test(character) && !reference.includes(character))).toEqual([]);
    },
  );

  it("keeps common usage for the names protected in China, until their official Chinese is checked in the agreement", () => {
    const protectedNames = GLOSSARY.filter((entry) => entry.protectedBy !== undefined);
    expect(protectedNames.map((entry) => entry.fr)).toEqual(["Côtes de Provence", "Côtes du Rhône", "Châteauneuf-du-Pape"]);
    expect(protectedNames.every((entry) => entry.source === "glossary-common-usage" && entry.protectedBy === "eu-china-gi-agreement-2020")).toBe(true);
    for (const entry of protectedNames) expect(referenceOf("eu-china-gi-agreement-2020")).toContain(entry.fr);
  });

  it("are the sources whose uses SOURCES.md lists as the glossary's", () => {
    const declared = SOURCES.filter((source) => source.usedBy.some((use) => use.startsWith("glossary"))).map((source) => source.id);
    expect([...new Set(GLOSSARY.flatMap(citedBy))].sort()).toEqual([...declared].sort());
  });

  it("labels common usage as a design choice", () => {
    expect(SOURCES.find((source) => source.id === "glossary-common-usage")?.kind).toBe("design-choice");
  });
});
