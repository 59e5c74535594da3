import { describe, expect, it } from "vitest";
import { parseChoice, parseDelimiterOption, parseEurCny, parseFormat, parseMappings, parseWholeNumber, parseYesNoOption, readMerchantRef, requireMerchantRef, RESULT_FORMATS } from "./options.js";

// Each shared flag means one thing, whichever command it is given to: one parser, one failure code.
describe("the shared flag parsers", () => {
  it("--format: the command's formats, pretty by default; anything else is invalid-option naming them", () => {
    expect(parseFormat(undefined, RESULT_FORMATS)).toBe("pretty");
    expect(parseFormat("json", RESULT_FORMATS)).toBe("json");
    expect(() => parseFormat("sarif", RESULT_FORMATS)).toThrow(expect.objectContaining({ code: "invalid-option", params: { option: "--format", value: "sarif", expected: "pretty, json" } }) as Error);
  });

  it("--merchant: blank is not given; where required, merchant-required naming the command", () => {
    expect(readMerchantRef("  ")).toBeUndefined();
    expect(readMerchantRef(" 812 345 678 ")).toBe("812 345 678");
    for (const command of ["import", "export", "dossier"]) {
      expect(() => requireMerchantRef(undefined, command)).toThrow(expect.objectContaining({ code: "merchant-required", params: { command } }) as Error);
    }
  });

  it("--eur-cny: the cost model's one rule (1–100 CNY per euro, 4 decimals), in ten-thousandths", () => {
    expect(parseEurCny("7,5554")).toBe(75554);
    expect(parseEurCny("8.1")).toBe(81000);
    for (const bad of ["0.5", "101", "sept", "-7"]) expect(() => parseEurCny(bad)).toThrow(expect.objectContaining({ code: "invalid-option", params: expect.objectContaining({ option: "--eur-cny" }) }) as Error);
  });

  it("whole numbers within bounds; a share may carry its per cent sign", () => {
    expect(parseWholeNumber("12", "--min-shelf-life", { min: 0 })).toBe(12);
    expect(parseWholeNumber("80 %", "--min-completeness", { min: 0, max: 100, isPercent: true })).toBe(80);
    expect(() => parseWholeNumber("101", "--min-completeness", { min: 0, max: 100, isPercent: true })).toThrow(expect.objectContaining({ params: expect.objectContaining({ expected: "0–100" }) }) as Error);
    expect(() => parseWholeNumber("1,5", "--max-errors", { min: 0 })).toThrow(expect.objectContaining({ code: "invalid-option" }) as Error);
  });

  it("delimiters and yes/no read their one table", () => {
    expect(parseDelimiterOption("tab")).toBe("\t");
    expect(parseDelimiterOption(undefined)).toBeUndefined();
    expect(() => parseDelimiterOption("|")).toThrow(expect.objectContaining({ code: "invalid-delimiter" }) as Error);
    expect(parseYesNoOption("non", "--independent")).toBe(false);
    expect(() => parseYesNoOption("bof", "--independent")).toThrow(expect.objectContaining({ code: "invalid-option" }) as Error);
  });

  it("--map and choices", () => {
    expect(parseMappings(["Réf. interne=sku", "a=b=price_eur"])).toEqual({ "Réf. interne": "sku", "a=b": "price_eur" });
    expect(() => parseMappings(["Réf=reference"])).toThrow(expect.objectContaining({ code: "invalid-mapping" }) as Error);
    expect(parseChoice("create", "--mode", ["upsert", "create"] as const)).toBe("create");
    expect(() => parseChoice("merge", "--mode", ["upsert", "create"] as const)).toThrow(expect.objectContaining({ code: "invalid-option" }) as Error);
  });
});
