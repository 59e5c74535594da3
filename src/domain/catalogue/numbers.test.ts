import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NOT_A_NUMBER, parseScaledDecimal, TOO_MANY_DECIMALS } from "./numbers.js";

const NBSP = "\u00a0";
const NNBSP = "\u202f";

describe("parseScaledDecimal", () => {
  // Prices as French and English spreadsheets write them: each must be the exact number of cents.
  it.each([
    ["4,90", 2, 490],
    ["4.90", 2, 490],
    ["12", 2, 1200],
    ["0,05", 2, 5],
    ["4,9", 2, 490],
    ["4,900", 2, 490],
    ["1 234,50", 2, 123450],
    [`1${NBSP}234,50`, 2, 123450],
    [`1${NNBSP}234,50`, 2, 123450],
    ["1.234,50", 2, 123450],
    ["1,234.50", 2, 123450],
    ["1 234 567,89", 2, 123456789],
    ["1.234.567", 0, 1234567],
    ["1 234 567", 0, 1234567],
    ["12", 0, 12],
    ["-5", 2, -500],
    ["  4,90  ", 2, 490],
    ["4,90€", 2, 490],
    ["4,90 €", 2, 490],
    [`4,90${NBSP}€`, 2, 490],
    [`1${NNBSP}234,50${NNBSP}€`, 2, 123450],
    ["100", 3, 100000],
    ["0,5", 3, 500],
  ])("%j at scale %i → %i", (text, scale, expected) => {
    expect(parseScaledDecimal(text, scale)).toBe(expected);
  });

  // More decimals than the field allows is its own finding ("4,905 €" is not a price), but trailing zeros
  // are only a way of writing.
  it.each([
    ["4,905", 2],
    ["4.901", 2],
    ["2.5", 0],
    ["12,5", 0],
    ["1,2345", 3],
  ])("%j at scale %i has too many decimals", (text, scale) => {
    expect(parseScaledDecimal(text, scale)).toBe(TOO_MANY_DECIMALS);
  });

  it.each([
    ["letters", "abc"],
    ["empty", ""],
    ["only spaces", "   "],
    ["only a minus", "-"],
    ["only the euro sign", "€"],
    ["two decimal commas", "1,2,3"],
    ["two decimal points after a comma", "1,234.5.6"],
    ["a group of 2 after a space", "12 34"],
    ["a group of 4 after a space", "1 2345"],
    ["a leading group of 4", "1234 567"],
    ["a dot group of 2", "1.23.456"],
    ["only a decimal comma", ","],
    ["a space between a number and its decimals", "4 ,90"],
    ["a number then letters", "12kg"],
    ["a plus sign", "+5"],
    ["a currency other than euro", "$5"],
    ["a number too big to be exact", "99999999999999999"],
  ])("%s (%j) is not a number", (_why, text) => {
    expect(parseScaledDecimal(text, 2)).toBeNaN();
    expect(NOT_A_NUMBER).toBeNaN();
  });
});

describe("parseScaledDecimal round trip", () => {
  function group(integer: string, separator: string): string {
    return integer.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  }
  function french(cents: number): string {
    return `${group(String(Math.floor(cents / 100)), NNBSP)},${String(cents % 100).padStart(2, "0")}`;
  }
  function english(cents: number): string {
    return `${group(String(Math.floor(cents / 100)), ",")}.${String(cents % 100).padStart(2, "0")}`;
  }

  it("formats as expected (the property below relies on it)", () => {
    expect(french(123456789)).toBe(`1${NNBSP}234${NNBSP}567,89`);
    expect(english(123456789)).toBe("1,234,567.89");
    expect(french(5)).toBe("0,05");
  });

  it("reads back any amount written French or English style, to the cent", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), (cents) => {
        expect(parseScaledDecimal(french(cents), 2)).toBe(cents);
        expect(parseScaledDecimal(english(cents), 2)).toBe(cents);
      }),
      { numRuns: 2000 },
    );
  });
});
