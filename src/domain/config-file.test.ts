import { describe, expect, it } from "vitest";
import { EprovenceError } from "./errors.js";
import { parseConfigDocument, suggestWord } from "./config-file.js";

const lineOf = (keyPath: readonly string[]) => keyPath.length * 10;
const parse = (document: unknown) => parseConfigDocument(document, "eprovence.config.yaml", lineOf, "2026-12-01");

function failureOf(document: unknown): EprovenceError {
  try {
    parse(document);
  } catch (error) {
    if (error instanceof EprovenceError) return error;
    throw error;
  }
  throw new Error("accepted");
}

describe("the settings file", () => {
  it("reads every key, the rate with its own date and source", () => {
    const config = parse({
      mappings: { "Ma référence": "sku" },
      minShelfLifeMonths: 18,
      eurToCny: { value: 7.8, date: "2026-11-02", source: "BCE" },
      strict: true,
      maxErrors: 50,
      sheet: 2,
      channel: "tmall-global",
      minCompleteness: 80,
    });
    expect(config).toMatchObject({ mappings: { "Ma référence": "sku" }, strict: true, maxErrors: 50, sheet: "2", channel: "tmall-global", minCompleteness: 80 });
    expect(config.minShelfLifeMonths).toEqual({ value: 18, source: { from: "config-file", path: "eprovence.config.yaml", key: "minShelfLifeMonths" }, date: "2026-12-01" });
    expect(config.eurToCny).toEqual({ value: 78000, source: { from: "config-file", path: "eprovence.config.yaml", key: "eurToCny", said: "BCE" }, date: "2026-11-02" });
  });

  it("takes the consultant's positive list: its file, edition (a YAML date too) and source", () => {
    expect(parse({ positiveList: { file: "liste-positive.csv", edition: new Date("2022-03-01T00:00:00Z"), source: "GACC" } }).positiveList).toEqual({ file: "liste-positive.csv", edition: "2022-03-01", source: "GACC" });
    expect(parse({ positiveList: { file: "liste.xlsx", edition: "2022-03-01" } }).positiveList).toEqual({ file: "liste.xlsx", edition: "2022-03-01" });
    expect(failureOf({ positiveList: { file: "liste.csv", edition: "2022-03-01", sourse: "GACC" } })).toMatchObject({ code: "unknown-config-key", params: { key: "positiveList.sourse", suggestion: "source" } });
  });

  it("takes an empty file as no settings", () => {
    expect(parse(null)).toEqual({ path: "eprovence.config.yaml", mappings: {} });
  });

  it.each<[string, unknown, string, string]>([
    ["a typo", { maxErors: 10 }, "maxErors", "maxErrors"],
    ["another spelling", { max_errors: 10 }, "max_errors", "maxErrors"],
    ["a rate's unknown key", { eurToCny: { value: 7.8, dated: "2026-11-02" } }, "eurToCny.dated", "date"],
    ["nothing alike", { colour: "blue" }, "colour", ""],
  ])("refuses %s, with the key it resembles", (_name, document, key, suggestion) => {
    const error = failureOf(document);
    expect(error.code).toBe("unknown-config-key");
    expect(error.params).toMatchObject({ key, suggestion, line: key.split(".").length * 10 });
  });

  it.each<[string, unknown, string]>([
    ["a mapping to no field", { mappings: { Colonne: "nothing" } }, "mappings.Colonne"],
    ["mappings as a list", { mappings: ["a"] }, "mappings"],
    ["a negative shelf life", { minShelfLifeMonths: -1 }, "minShelfLifeMonths"],
    ["a shelf life as text", { minShelfLifeMonths: "douze" }, "minShelfLifeMonths"],
    ["strict as a word", { strict: "oui" }, "strict"],
    ["a fractional maxErrors", { maxErrors: 2.5 }, "maxErrors"],
    ["an empty sheet", { sheet: "" }, "sheet"],
    ["an unknown channel", { channel: "amazon" }, "channel"],
    ["a completeness over 100", { minCompleteness: 120 }, "minCompleteness"],
    ["a rate of zero", { eurToCny: 0 }, "eurToCny"],
    ["a rate's bad value", { eurToCny: { value: "beaucoup" } }, "eurToCny.value"],
    ["a rate's bad date", { eurToCny: { value: 7.8, date: "hier" } }, "eurToCny.date"],
    ["a list instead of settings", ["strict"], ""],
    ["a positive list without its file", { positiveList: { edition: "2022-03-01" } }, "positiveList.file"],
    ["a positive list without its edition", { positiveList: { file: "liste.csv" } }, "positiveList.edition"],
    ["a positive list's edition in words", { positiveList: { file: "liste.csv", edition: "mars 2022" } }, "positiveList.edition"],
  ])("refuses %s, naming the key and its line", (_name, document, key) => {
    const error = failureOf(document);
    expect(error.code).toBe("invalid-config-value");
    expect(error.params).toMatchObject({ key, line: key === "" ? 0 : key.split(".").length * 10 });
  });

  it.each([
    ["maxerrors", "maxErrors"],
    ["minShelfLife", "minShelfLifeMonths"],
    ["chanel", "channel"],
    ["zzz", undefined],
  ])("suggests %s → %s", (word, expected) => {
    expect(suggestWord(word, ["mappings", "minShelfLifeMonths", "maxErrors", "channel", "strict"])).toBe(expected);
  });
});
