import { describe, expect, it } from "vitest";
import { centsToEuros, eurosToCents } from "./amounts.js";
import { merchantProfilePatchSchema, merchantProfileSchema, MAX_EUROS } from "./profile.js";
import { checkMerchantProfile, checkMerchantProfilePatch, PROFILE_KEYS, suggestProfileKey } from "./profile-problems.js";
import { CONTRACT_PROFILE } from "../../../test/helpers.js";

/** The profile the contract check feeds to `merchant add --from`. */

const minimal = { legalName: "Savonnerie du Midi", siren: "732829320" };

describe("merchantProfileSchema", () => {
  it("accepts the contract's profile as it is", () => {
    expect(merchantProfileSchema.parse(CONTRACT_PROFILE)).toEqual(CONTRACT_PROFILE);
  });

  it("needs only a legal name and an identifier; brands default to none", () => {
    expect(merchantProfileSchema.parse(minimal)).toEqual({ ...minimal, brands: [] });
  });

  it("trims what people paste", () => {
    expect(merchantProfileSchema.parse({ legalName: "  Savonnerie  ", siret: " 732 829 320 00074 ", postcode: " 13001 ", brands: [" Le Sérail "] })).toMatchObject({
      legalName: "Savonnerie",
      siret: "732 829 320 00074",
      postcode: "13001",
      brands: ["Le Sérail"],
    });
  });

  it("keys the profile's keys in one list, the same as the schema's", () => {
    expect([...PROFILE_KEYS].sort()).toEqual(Object.keys(merchantProfilePatchSchema.shape).sort());
  });
});

describe("checkMerchantProfile: one problem per key, as a stable code", () => {
  it.each([
    ["no identifier at all", { legalName: "X" }, [{ code: "identifier-required", key: "siret" }]],
    ["a SIRET with a wrong check digit", { legalName: "X", siret: "73282932000075" }, [{ code: "identifier-check-digit", key: "siret", value: "73282932000075" }]],
    ["a SIRET of the wrong length", { legalName: "X", siret: "7328293200007" }, [{ code: "identifier-format", key: "siret", value: "7328293200007" }]],
    ["a SIREN given as --siret", { legalName: "X", siret: "732829320" }, [{ code: "identifier-format", key: "siret", value: "732829320" }]],
    ["a SIRET given as --siren", { legalName: "X", siren: "73282932000074" }, [{ code: "identifier-format", key: "siren", value: "73282932000074" }]],
    ["a SIRET that is not of the SIREN given", { legalName: "X", siret: "81234567800013", siren: "732829320" }, [{ code: "identifier-mismatch", key: "siren", value: "732829320", params: { siret: "81234567800013", siren: "732829320" } }]],
    ["a missing legal name", { siren: "732829320" }, [{ code: "missing-profile-value", key: "legalName" }]],
    ["a blank legal name", { ...minimal, legalName: "   " }, [{ code: "invalid-profile-value", key: "legalName", value: "   " }]],
    ["a 4-digit postcode", { ...minimal, postcode: "1300" }, [{ code: "invalid-profile-value", key: "postcode", value: "1300" }]],
    ["a postcode written as a number", { ...minimal, postcode: 13001 }, [{ code: "invalid-profile-value", key: "postcode", value: 13001 }]],
    ["a negative headcount", { ...minimal, headcount: -1 }, [{ code: "invalid-profile-value", key: "headcount", value: -1 }]],
    ["half a cent", { ...minimal, turnoverEur: 1.005 }, [{ code: "invalid-profile-value", key: "turnoverEur", value: 1.005 }]],
    ["an amount that is negative and not whole cents: one problem", { ...minimal, balanceSheetEur: -0.001 }, [{ code: "invalid-profile-value", key: "balanceSheetEur", value: -0.001 }]],
    ["an amount too large to be exact in cents", { ...minimal, turnoverEur: 1e20 }, [{ code: "invalid-profile-value", key: "turnoverEur", value: 1e20 }]],
    ["independence as text", { ...minimal, independent: "yes" }, [{ code: "invalid-profile-value", key: "independent", value: "yes" }]],
    ["an unknown trademark status", { ...minimal, trademark: "filed" }, [{ code: "invalid-profile-value", key: "trademark", value: "filed" }]],
    ["an empty brand name", { ...minimal, brands: ["A", ""] }, [{ code: "invalid-profile-value", key: "brands", value: "" }]],
    ["brands as one string", { ...minimal, brands: "A,B" }, [{ code: "invalid-profile-value", key: "brands", value: "A,B" }]],
    ["an e-mail without a domain", { ...minimal, contactEmail: "contact@" }, [{ code: "invalid-profile-value", key: "contactEmail", value: "contact@" }]],
    ["a snake_case key", { ...minimal, legal_name: "X" }, [{ code: "profile-unknown-key", key: "legal_name" }]],
  ] as const)("%s", (_, input, expected) => {
    const result = checkMerchantProfile(input);
    expect(result.isValid).toBe(false);
    expect(result.isValid ? [] : result.problems).toEqual(expected);
  });

  it("reports every problem of a profile in one run, the missing identifier included", () => {
    const result = checkMerchantProfile({ legalName: "X", postcode: "1300", headcount: -2, colour: "blue" });
    expect(result.isValid ? [] : result.problems.map((problem) => [problem.code, problem.key])).toEqual([
      ["invalid-profile-value", "postcode"],
      ["invalid-profile-value", "headcount"],
      ["profile-unknown-key", "colour"],
      ["identifier-required", "siret"],
    ]);
  });

  it("accepts a SIRET and its own SIREN together, written differently", () => {
    expect(checkMerchantProfile({ legalName: "X", siret: "732 829 320 00074", siren: "732829320" }).isValid).toBe(true);
  });

  it("accepts fractional staff (annual work units) and zero figures", () => {
    expect(checkMerchantProfile({ ...minimal, headcount: 2.5, turnoverEur: 0, balanceSheetEur: 0 }).isValid).toBe(true);
  });

  it("accepts the largest amount, and refuses one cent more", () => {
    expect(checkMerchantProfile({ ...minimal, turnoverEur: MAX_EUROS }).isValid).toBe(true);
    expect(checkMerchantProfile({ ...minimal, turnoverEur: MAX_EUROS + 0.01 }).isValid).toBe(false);
  });
});

describe("checkMerchantProfilePatch", () => {
  // zod's .partial() keeps a .default([]): without care, "update the headcount" would erase the brands.
  it("leaves out the brands when the patch does not mention them", () => {
    const result = checkMerchantProfilePatch({ headcount: 3 });
    expect(result).toEqual({ isValid: true, profile: { headcount: 3 } });
    expect(merchantProfilePatchSchema.parse({})).toEqual({});
  });

  it("keeps an explicit empty list of brands (clearing them is a choice)", () => {
    expect(checkMerchantProfilePatch({ brands: [] })).toEqual({ isValid: true, profile: { brands: [] } });
  });

  it("needs no identifier, but checks one when given", () => {
    expect(checkMerchantProfilePatch({ legalName: "Nouveau nom" }).isValid).toBe(true);
    const result = checkMerchantProfilePatch({ siret: "73282932000075" });
    expect(result.isValid ? [] : result.problems).toEqual([{ code: "identifier-check-digit", key: "siret", value: "73282932000075" }]);
  });

  it("refuses unknown keys and mismatched identifiers as the full profile does", () => {
    const unknown = checkMerchantProfilePatch({ turnover: 5 });
    expect(unknown.isValid ? [] : unknown.problems).toEqual([{ code: "profile-unknown-key", key: "turnover" }]);
    expect(checkMerchantProfilePatch({ siret: "81234567800013", siren: "732829320" }).isValid).toBe(false);
  });
});

describe("suggestProfileKey", () => {
  it.each([
    ["legal_name", "legalName"],
    ["LegalName", "legalName"],
    ["turnover-eur", "turnoverEur"],
    ["BALANCE_SHEET_EUR", "balanceSheetEur"],
    ["turnover", undefined],
    ["colour", undefined],
  ])("%s → %s", (key, expected) => {
    expect(suggestProfileKey(key)).toBe(expected);
  });
});

describe("euros ↔ cents", () => {
  // 0.29 is stored as 0.28999999999999998…: 0.29 × 100 = 28.999999999999996, which must still be 29.
  it.each([
    [0, 0],
    [0.01, 1],
    [0.07, 7],
    [0.29, 29],
    [0.57, 57],
    [1.13, 113],
    [4.35, 435],
    [4.9, 490],
    [19.99, 1999],
    [1_250_000.5, 125_000_050],
    [123_456_789.12, 12_345_678_912],
    [MAX_EUROS, MAX_EUROS * 100],
    // What a float sum leaves behind (0.1 + 0.2) is still 30 cents: the schema accepted it too.
    [0.1 + 0.2, 30],
  ])("%s € = %s cents, and back", (euros, cents) => {
    expect(eurosToCents(euros)).toBe(cents);
    expect(centsToEuros(cents)).toBe(Math.round(euros * 100) / 100);
  });

  it("is exact for every amount from 0 to 100,000.00 €", () => {
    for (let cents = 0; cents <= 10_000_000; cents++) {
      if (eurosToCents(cents / 100) !== cents) expect.unreachable(`${cents / 100} €`);
    }
  });

  // A half cent is no float noise: rounding it either way would store a figure nobody gave.
  it.each([1.005, 0.125, 2.675, -1, Number.NaN, Number.POSITIVE_INFINITY, 1e20])("refuses %s rather than guess", (euros) => {
    expect(() => eurosToCents(euros)).toThrow(RangeError);
  });
});
