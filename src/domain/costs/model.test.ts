import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatCents } from "../money.js";
import type { SourceRef } from "../sources.js";
import { COST_INPUT_NAMES, COST_INPUTS, toCostInput, type CostInputName, type CostInputs, type CostValue } from "./inputs.js";
import { compareCosts, MAX_SALES_CENTS } from "./model.js";
import { applyPresets, type PresetName } from "./presets.js";

const TEST = { source: { from: "option", option: "--test" } satisfies SourceRef, date: "2026-11-23" };
const eur = (euros: number): CostValue => ({ value: Math.round(euros * 100), currency: "EUR", ...TEST });
const cny = (yuan: number): CostValue => ({ value: Math.round(yuan * 100), currency: "CNY", ...TEST });
const plain = (value: number): CostValue => ({ value, ...TEST });

/** The inputs of some presets with a few values changed (money in euros or yuan, % in basis points). */
function scenario(presets: readonly PresetName[], changes: Partial<Record<CostInputName, CostValue>> = {}): CostInputs {
  const { values } = applyPresets(presets);
  const merged = { ...values, ...changes };
  return Object.fromEntries(COST_INPUT_NAMES.map((name) => [name, toCostInput(name, merged[name])])) as CostInputs;
}

const euros = (cents: number | null): number | null => (cents === null ? null : cents / 100);

describe("the 2017 quote (source: quote-2017): €10,000 a year online, or €20,000 for one fair", () => {
  const comparison = compareCosts(scenario(["quote-2017"]));

  it("a fair costs twice as much as a year of shop, in year 1", () => {
    const [first] = comparison.years;
    expect(first).toMatchObject({ shopCents: 10_000_00, fairsCents: 20_000_00 });
    expect((first?.fairsCents ?? 0) / (first?.shopCents ?? 1)).toBe(2);
  });

  it("over 3 years the shop has cost €30,000 and the fairs €60,000: a €30,000 gap", () => {
    expect(comparison.years.map((row) => [row.year, euros(row.shopCumulativeCents), euros(row.fairsCumulativeCents)])).toEqual([
      [1, 10_000, 20_000],
      [2, 20_000, 40_000],
      [3, 30_000, 60_000],
    ]);
    const last = comparison.years.at(-1);
    expect((last?.fairsCumulativeCents ?? 0) - (last?.shopCumulativeCents ?? 0)).toBe(30_000_00);
  });

  it("the shop is cheaper from year 1, and the commission (3 %) catches up with a fair at €333,333.33 of sales", () => {
    expect(comparison.cheaperFromYear).toBe(1);
    // 10,000 + 3 % × S = 20,000 ⇔ S = 333,333.33…: solved exactly, not where a rounded cent tips over.
    expect(comparison.breakEvenSalesCents).toBe(333_333_33);
    expect(comparison.isShopCheaperBelowBreakEven).toBe(true);
  });
});

describe("commission and payment fees scale with sales", () => {
  it.each([
    ["no sales", 0, 0],
    ["€1,000", 1_000_00, 30_00],
    ["€100,000", 100_000_00, 3_000_00],
    ["€200,000: twice the commission of €100,000", 200_000_00, 6_000_00],
    ["€0.17: 0.51 cent rounds half up to 1 cent", 17, 1],
    ["€0.16: 0.48 cent rounds to 0", 16, 0],
  ])("3 %% of %s", (_what, salesCents, commissionCents) => {
    const comparison = compareCosts(scenario(["quote-2017"], { salesEur: plain(salesCents) }));
    const first = comparison.years[0];
    expect(first?.shop.commission).toBe(commissionCents);
    expect(first?.shopCents).toBe(10_000_00 + commissionCents);
  });

  it("with the Tmall Global fees: 3.5 % commission, 1 % Alipay and 7.5 % agency on €100,000", () => {
    const first = compareCosts(scenario(["tmall-global-fees"], { salesEur: eur(100_000) })).years[0];
    expect(first?.shop).toMatchObject({ commission: 3_500_00, paymentFee: 1_000_00, agency: 7_500_00 });
  });

  it("a monthly agency fee counts 12 times a year, on top of its share of sales", () => {
    const first = compareCosts(scenario(["quote-2017"], { shopAgencyMonthly: cny(20_000), shopAgencyPercent: plain(5_00), salesEur: eur(10_000) })).years[0];
    // RMB 20,000 = €2,647.11 at 7.5554; × 12 = €31,765.32; + 5 % of €10,000.
    expect(first?.shop.agency).toBe(12 * 2_647_11 + 500_00);
  });
});

describe("refund of the annual fee, at its thresholds (domestic Tmall 2022, analogue)", () => {
  // A €10,000 fee: 50 % back at €60,000 of sales (6×), all of it at €200,000 (20×).
  const withFee = (salesCents: number) =>
    compareCosts(scenario(["tmall-global-fees"], { shopAnnualFee: eur(10_000), salesEur: plain(salesCents) })).years[0]?.shop.feeRefund;

  it.each([
    ["one cent under 6×", 59_999_99, 0],
    ["exactly 6× the fee", 60_000_00, 5_000_00],
    ["between the tiers", 150_000_00, 5_000_00],
    ["one cent under 20×", 199_999_99, 5_000_00],
    ["exactly 20× the fee", 200_000_00, 10_000_00],
    ["far above", 1_000_000_00, 10_000_00],
  ])("%s → refund %i cents", (_what, salesCents, refundCents) => {
    expect(withFee(salesCents)).toBe(refundCents);
  });

  it("the preset's RMB 60,000 fee is €7,941.34 at 7.5554: thresholds €47,648.04 and €158,826.80", () => {
    const refund = (salesCents: number) => compareCosts(scenario(["tmall-global-fees"], { salesEur: plain(salesCents) })).years[0]?.shop.feeRefund;
    expect(refund(47_648_03)).toBe(0);
    expect(refund(47_648_04)).toBe(3_970_67);
    expect(refund(158_826_79)).toBe(3_970_67);
    expect(refund(158_826_80)).toBe(7_941_34);
  });

  it("the quote-2017 preset has no refund tiers", () => {
    expect(compareCosts(scenario(["quote-2017"], { salesEur: eur(10_000_000) })).years[0]?.shop.feeRefund).toBe(0);
  });

  it("a refund can make the shop cheaper than the fairs: the break-even is the threshold", () => {
    // Fee €10,000 and a €7,000 fair: at €60,000 of sales half the fee comes back (no share of sales here).
    const comparison = compareCosts(
      scenario(["tmall-global-fees"], {
        shopAnnualFee: eur(10_000),
        shopCommissionPercent: plain(0),
        shopPaymentFeePercent: plain(0),
        shopAgencyPercent: plain(0),
        fairOther: eur(7_000),
      }),
    );
    expect(comparison.breakEvenSalesCents).toBe(60_000_00);
    expect(comparison.isShopCheaperBelowBreakEven).toBe(false);
  });
});

describe("the deposit is cash tied up, never a cost", () => {
  it.each([["quote-2017"], ["tmall-global-fees"]] as const)("%s: a bigger deposit changes no cost, only the amount shown apart", (preset) => {
    const small = compareCosts(scenario([preset], { shopDeposit: cny(0), salesEur: eur(100_000) }));
    const large = compareCosts(scenario([preset], { shopDeposit: cny(300_000), salesEur: eur(100_000) }));
    expect(large.years).toEqual(small.years);
    expect(large.breakEvenSalesCents).toBe(small.breakEvenSalesCents);
    expect(small.shopDepositCents).toBe(0);
    expect(large.shopDepositCents).toBe(39_706_70); // RMB 300,000 at 7.5554
  });

  it("the default deposit is RMB 150,000 = €19,853.35, not in the year-1 shop cost", () => {
    const comparison = compareCosts(scenario(["tmall-global-fees"]));
    expect(comparison.shopDepositCents).toBe(19_853_35);
    expect(Object.values(comparison.years[0]?.shop ?? {})).not.toContain(19_853_35);
  });
});

describe("rounding never loses a cent", () => {
  // Awkward figures: a monthly fee with odd cents, yuan amounts, 3.33 % of odd sales, 7 orders at €0.35.
  const awkward = scenario(["tmall-global-fees"], {
    years: plain(10),
    salesEur: eur(1_234.57),
    shopAnnualFee: cny(1),
    shopCommissionPercent: plain(3_33),
    shopAgencyMonthly: eur(333.33),
    shopLogisticsPerOrder: eur(0.35),
    shopOrdersPerYear: plain(7),
    shopMarketing: cny(99.99),
    fairSpaceM2: plain(12_50),
    fairSpacePerM2: eur(302.5),
    fairTravelPerDay: cny(777.77),
    fairPeople: plain(3),
    fairDays: plain(4),
    fairsPerYear: plain(3),
  });
  const comparison = compareCosts(awkward);

  it("over 10 years, each cumulative figure is exactly the sum of the yearly ones", () => {
    let shop = 0;
    let fairs = 0;
    for (const row of comparison.years) {
      shop += row.shopCents;
      fairs += row.fairsCents;
      expect(row.shopCumulativeCents).toBe(shop);
      expect(row.fairsCumulativeCents).toBe(fairs);
    }
    expect(comparison.years).toHaveLength(10);
    expect(comparison.years[9]?.shopCumulativeCents).toBe(10 * (comparison.years[0]?.shopCents ?? 0));
  });

  it("each year's total is exactly the sum of its lines (refund and subsidy subtracted)", () => {
    for (const row of comparison.years) {
      const { annualFee, feeRefund, commission, paymentFee, agency, logistics, marketing, setup } = row.shop;
      expect(annualFee - feeRefund + commission + paymentFee + agency + logistics + marketing + setup).toBe(row.shopCents);
      const { space, build, travel, samples, promotion, other, subsidy } = row.fairs;
      expect(space + build + travel + samples + promotion + other - subsidy).toBe(row.fairsCents);
    }
  });

  it("the figures are what a hand computation gives, to the cent", () => {
    const first = comparison.years[0];
    expect(first?.shop).toMatchObject({
      annualFee: 13, // RMB 1 = €0.1324 → 13 cents
      commission: 41_11, // 3.33 % × 1,234.57 = 41.111181
      agency: 12 * 333_33 + 92_59, // and the preset's 7.5 % of 1,234.57 = 92.59275
      logistics: 7 * 35,
      marketing: 13_23, // RMB 99.99 / 7.5554 = 13.2342…
    });
    // 12.5 m² × 302.50 = 3,781.25; travel 3 × 4 × (RMB 777.77 = €102.94) — per fair, × 3 fairs.
    expect(comparison.perFair).toMatchObject({ space: 3_781_25, travel: 12 * 102_94 });
    expect(first?.fairsCents).toBe(3 * comparison.perFair.totalCents);
  });

  it("amounts printed from cents keep their exact decimals (no 0.1 + 0.2 drift)", () => {
    for (const row of comparison.years) {
      const text = formatCents(row.shopCumulativeCents);
      expect(Number(text)).toBe(row.shopCumulativeCents / 100);
      expect(String(Number(text))).toMatch(/^\d+(\.\d{1,2})?$/);
    }
  });

  it("holds for any inputs within their bounds (property)", () => {
    const money = fc.integer({ min: 0, max: 1_000_000_00 });
    fc.assert(
      fc.property(
        fc.record({
          years: fc.integer({ min: 1, max: 50 }),
          sales: fc.integer({ min: 0, max: MAX_SALES_CENTS }),
          fee: money,
          monthly: money,
          commission: fc.integer({ min: 0, max: 10_000 }),
          setup: money,
          perOrder: money,
          orders: fc.integer({ min: 0, max: 1_000_000 }),
          area: fc.integer({ min: 0, max: 1000_00 }),
          perM2: money,
          fairs: fc.integer({ min: 0, max: 100 }),
        }),
        (drawn) => {
          const result = compareCosts(
            scenario(["tmall-global-fees"], {
              years: plain(drawn.years),
              salesEur: plain(drawn.sales),
              shopAnnualFee: { value: drawn.fee, currency: "CNY", ...TEST },
              shopAgencyMonthly: { value: drawn.monthly, currency: "EUR", ...TEST },
              shopCommissionPercent: plain(drawn.commission),
              shopSetup: { value: drawn.setup, currency: "EUR", ...TEST },
              shopLogisticsPerOrder: { value: drawn.perOrder, currency: "EUR", ...TEST },
              shopOrdersPerYear: plain(drawn.orders),
              fairSpaceM2: plain(drawn.area),
              fairSpacePerM2: { value: drawn.perM2, currency: "EUR", ...TEST },
              fairsPerYear: plain(drawn.fairs),
            }),
          );
          const last = result.years.at(-1);
          const steady = result.years[1] ?? result.years[0];
          const setupCents = drawn.setup;
          expect(last?.shopCumulativeCents).toBe((steady?.shopCents ?? 0) * drawn.years + (drawn.years > 1 ? setupCents : 0));
          for (const row of result.years) expect(Number.isSafeInteger(row.shopCumulativeCents) && Number.isSafeInteger(row.fairsCumulativeCents)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("when the shop becomes cheaper, and where both cost the same", () => {
  it.each([
    ["no set-up: cheaper from year 1", 0, 3, 1],
    ["€15,000 set-up: 25k/35k/45k against 20k/40k/60k → from year 2", 15_000, 3, 2],
    ["€25,000 set-up: 35k/45k/55k against 20k/40k/60k → from year 3", 25_000, 3, 3],
    ["€45,000 set-up: still dearer after 3 years → never", 45_000, 3, null],
    ["€45,000 set-up over 5 years: 95k against 100k → from year 5", 45_000, 5, 5],
  ])("%s", (_what, setupEuros, years, cheaperFromYear) => {
    const comparison = compareCosts(scenario(["quote-2017"], { shopSetup: eur(setupEuros), years: plain(years) }));
    expect(comparison.cheaperFromYear).toBe(cheaperFromYear);
  });

  it("the break-even counts the set-up over the horizon: (20,000 × 3 − 15,000 − 30,000) / (3 × 3 %) = €166,666.67", () => {
    expect(compareCosts(scenario(["quote-2017"], { shopSetup: eur(15_000) })).breakEvenSalesCents).toBe(166_666_67);
  });

  it.each([
    ["a fixed shop dearer than the fairs, no share of sales: no break-even, fairs always cheaper", { shopAnnualFee: eur(30_000), shopCommissionPercent: plain(0) }, null, false],
    ["a fixed shop cheaper than the fairs, no share of sales: no break-even, shop always cheaper", { shopCommissionPercent: plain(0) }, null, true],
    ["both equal with no sales: break-even at 0", { shopAnnualFee: eur(20_000) }, 0, false],
  ] as const)("%s", (_what, changes, breakEven, isShopCheaperBelow) => {
    const comparison = compareCosts(scenario(["quote-2017"], changes));
    expect(comparison.breakEvenSalesCents).toBe(breakEven);
    if (breakEven === null) expect(comparison.isShopCheaperBelowBreakEven).toBe(isShopCheaperBelow);
  });

  it("no fairs at all: the fairs cost nothing, the shop is never cheaper", () => {
    const comparison = compareCosts(scenario(["quote-2017"], { fairsPerYear: plain(0) }));
    expect(comparison.years.every((row) => row.fairsCents === 0)).toBe(true);
    expect(comparison.cheaperFromYear).toBeNull();
  });
});

describe("trade fairs, per fair", () => {
  it("Canton Fair 9 m²: booth RMB 30,000 = €3,970.67, build 9 × €600, travel 2 × 5 × €250", () => {
    const fair = compareCosts(scenario(["canton-fair-9m2"], { fairPeople: plain(2), fairDays: plain(5), fairTravelPerDay: eur(250) })).perFair;
    expect(fair).toMatchObject({ space: 3_970_67, build: 5_400_00, travel: 2_500_00, totalCents: 11_870_67 });
  });

  it.each([
    ["prowein-9m2", 9 * 290_00],
    ["vinexpo-9m2", 9 * 302_50],
  ] as const)("%s: 9 m² of space at the sourced price per m²", (preset, spaceCents) => {
    expect(compareCosts(scenario([preset])).perFair).toMatchObject({ space: spaceCents, build: 5_400_00 });
  });

  it.each([
    ["a €5,000 subsidy is deducted", 5_000, 15_000_00],
    ["a subsidy larger than the fair brings it to 0, not below", 25_000, 0],
  ])("%s", (_what, subsidyEuros, totalCents) => {
    expect(compareCosts(scenario(["quote-2017"], { fairSubsidy: eur(subsidyEuros) })).perFair.totalCents).toBe(totalCents);
  });

  it("two fairs a year cost twice one fair", () => {
    const comparison = compareCosts(scenario(["quote-2017"], { fairsPerYear: plain(2) }));
    expect(comparison.years[0]?.fairsCents).toBe(40_000_00);
  });
});

describe("cost per order and per contact, where the inputs exist", () => {
  it("are null without orders or contacts", () => {
    const comparison = compareCosts(scenario(["quote-2017"]));
    expect(comparison.shopCostPerOrderCents).toBeNull();
    expect(comparison.fairCostPerContactCents).toBeNull();
  });

  it("divide the cumulative cost by the orders or contacts of the horizon", () => {
    const comparison = compareCosts(scenario(["quote-2017"], { shopOrdersPerYear: plain(1_000), fairContacts: plain(40) }));
    expect(comparison.shopCostPerOrderCents).toBe(10_00); // 30,000 / 3,000
    expect(comparison.fairCostPerContactCents).toBe(500_00); // 60,000 / 120
  });
});

describe("bounds keep every figure an exact integer", () => {
  it("every input at its maximum still gives safe integers", () => {
    const changes = Object.fromEntries(
      COST_INPUT_NAMES.filter((name) => name !== "eurCny").map((name) => {
        const definition = COST_INPUTS[name];
        const scale = { money: 100, percent: 100, area: 100, rate: 10_000, count: 1, multiple: 1 }[definition.kind];
        return [name, { value: definition.max * scale, ...(definition.kind === "money" ? { currency: "EUR" as const } : {}), ...TEST }];
      }),
    ) as Partial<Record<CostInputName, CostValue>>;
    const comparison = compareCosts(scenario(["quote-2017"], { ...changes, eurCny: plain(1_0000) }));
    const last = comparison.years.at(-1);
    expect(comparison.years).toHaveLength(50);
    for (const value of [last?.shopCumulativeCents, last?.fairsCumulativeCents, comparison.breakEvenSalesCents ?? 0]) {
      expect(Number.isSafeInteger(value)).toBe(true);
    }
  });
});
