import { describe, expect, it } from "vitest";
import { COST_INPUT_NAMES, flagOf, parseCostValue, parseSalesEur, type CostInputName } from "./inputs.js";

describe("reading a value the way a French user types it", () => {
  it.each([
    ["shopAnnualFee", "10000", { value: 10_000_00 }],
    ["shopAnnualFee", "1 250,50", { value: 1_250_50 }],
    ["shopAnnualFee", "1250.5", { value: 1_250_50 }],
    ["shopAnnualFee", "12 500 €", { value: 12_500_00, currency: "EUR" }],
    ["shopAnnualFee", "60 000 CNY", { value: 60_000_00, currency: "CNY" }],
    ["shopAnnualFee", "60000 rmb", { value: 60_000_00, currency: "CNY" }],
    ["shopAnnualFee", 0.1, { value: 10 }],
    ["shopCommissionPercent", "3,5", { value: 350 }],
    ["shopCommissionPercent", "3.5 %", { value: 350 }],
    ["shopCommissionPercent", "100", { value: 10_000 }],
    ["fairSpaceM2", "12,5", { value: 12_50 }],
    ["years", "10", { value: 10 }],
    ["eurCny", "7,5554", { value: 75_554 }],
    ["shopRefundTier1Multiple", "6", { value: 6 }],
    ["salesEur", "50 k€", { value: 50_000_00, currency: "EUR" }],
    ["salesEur", "50k", { value: 50_000_00 }],
    ["salesEur", "1,5 M€", { value: 1_500_000_00, currency: "EUR" }],
    ["salesEur", "1.25 M", { value: 1_250_000_00 }],
    ["salesEur", "2 millions", { value: 2_000_000_00 }],
    ["shopMarketing", "12,5 k€", { value: 12_500_00, currency: "EUR" }],
  ] as const)("%s %j → %j", (name, raw, expected) => {
    expect(parseCostValue(name, raw)).toEqual({ isValid: true, ...expected });
  });

  it.each([
    ["shopAnnualFee", "-1", "negative"],
    ["shopAnnualFee", "abc", "not a number"],
    ["shopAnnualFee", "", "empty"],
    ["shopAnnualFee", "10,000", "ambiguous: ten thousand or ten?"],
    ["shopAnnualFee", "1.250", "ambiguous: 1,250 or 1.25?"],
    ["shopAnnualFee", "4,999", "ambiguous as well"],
    ["shopAnnualFee", "1e3", "scientific notation"],
    ["shopAnnualFee", "10,001", "three decimals"],
    ["shopAnnualFee", "1 000 001", "over the bound"],
    ["shopAnnualFee", Number.NaN, "NaN"],
    ["shopAnnualFee", true, "not a number or a text"],
    ["salesEur", "100000 CNY", "sales are in euros"],
    ["shopCommissionPercent", "101", "over 100 %"],
    ["shopCommissionPercent", "3,555", "more than 2 decimals"],
    ["years", "0", "no horizon"],
    ["years", "51", "over 50 years"],
    ["years", "2,5", "not whole"],
    ["fairsPerYear", "-1", "negative"],
    ["eurCny", "0", "no rate"],
    ["salesEur", "1,500 k€", "ambiguous: 1.5 k€ or 1,500 k€?"],
    ["salesEur", "1,234567891 M€", "finer than a cent"],
    ["fairsPerYear", "2 k", "a count takes no multiplier"],
  ] as const)("%s %j is refused (%s)", (name, raw, _why) => {
    const parsed = parseCostValue(name, raw);
    expect(parsed.isValid).toBe(false);
    if (!parsed.isValid) expect(parsed.expected).not.toBe("");
  });
});

describe("--sales-eur: one amount or low,mid,high", () => {
  it.each([
    ["100000", 100_000_00, undefined],
    ["1 250,50", 1_250_50, undefined],
    ["50000,100000,200000", 100_000_00, { low: 50_000_00, mid: 100_000_00, high: 200_000_00 }],
    ["50 000;100 000;200 000", 100_000_00, { low: 50_000_00, mid: 100_000_00, high: 200_000_00 }],
    ["50 000,5;100 000;200 000", 100_000_00, { low: 50_000_50, mid: 100_000_00, high: 200_000_00 }],
    ["0,0,0", 0, { low: 0, mid: 0, high: 0 }],
  ])("%j → mid %i", (raw, value, range) => {
    expect(parseSalesEur(raw)).toEqual(range === undefined ? { isValid: true, value } : { isValid: true, value, range });
  });

  it.each([
    ["entre 50 000 et 100 000", { low: 50_000_00, mid: 75_000_00, high: 100_000_00 }],
    ["de 50 k€ à 200 k€", { low: 50_000_00, mid: 125_000_00, high: 200_000_00 }],
    ["between 50,000 and 100,000", undefined],
    ["between 50000 and 100001", { low: 50_000_00, mid: 75_000_50, high: 100_001_00 }],
    ["50 000 – 100 000", { low: 50_000_00, mid: 75_000_00, high: 100_000_00 }],
    ["from 1 M to 1,5 M", { low: 1_000_000_00, mid: 1_250_000_00, high: 1_500_000_00 }],
  ])("the range %j: low and high as given, the middle case halfway (%j)", (raw, range) => {
    expect(parseSalesEur(raw)).toEqual(range === undefined ? expect.objectContaining({ isValid: false }) : { isValid: true, value: range.mid, range });
  });

  it.each(["entre 100 000 et 50 000", "entre 50 000 et", "entre et 100 000", "50000-100000"])("%j is not a range it can read", (raw) => {
    expect(parseSalesEur(raw).isValid).toBe(false);
  });

  it("takes an array from a scenario file", () => {
    expect(parseSalesEur([50_000, "100 000", 200_000])).toMatchObject({ isValid: true, value: 100_000_00 });
  });

  it.each([["3,2,1"], ["1;2"], ["1;2;3;4"], ["a,b,c"], ["-1,2,3"], [[1, 2]]])("%j is refused", (raw) => {
    expect(parseSalesEur(raw).isValid).toBe(false);
  });
});

describe("flags, scenario keys and assumption names are one name", () => {
  it.each([
    ["shopAnnualFee", "--shop-annual-fee"],
    ["fairSpaceM2", "--fair-space-m2"],
    ["shopRefundTier1Multiple", "--shop-refund-tier1-multiple"],
    ["salesEur", "--sales-eur"],
    ["eurCny", "--eur-cny"],
  ] as const)("%s ↔ %s", (name, flag) => {
    expect(flagOf(name)).toBe(flag);
  });

  // Commander turns `--a-b-c` into `aBC`: the round trip must give the name back for every input.
  it.each(COST_INPUT_NAMES.map((name) => [name]))("%s survives commander's camelCase", (name: CostInputName) => {
    const camel = flagOf(name)
      .slice(2)
      .split("-")
      .map((part, i) => (i === 0 ? part : part.charAt(0).toUpperCase() + part.slice(1)))
      .join("");
    expect(camel).toBe(name);
  });
});
