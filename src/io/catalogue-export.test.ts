import { describe, expect, it } from "vitest";
import { formatMilligramsAsGrams, neutraliseCell } from "./catalogue-export.js";

describe("neutraliseCell", () => {
  // OWASP "CSV injection": what a spreadsheet would run as a formula gets a leading apostrophe.
  it.each([
    ["=HYPERLINK(\"https://evil.example\",\"x\")", "'=HYPERLINK(\"https://evil.example\",\"x\")"],
    ["+33 4 91 00 00 00", "'+33 4 91 00 00 00"],
    ["-20% savon", "'-20% savon"],
    ["@SUM(A1:A9)", "'@SUM(A1:A9)"],
    ["\t=1+1", "'\t=1+1"],
    ["\r=1+1", "'\r=1+1"],
  ])("%j → %j", (cell, expected) => {
    expect(neutraliseCell(cell)).toBe(expected);
  });

  it.each(["", "Savon de Marseille", "马赛皂", "4.90", "a=b", " =1", "'already"])("%j is left as is", (cell) => {
    expect(neutraliseCell(cell)).toBe(cell);
  });
});

describe("formatMilligramsAsGrams", () => {
  it.each([
    [100_000, "100"],
    [12_500, "12.5"],
    [1, "0.001"],
    [750_010, "750.01"],
  ])("%i mg → %s g", (milligrams, expected) => {
    expect(formatMilligramsAsGrams(milligrams)).toBe(expected);
  });
});
