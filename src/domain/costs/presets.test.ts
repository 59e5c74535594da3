import { describe, expect, it } from "vitest";
import { createTranslator } from "../messages/index.js";
import { isSourceId, sourceIdsOf } from "../sources.js";
import { COST_INPUT_NAMES, isUnsourced } from "./inputs.js";
import { applyPresets, BASE_INPUTS, PRESET_NAMES, PRESETS } from "./presets.js";

const ALL_VALUES = [
  ...Object.entries(BASE_INPUTS).map(([name, value]) => ["base", name, value] as const),
  ...PRESET_NAMES.flatMap((preset) => Object.entries(PRESETS[preset].values).map(([name, value]) => [preset, name, value] as const)),
];

const en = createTranslator("en");

describe("every preset figure carries its source (in SOURCES.md) and date", () => {
  it.each(ALL_VALUES)("%s: %s has a source and a date", (_preset, _name, value) => {
    expect(value.source.from).toBe("sources");
    expect(sourceIdsOf(value.source).every(isSourceId)).toBe(true);
    expect(value.date.trim()).not.toBe("");
  });

  // Never invent: a value nobody sourced is 0 and says so.
  it.each(ALL_VALUES.filter(([, , value]) => isUnsourced(value.source)))("%s: %s is unsourced, so 0", (_preset, _name, value) => {
    expect(value.value).toBe(0);
  });

  it.each([
    ["quote-2017", "shopAnnualFee", 10_000_00, "EUR", /go-met\.com.*destimed\.fr/],
    ["quote-2017", "fairOther", 20_000_00, "EUR", /go-met\.com/],
    ["quote-2017", "shopCommissionPercent", 3_00, undefined, /1–5 %.*design choice: midpoint/],
    ["tmall-global-fees", "shopDeposit", 150_000_00, "CNY", /Fee Standards/],
    ["tmall-global-fees", "shopAnnualFee", 60_000_00, "CNY", /30,000 or 60,000.*design choice/],
    ["tmall-global-fees", "shopRefundTier1Multiple", 6, undefined, /ANALOGUE ONLY/],
    ["tmall-global-fees", "shopRefundTier2Percent", 100_00, undefined, /ANALOGUE ONLY/],
    ["tmall-global-fees", "shopCommissionPercent", 3_50, undefined, /2–5 %.*design choice: midpoint 3\.5 %/],
    ["tmall-global-fees", "shopPaymentFeePercent", 1_00, undefined, /Alipay/],
    ["tmall-global-fees", "shopAgencyPercent", 7_50, undefined, /weak.*5–10 %.*design choice/],
    ["canton-fair-9m2", "fairBoothPrice", 30_000_00, "CNY", /chinadaily\.com\.cn/],
    ["canton-fair-9m2", "fairBuildPerM2", 600_00, "EUR", /weak.*average €600/],
    ["prowein-9m2", "fairSpacePerM2", 290_00, "EUR", /Business France pavilion at ProWein/],
    ["vinexpo-9m2", "fairSpacePerM2", 302_50, "EUR", /270–335.*design choice: midpoint/],
  ] as const)("%s: %s = %i %s", (preset, name, value, currency, source) => {
    const figure = PRESETS[preset].values[name];
    expect(figure).toMatchObject(currency === undefined ? { value } : { value, currency });
    expect(figure && en.cite(figure.source)).toMatch(source);
  });

  it("the Canton Fair booth is dated 2009-02-03 and the Tmall fees 2020-09-21", () => {
    expect(PRESETS["canton-fair-9m2"].values.fairBoothPrice?.date).toBe("2009-02-03");
    expect(PRESETS["tmall-global-fees"].values.shopAnnualFee?.date).toBe("2020-09-21");
  });

  it("the EUR→CNY rate is the dated setting: 7.5554 of 2026-10-06", () => {
    expect(BASE_INPUTS.eurCny).toMatchObject({ value: 75_554, date: "2026-10-06" });
  });
});

describe("applying presets", () => {
  it("with none, the 2017 quote", () => {
    expect(applyPresets([]).presets).toEqual(["quote-2017"]);
  });

  it("a shop preset alone keeps the 2017 quote's fair, and the other way round", () => {
    expect(applyPresets(["tmall-global-fees"])).toMatchObject({
      presets: ["quote-2017", "tmall-global-fees"],
      values: { shopAnnualFee: { value: 60_000_00, currency: "CNY" }, fairOther: { value: 20_000_00 } },
    });
    expect(applyPresets(["canton-fair-9m2"])).toMatchObject({
      presets: ["quote-2017", "canton-fair-9m2"],
      values: { shopAnnualFee: { value: 10_000_00 }, fairBoothPrice: { value: 30_000_00 } },
    });
  });

  it("a preset replaces every input of its side: the quote's all-in €20,000 does not stay under a Canton booth", () => {
    const { values } = applyPresets(["canton-fair-9m2"]);
    expect(values.fairOther).toEqual(BASE_INPUTS.fairOther);
  });

  it("two presets covering both sides need no default; the last named wins", () => {
    expect(applyPresets(["tmall-global-fees", "prowein-9m2"]).presets).toEqual(["tmall-global-fees", "prowein-9m2"]);
    expect(applyPresets(["prowein-9m2", "vinexpo-9m2"]).values.fairSpacePerM2.value).toBe(302_50);
  });

  it("every input has a value after any preset", () => {
    for (const preset of PRESET_NAMES) {
      const { values } = applyPresets([preset]);
      expect(Object.keys(values).sort()).toEqual([...COST_INPUT_NAMES].sort());
    }
  });
});
