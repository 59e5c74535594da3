import { describe, expect, it } from "vitest";
import { applyBasisPoints, convertEurCentsToCnyCents, divideRoundHalfUp, formatCents, formatCompactEuros } from "./money.js";
import { DEFAULT_CATALOGUE_SETTINGS } from "./settings.js";

const RATE = DEFAULT_CATALOGUE_SETTINGS.eurCny.value;

describe("convertEurCentsToCnyCents", () => {
  it("uses the ECB reference rate of 2026-10-06 by default: 1 EUR = 7.5554 CNY", () => {
    expect(RATE).toBe(75554);
    expect(DEFAULT_CATALOGUE_SETTINGS.eurCny.date).toBe("2026-10-06");
  });

  it.each([
    ["100.00 EUR → 755.54 CNY", 100_00, 755_54],
    ["1.00 EUR → 7.56 CNY (7.5554 rounded)", 1_00, 7_56],
    ["0.01 EUR → 0.08 CNY (0.075554 rounded up)", 1, 8],
    ["4.90 EUR → 37.02 CNY (37.02146)", 4_90, 37_02],
    ["0.00 EUR → 0", 0, 0],
    ["606.58 EUR → 4,582.95 CNY (4,582.954532)", 606_58, 4582_95],
    ["1,000,000.00 EUR → 7,555,400.00 CNY", 1_000_000_00, 7_555_400_00],
  ])("%s", (_what, eurCents, cnyCents) => {
    expect(convertEurCentsToCnyCents(eurCents, RATE)).toBe(cnyCents);
  });

  it("follows another rate when the user sets one", () => {
    expect(convertEurCentsToCnyCents(100_00, 80_000)).toBe(800_00);
  });
});

describe("rounding half up, in integers", () => {
  // Half up, not half to even: 2.5 → 3 (banker's rounding would give 2).
  it.each([
    [4, 10, 0],
    [5, 10, 1],
    [15, 10, 2],
    [25, 10, 3],
    [14_999, 10_000, 1],
    [15_000, 10_000, 2],
    [0, 7, 0],
    [7, 7, 1],
  ])("%i / %i → %i", (numerator, denominator, expected) => {
    expect(divideRoundHalfUp(numerator, denominator)).toBe(expected);
  });

  it.each([
    ["9.1 % of 100.00", 100_00, 910, 9_10],
    ["9.1 % of 0.50 = 0.0455 → 0.05", 50, 910, 5],
    ["10 % of 0.05 = 0.005 → 0.01 (exactly half)", 5, 1000, 1],
    ["10 % of 0.04 = 0.004 → 0.00", 4, 1000, 0],
    ["9.1 % of 4,582.95 = 417.04845 → 417.05", 4582_95, 910, 417_05],
  ])("%s", (_what, cents, basisPoints, expected) => {
    expect(applyBasisPoints(cents, basisPoints)).toBe(expected);
  });
});

describe("formatCents", () => {
  it.each([
    [12345, "123.45"],
    [5, "0.05"],
    [0, "0.00"],
    [100, "1.00"],
    [-5, "-0.05"],
    [-12345, "-123.45"],
    [755_554_00, "755554.00"],
  ])("%i → %j", (cents, text) => {
    expect(formatCents(cents)).toBe(text);
  });
});

describe("formatCompactEuros", () => {
  it.each([
    [1_250_000, "fr", "1,25\u202fM€"],
    [1_250_000, "en", "€1.25 m"],
    [10_000_000, "fr", "10\u202fM€"],
    [12_345_678, "fr", "12,35\u202fM€"],
    [950_000, "fr", "950\u202f000\u202f€"],
    [950_000, "en", "€950,000"],
  ] as const)("%d in %s → %s (two decimals at most: 1,25 M€ is never rounded to 1,3 M€)", (euros, language, expected) => {
    expect(formatCompactEuros(euros, language)).toBe(expected);
  });
});
