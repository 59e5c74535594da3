import { describe, expect, it } from "vitest";
import { checkCompanyIdentifier, LA_POSTE_SIREN, normaliseIdentifier, passesLuhn } from "./identifiers.js";

describe("checkCompanyIdentifier", () => {
  // Numbers as people copy them from a Kbis or annuaire-entreprises: with spaces, dots, no-break spaces.
  it.each([
    ["732829320", "siren", "732829320"],
    ["732 829 320", "siren", "732829320"],
    ["552100554", "siren", "552100554"],
    ["73282932000074", "siret", "732829320"],
    ["732 829 320 00074", "siret", "732829320"],
    ["732.829.320.00074", "siret", "732829320"],
    ["732\u00a0829\u00a0320\u00a000074", "siret", "732829320"],
    ["  55210055400013  ", "siret", "552100554"],
    // The contract's SIRET: valid as 14 digits (its first 9 are not checked as a SIREN on their own).
    ["81234567800013", "siret", "812345678"],
  ] as const)("%j is a valid %s of SIREN %s", (text, kind, siren) => {
    expect(checkCompanyIdentifier(text)).toMatchObject({ isValid: true, kind, siren, rule: "luhn" });
  });

  it.each([
    ["732829321", "check-digit"],
    ["812345678", "check-digit"],
    ["73282932000075", "check-digit"],
    ["81234567800014", "check-digit"],
    // Two neighbouring digits swapped: the typo Luhn exists to catch.
    ["73282932000047", "check-digit"],
    ["73282932", "format"],
    ["7328293200", "format"],
    ["7328293200007", "format"],
    ["732829320000745", "format"],
    ["", "format"],
    ["   ", "format"],
    ["73282932O", "format"],
    ["FR73282932000074", "format"],
    ["732-829-320", "format"],
  ] as const)("%j is refused (%s)", (text, reason) => {
    expect(checkCompanyIdentifier(text)).toEqual({ isValid: false, reason });
  });

  describe("La Poste's establishments (SIREN 356000000): the digits add up to a multiple of 5", () => {
    it("accepts a La Poste SIRET that fails Luhn but whose digits sum to a multiple of 5", () => {
      // 3+5+6+1+0 = 15; Luhn would refuse it.
      expect(passesLuhn("35600000000010")).toBe(false);
      expect(checkCompanyIdentifier("356 000 000 00010")).toMatchObject({ isValid: true, kind: "siret", siren: LA_POSTE_SIREN, rule: "la-poste" });
    });

    it("still accepts La Poste's head office, which passes Luhn as well (3+5+6+4+8 = 26)", () => {
      expect(checkCompanyIdentifier("35600000000048")).toMatchObject({ isValid: true, siren: LA_POSTE_SIREN });
    });

    it("refuses a La Poste SIRET that passes neither rule", () => {
      // 3+5+6+1+2 = 17.
      expect(checkCompanyIdentifier("35600000000012")).toEqual({ isValid: false, reason: "check-digit" });
    });

    it("does not extend the exception to other companies", () => {
      // 8+1+2+3+4+5+6+7+8+1 = 45, a multiple of 5, but not La Poste: Luhn decides, and refuses.
      expect(checkCompanyIdentifier("81234567800010")).toEqual({ isValid: false, reason: "check-digit" });
    });

    it("checks La Poste's SIREN itself with Luhn", () => {
      expect(checkCompanyIdentifier(LA_POSTE_SIREN)).toMatchObject({ isValid: true, kind: "siren", rule: "luhn" });
    });
  });
});

describe("passesLuhn", () => {
  it.each([
    ["0", true],
    ["18", true],
    ["79927398713", true],
    ["79927398710", false],
    ["732829320", true],
    ["732829302", false],
  ])("%s → %s", (digits, expected) => {
    expect(passesLuhn(digits)).toBe(expected);
  });
});

describe("normaliseIdentifier", () => {
  it.each([
    ["732 829 320 00074", "73282932000074"],
    ["732.829.320", "732829320"],
    ["732\u202f829\u202f320", "732829320"],
    ["\t732829320\n", "732829320"],
  ])("%j → %s", (text, expected) => {
    expect(normaliseIdentifier(text)).toBe(expected);
  });
});
