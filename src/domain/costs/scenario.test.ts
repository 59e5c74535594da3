import { describe, expect, it } from "vitest";
import { EprovenceError } from "../errors.js";
import { parseScenarioDocument } from "./scenario-file.js";
import { createCostLayer, createCostScenario, describeCostAssumptions, listUnsourcedInputs } from "./scenario.js";

const TODAY = "2026-11-23";

function failure(run: () => unknown): EprovenceError {
  try {
    run();
  } catch (error) {
    if (error instanceof EprovenceError) return error;
    throw error;
  }
  throw new Error("expected an EprovenceError");
}

describe("a scenario file", () => {
  it("reads the flags' names, with a plain value or a value with its own source", () => {
    const document = parseScenarioDocument(
      {
        preset: "tmall-global-fees,prowein-9m2",
        salesEur: "50000,100000,200000",
        shopAnnualFee: "30 000 CNY",
        fairTravelPerDay: { value: 180, source: "our travel agent", date: "2026-10" },
      },
      "plan.json",
      TODAY,
    );
    expect(document.presets).toEqual(["tmall-global-fees", "prowein-9m2"]);
    expect(document.layer.values).toMatchObject({
      shopAnnualFee: { value: 30_000_00, currency: "CNY", source: { from: "scenario-file", path: "plan.json", key: "shopAnnualFee" }, date: TODAY },
      fairTravelPerDay: { value: 180_00, source: { from: "scenario-file", path: "plan.json", key: "fairTravelPerDay", said: "our travel agent" }, date: "2026-10" },
      salesEur: { value: 100_000_00 },
    });
    expect(document.layer.salesRange).toEqual({ low: 50_000_00, mid: 100_000_00, high: 200_000_00 });
  });

  it.each([
    ["an unknown key, named", { shopAnualFee: 1 }, "unknown-scenario-key", { key: "shopAnualFee" }],
    ["an unknown key inside a value", { shopAnnualFee: { value: 1, note: "x" } }, "unknown-scenario-key", { key: "shopAnnualFee.note" }],
    ["a negative value", { years: -1 }, "invalid-scenario-value", { key: "years", value: "-1" }],
    ["years = 0", { years: 0 }, "invalid-scenario-value", { key: "years" }],
    ["a word for a number", { shopCommissionPercent: "three" }, "invalid-scenario-value", { key: "shopCommissionPercent" }],
    ["an unknown preset", { preset: ["quote-2017", "ces-2027"] }, "invalid-scenario-value", { key: "preset", value: "ces-2027" }],
    ["a value object without its value", { years: { source: "me" } }, "invalid-scenario-value", { key: "years", value: "" }],
    ["a source that is not a text", { years: { value: 3, source: 42 } }, "invalid-scenario-value", { key: "years.source" }],
    ["an array", [1, 2], "invalid-scenario", {}],
    ["null", null, "invalid-scenario", {}],
  ])("refuses %s", (_what, document, code, params) => {
    const error = failure(() => parseScenarioDocument(document, "plan.json", TODAY));
    expect(error.code).toBe(code);
    expect(error.params).toMatchObject({ path: "plan.json", ...params });
  });
});

describe("layers: preset < scenario file < flags", () => {
  const file = parseScenarioDocument({ shopAnnualFee: 8_000, fairOther: 15_000 }, "plan.json", TODAY).layer;
  const flags = createCostLayer([{ name: "shopAnnualFee", value: 9_000_00, source: { from: "option", option: "--shop-annual-fee" }, date: TODAY }]);
  const scenario = createCostScenario({ presets: ["quote-2017"], layers: [file, flags] });

  it("the flag beats the file, the file beats the preset", () => {
    expect(scenario.inputs.shopAnnualFee).toMatchObject({ value: 9_000_00, source: { from: "option", option: "--shop-annual-fee" } });
    expect(scenario.inputs.fairOther).toMatchObject({ value: 15_000_00, source: { from: "scenario-file", path: "plan.json", key: "fairOther" } });
    expect(scenario.inputs.shopCommissionPercent.source).toMatchObject({ from: "sources", id: "quote-2017" });
    expect(scenario.comparison.years[0]).toMatchObject({ shopCents: 9_000_00, fairsCents: 15_000_00 });
  });

  it("a single sales figure in the flags replaces a range from the file", () => {
    const ranged = parseScenarioDocument({ salesEur: [1, 2, 3] }, "plan.json", TODAY).layer;
    const single = createCostLayer([{ name: "salesEur", value: 5_00, source: { from: "option", option: "--sales-eur" }, date: TODAY }]);
    const result = createCostScenario({ presets: [], layers: [ranged, single] });
    expect(result.salesRange).toBeNull();
    expect(result.scenarios).toEqual([]);
    expect(result.comparison.salesCents).toBe(5_00);
  });

  it("a range gives three comparisons, the mid one at the top", () => {
    const ranged = parseScenarioDocument({ salesEur: "0;100000;1000000" }, "plan.json", TODAY).layer;
    const result = createCostScenario({ presets: [], layers: [ranged] });
    expect(result.scenarios.map(({ name, comparison }) => [name, comparison.salesCents])).toEqual([
      ["low", 0],
      ["mid", 100_000_00],
      ["high", 1_000_000_00],
    ]);
    expect(result.scenarios[1]?.comparison).toBe(result.comparison);
    // The commission grows with sales: the high case costs the most.
    const yearOne = result.scenarios.map(({ comparison }) => comparison.years[0]?.shopCents);
    expect(yearOne).toEqual([10_000_00, 13_000_00, 40_000_00]);
  });

  it("is plain data: it survives JSON as it is (a merchant's saved scenario)", () => {
    expect(JSON.parse(JSON.stringify(scenario))).toEqual(scenario);
  });
});

describe("assumptions", () => {
  const scenario = createCostScenario({ presets: ["tmall-global-fees", "canton-fair-9m2"], layers: [] });
  const assumptions = describeCostAssumptions(scenario.inputs);

  it("list every input in natural units, the deposit flagged as not a cost", () => {
    expect(assumptions).toHaveLength(Object.keys(scenario.inputs).length);
    expect(assumptions).toContainEqual(expect.objectContaining({ name: "shopDeposit", value: 150_000, unit: "CNY (refundable deposit, not a cost)", isCost: false }));
    expect(assumptions).toContainEqual(expect.objectContaining({ name: "shopCommissionPercent", value: 3.5, unit: "% of sales" }));
    expect(assumptions).toContainEqual(expect.objectContaining({ name: "eurCny", value: 7.5554, unit: "CNY/EUR", date: "2026-10-06" }));
    expect(assumptions).toContainEqual(expect.objectContaining({ name: "fairBoothPrice", value: 30_000, unit: "CNY/fair", date: "2009-02-03" }));
  });

  it("name the inputs the user must still enter", () => {
    expect(listUnsourcedInputs(scenario.inputs)).toEqual(
      expect.arrayContaining(["salesEur", "shopLogisticsPerOrder", "shopMarketing", "fairTravelPerDay", "fairPromotion"]),
    );
    expect(listUnsourcedInputs(scenario.inputs)).not.toContain("shopDeposit");
  });
});
