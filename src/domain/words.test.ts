import { describe, expect, it } from "vitest";
import { parseDelimiterName } from "./catalogue/delimiters.js";
import { parseTypedDecimal } from "./typed-numbers.js";
import { parseYesNo } from "./yes-no.js";

describe("parseYesNo: one table of yes/no words, French and English", () => {
  it.each([
    ["oui", true],
    ["O", true],
    [" yes ", true],
    ["true", true],
    ["1", true],
    ["Non", false],
    ["n", false],
    ["false", false],
    ["0", false],
  ])("%j → %s", (text, expected) => expect(parseYesNo(text)).toBe(expected));

  it.each(["", "peut-être", "ouiii", "2"])("%j is not an answer", (text) => expect(parseYesNo(text)).toBeUndefined());
});

describe("parseDelimiterName: one table of delimiter names", () => {
  it.each([
    [";", ";"],
    ["point-virgule", ";"],
    ["semicolon", ";"],
    [",", ","],
    ["virgule", ","],
    ["tab", "\t"],
    ["Tabulation", "\t"],
    ["\\t", "\t"],
    ["\t", "\t"],
  ])("%j → %j", (text, expected) => expect(parseDelimiterName(text)).toBe(expected));

  it.each(["|", "space", ""])("%j is not a delimiter we read", (text) => expect(parseDelimiterName(text)).toBeUndefined());
});

describe("parseTypedDecimal: a number a person typed", () => {
  it.each([
    ["1 250 000,50", 2, 125000050],
    ["12,5", 2, 1250],
    ["12.5", 2, 1250],
    ["980000 €", 2, 98000000],
    ["7.5554", 4, 75554],
    ["7.555", 4, 75550],
  ])("%j at %i decimals → %i", (text, scale, expected) => expect(parseTypedDecimal(text, scale)).toBe(expected));

  it.each([
    ["10,000", 2],
    ["1.250", 2],
    ["1,250", 0],
    ["douze", 2],
    ["4,999", 2],
  ])("%j at %i decimals is refused (ambiguous or not a number)", (text, scale) => expect(parseTypedDecimal(text, scale)).toBeUndefined());
});
