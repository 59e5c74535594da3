import { describe, expect, it } from "vitest";
import { SEVERITIES } from "../catalogue/rules/index.js";
import { FAILURE_CODES, type FailureCode, type FindingCode } from "../errors.js";
import { createTranslator, isLanguage, LANGUAGES } from "./index.js";

const CODES: readonly (FindingCode | FailureCode)[] = [...(Object.keys(SEVERITIES) as FindingCode[]), ...FAILURE_CODES];
const fr = createTranslator("fr");
const en = createTranslator("en");

describe("messages", () => {
  // Every code a user can meet has words in both languages, even when the context is missing.
  it.each(LANGUAGES.flatMap((language) => CODES.map((code) => [language, code] as const)))("%s: %s has a message and a hint", (language, code) => {
    const translator = createTranslator(language);
    for (const text of [translator.message(code), translator.hint(code)]) {
      expect(text.trim()).not.toBe("");
      expect(text).not.toMatch(/undefined|NaN|\[object Object\]/);
    }
  });

  it.each(CODES)("%s is actually translated (French ≠ English)", (code) => {
    expect(fr.message(code)).not.toBe(en.message(code));
    expect(fr.hint(code)).not.toBe(en.hint(code));
  });

  // The context the validator passes must reach the user: the line to look at, the value at fault.
  it.each([
    ["duplicate-sku", { value: "SAV-001", firstLine: 7 }, ["SAV-001", "7"]],
    ["title-too-long", { width: 61, max: 60 }, ["61", "60"]],
    ["origin-outside-provence", { value: "75001", departments: "75" }, ["75001", "75"]],
    ["over-cbec-limit", { consumerCny: 5001, limitCny: 5000 }, ["5001", "5000"]],
    ["missing-column", { field: "price_eur" }, ["price_eur"]],
  ] as const)("%s shows its context", (code, params, expected) => {
    for (const translator of [fr, en]) {
      const message = translator.message(code, params);
      for (const part of expected) expect(message).toContain(part);
    }
  });

  it.each([
    ["fr", true],
    ["en", true],
    ["de", false],
    ["FR", false],
    ["", false],
  ])("isLanguage(%j) → %s", (text, expected) => {
    expect(isLanguage(text)).toBe(expected);
  });
});

describe("years in the costs texts", () => {
  // « 3 an(s) » reads as a form to fill in; people write « 1 an », « 3 ans ».
  it.each([
    [fr, 1, "Coûts sur 1 an :"],
    [fr, 3, "Coûts sur 3 ans :"],
    [en, 1, "Costs over 1 year:"],
    [en, 3, "Costs over 3 years:"],
  ])("%#: %s", (translator, years, expected) => {
    const text = translator.ui("costsTitle", { years });
    expect(text).toContain(expected);
    expect(text).not.toContain("(s)");
  });
});

describe("numbers and dates as each language writes them", () => {
  const fr = createTranslator("fr");
  const en = createTranslator("en");

  it.each([
    ["2026-12-01", "1er décembre 2026", "December 1, 2026"],
    ["2026-10-06", "6 octobre 2026", "October 6, 2026"],
    ["2019", "2019", "2019"],
    ["2017-05", "mai 2017", "May 2017"],
    ["undated", "non daté", "undated"],
    ["n/a", "", ""],
  ])("the date %s reads « %s » and \"%s\"", (iso, french, english) => {
    expect(fr.date(iso)).toBe(french);
    expect(en.date(iso)).toBe(english);
  });

  it.each([
    [500_000, "500\u202f000\u00a0€", "€500,000"],
    [4.9, "4,90\u00a0€", "€4.90"],
    [1_250_000.5, "1\u202f250\u202f000,50\u00a0€", "€1,250,000.50"],
  ])("%s euros read « %s » and \"%s\": cents only when there are some", (euros, french, english) => {
    expect(fr.euros(euros).replace(/\u202f(?=€)/, "\u00a0")).toBe(french);
    expect(en.euros(euros)).toBe(english);
  });

  it("a moment is said in UTC, with the hour as French writes it", () => {
    expect(fr.dateTime("2026-12-01T21:42:05.123Z")).toBe("1er décembre 2026 à 21 h 42 (UTC)");
    expect(en.dateTime("2026-12-01T21:42:05.123Z")).toBe("December 1, 2026, 21:42 UTC");
  });

  it.each([
    ["shopAnnualFee", 10_000, "EUR", "10 000 € par an", "€10,000 a year"],
    ["shopDeposit", 150_000, "CNY", "150 000 CNY (remboursable : ce n'est pas un coût)", "150,000 CNY (refundable: not a cost)"],
    ["shopCommissionPercent", 3.5, undefined, "3,5 % des ventes", "3.5% of sales"],
    ["years", 1, undefined, "1 an", "1 year"],
    ["fairsPerYear", 2, undefined, "2 salons par an", "2 fairs a year"],
    ["eurCny", 7.5554, undefined, "1 € = 7,5554 CNY", "€1 = 7.5554 CNY"],
  ] as const)("the cost input %s at %s %s reads « %s » and \"%s\"", (name, value, currency, french, english) => {
    expect(fr.costValue(name, value, currency).replace(/[\u00a0\u202f]/g, " ")).toBe(french);
    expect(en.costValue(name, value, currency)).toBe(english);
  });

  it("a cost input and a preset have a name a person says, never the key or the id", () => {
    expect(fr.costInput("shopLogisticsPerOrder")).toBe("Logistique par commande");
    expect(en.costInput("shopLogisticsPerOrder")).toBe("Logistics per order");
    expect(fr.preset("quote-2017")).toBe("devis CCI Marseille Provence – Alibaba de 2017");
    expect(en.preset("canton-fair-9m2")).toBe("Canton Fair, 9 m² stand");
  });

  it("a rate and a ceiling keep the language's decimal mark and thousands separator", () => {
    expect(fr.number(7.5554)).toBe("7,5554");
    expect(fr.number(5000).replace(/\s/gu, " ")).toBe("5 000");
    expect(en.number(5000)).toBe("5,000");
  });
});
