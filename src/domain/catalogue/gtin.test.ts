import { describe, expect, it } from "vitest";
import { computeGtinCheckDigit, hasValidGtinCheckDigit, looksLikeScientificNotation } from "./gtin.js";

/**
 * Real GS1 numbers, one per length: a barcode copied from the package must pass, and any slip of a
 * digit or of the length must not (the contract: "8, 12, 13 or 14 digits with a valid GS1 check digit").
 */
const VALID = [
  ["GTIN-8 (EAN-8)", "73513537"],
  ["GTIN-12 (UPC-A)", "036000291452"],
  ["GTIN-13 (EAN-13)", "4006381333931"],
  ["GTIN-13 (UPC-A padded with a zero)", "0036000291452"],
  ["GTIN-14", "10614141000415"],
] as const;

describe("hasValidGtinCheckDigit", () => {
  it.each(VALID)("accepts a real %s: %s", (_kind, gtin) => {
    expect(hasValidGtinCheckDigit(gtin)).toBe(true);
  });

  it.each(VALID)("computes the check digit of a real %s: %s", (_kind, gtin) => {
    expect(computeGtinCheckDigit(gtin.slice(0, -1))).toBe(Number(gtin.slice(-1)));
  });

  // A typo in the last digit is the most common copying error; every other digit must be refused.
  it.each(VALID.flatMap(([kind, gtin]) => [1, 5, 9].map((shift) => [kind, `${gtin.slice(0, -1)}${(Number(gtin.slice(-1)) + shift) % 10}`] as const)))(
    "refuses a %s with a wrong check digit: %s",
    (_kind, gtin) => {
      expect(hasValidGtinCheckDigit(gtin)).toBe(false);
    },
  );

  it("refuses a GTIN-13 with two digits swapped (the weights 3,1 catch it)", () => {
    expect(hasValidGtinCheckDigit("4006381339331")).toBe(false);
  });

  // Each of these passes the check-digit arithmetic (a leading zero adds nothing to the sum), so only
  // the length rule can refuse them.
  it.each([
    ["7 digits", "1234565"],
    ["9 digits", "073513537"],
    ["11 digits", "36000291452"],
    ["15 digits", "010614141000415"],
  ])("refuses %s even when the check digit adds up: %s", (_kind, digits) => {
    expect(computeGtinCheckDigit(digits.slice(0, -1))).toBe(Number(digits.slice(-1)));
    expect(hasValidGtinCheckDigit(digits)).toBe(false);
  });

  it.each([
    ["empty", ""],
    ["a letter as check digit", "400638133393X"],
    ["a letter inside", "40063813A3931"],
    ["a space inside (the row validator strips spaces first)", "4006381 33931"],
    ["a dot", "400638133.931"],
    ["a minus sign", "-400638133393"],
    ["full-width digits", "４００６３８１３３３９３１"],
  ])("refuses %s: %s", (_kind, text) => {
    expect(hasValidGtinCheckDigit(text)).toBe(false);
  });
});

describe("looksLikeScientificNotation", () => {
  // Excel turns a 13-digit EAN into "3,76012E+12" in a French locale and "3.76E+12" in an English one.
  it.each([
    ["3,76012E+12", true],
    ["3.76E+12", true],
    ["3.76012e+12", true],
    ["3,76E12", true],
    ["4E+12", true],
    ["3760000000017", false],
    ["4006381333931", false],
    ["E+12", false],
    ["3,76012E+", false],
    ["", false],
  ])("%j → %s", (text, expected) => {
    expect(looksLikeScientificNotation(text)).toBe(expected);
  });
});
