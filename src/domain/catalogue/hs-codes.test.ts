import { describe, expect, it } from "vitest";
import { findCategory } from "./categories.js";
import { isKnownOnPositiveList, isPlausibleHeading, normaliseHsCode, POSITIVE_LIST_DATA } from "./hs-codes.js";

describe("normaliseHsCode", () => {
  // The contract: "6–10 digits (dots and spaces ignored)".
  it.each([
    ["3401.11", "340111"],
    ["340111", "340111"],
    ["3401 11 00", "34011100"],
    ["3401.11.00", "34011100"],
    ["3401\u00a011", "340111"],
    ["3401.11.00.90", "3401110090"],
  ])("%j → %j", (text, digits) => {
    expect(normaliseHsCode(text)).toBe(digits);
  });

  it.each([
    ["5 digits", "34011"],
    ["4 digits (a heading alone)", "3401"],
    ["11 digits", "34011100901"],
    ["letters", "3401.1A"],
    ["a comma (a number read as a decimal)", "3401,11"],
    ["a dash", "3401-11"],
    ["empty", ""],
  ])("refuses %s: %j", (_why, text) => {
    expect(normaliseHsCode(text)).toBeUndefined();
  });
});

describe("isPlausibleHeading", () => {
  // "Plausible HS headings" (general HS knowledge): soap 3401, cosmetics 3304, perfume 3303, essential oils 3301,
  // olive oil 1509, honey 0409, herbs 0910/1211, confectionery 1704/1806/2006, jams 2007, wine 2204,
  // spirits 2208, ceramics 6911–6913, textiles chapters 50–63.
  it.each([
    ["savons & cosmétiques", "340111", true],
    ["savons & cosmétiques", "330499", true],
    ["savons & cosmétiques", "150910", false],
    ["parfum", "330300", true],
    ["parfum", "330129", false],
    ["huiles essentielles", "330129", true],
    ["huiles essentielles", "340111", false],
    ["huile d'olive", "15092000", true],
    ["huile d'olive", "151000", false],
    ["herbes & épices", "091099", true],
    ["herbes & épices", "121190", true],
    ["herbes & épices", "090411", false],
    ["miels & confitures", "040900", true],
    ["miels & confitures", "200799", true],
    ["confiserie", "170490", true],
    ["confiserie", "180632", true],
    ["confiserie", "200600", true],
    ["confiserie", "190590", false],
    ["vin", "220421", true],
    ["vin", "220830", false],
    ["spiritueux", "220890", true],
    ["spiritueux", "220421", false],
    ["textile & mode", "500720", true],
    ["textile & mode", "520812", true],
    ["textile & mode", "611020", true],
    ["textile & mode", "630790", true],
    ["textile & mode", "490199", false],
    ["textile & mode", "640399", false],
    ["maison & céramique", "691110", true],
    ["maison & céramique", "691200", true],
    ["maison & céramique", "691390", true],
    ["maison & céramique", "691000", false],
    ["maison & céramique", "701310", false],
    ["santons & artisanat", "691390", true],
    ["santons & artisanat", "970300", true],
  ])("%s with %s → %s", (label, hs, expected) => {
    const category = findCategory(label);
    expect(category).toBeDefined();
    expect(isPlausibleHeading(hs, category?.plausibleHsHeadings ?? [])).toBe(expected);
  });

  // Grocery is too broad to guess: no list means no warning, never a false one.
  it.each(["210390", "200599", "190590"])("grocery accepts any heading: %s", (hs) => {
    expect(isPlausibleHeading(hs, findCategory("épicerie")?.plausibleHsHeadings ?? ["none"])).toBe(true);
  });

  it("does not take a chapter for a heading (04 is not 0409)", () => {
    expect(isPlausibleHeading("040110", ["0409"])).toBe(false);
  });
});

describe("positive-list data", () => {
  // source: cbec-positive-list-2022 — "most prepackaged foods (chocolate, sweets, pastry, honey) are included"; anything
  // else is "not checked", never "eligible" by default.
  it.each([
    ["chocolate", "180632", true],
    ["sweets (nougat, calissons)", "17049099", true],
    ["pastry", "190590", true],
    ["honey", "040900", true],
    ["soap", "340111", false],
    ["essential oil", "330129", false],
    ["olive oil", "150920", false],
    ["wine", "220421", false],
  ])("%s (%s) known: %s", (_what, hs, expected) => {
    expect(isKnownOnPositiveList(hs)).toBe(expected);
  });

  it("says where and when the list comes from", () => {
    expect(POSITIVE_LIST_DATA.date).toBe("2022-03-01");
    expect(POSITIVE_LIST_DATA.source).not.toBe("");
  });
});
