import type { CostComparison, FairLines, ShopLines, YearCosts } from "../../domain/costs/model.js";
import { describeCostAssumptions, listUnsourcedInputs, type CostScenario } from "../../domain/costs/scenario.js";
import type { Translator } from "../../domain/messages/index.js";
import { formatCents } from "../../domain/money.js";
import { citeAssumption } from "./assumptions.js";

/**
 * `costs --format json`. The contract: `{ currency, years: [{ year, shopEur, fairsEur, shopCumulativeEur,
 * fairsCumulativeEur }], breakEvenSalesEur, cheaperFromYear, assumptions: [{ name, value, unit, source,
 * date, sourceId }] }`, plus details; `source` is in the translator's language, `sourceId` is SOURCES.md's. Amounts are euros as JSON numbers with at most 2 decimals (10000, 20000.5),
 * read from integer cents through their exact decimal text: scripts get numbers, and no binary float
 * ever took part in a sum. With a sales range the top level is the mid case and `scenarios` has all three.
 */
export function writeCostsJsonReport(scenario: CostScenario, t: Translator): string {
  const { comparison, inputs } = scenario;
  const report = {
    currency: "EUR",
    presets: scenario.presets,
    salesEur: euros(comparison.salesCents),
    ...describeComparison(comparison),
    shopDepositEur: euros(comparison.shopDepositCents),
    unsourced: listUnsourcedInputs(inputs),
    assumptions: describeCostAssumptions(inputs).map((assumption) => citeAssumption(assumption, t.cite)),
    ...(scenario.scenarios.length > 0
      ? { scenarios: scenario.scenarios.map(({ name, comparison: each }) => ({ name, salesEur: euros(each.salesCents), ...describeComparison(each) })) }
      : {}),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

function describeComparison(comparison: CostComparison) {
  return {
    years: comparison.years.map(describeYear),
    breakEvenSalesEur: nullableEuros(comparison.breakEvenSalesCents),
    cheaperFromYear: comparison.cheaperFromYear,
    shopCostPerOrderEur: nullableEuros(comparison.shopCostPerOrderCents),
    fairCostPerContactEur: nullableEuros(comparison.fairCostPerContactCents),
  };
}

function describeYear(row: YearCosts) {
  return {
    year: row.year,
    shopEur: euros(row.shopCents),
    fairsEur: euros(row.fairsCents),
    shopCumulativeEur: euros(row.shopCumulativeCents),
    fairsCumulativeEur: euros(row.fairsCumulativeCents),
    /** fairs − shop, cumulative: positive when the shop is the cheaper channel. */
    differenceEur: euros(row.fairsCumulativeCents - row.shopCumulativeCents),
    shopDetailEur: mapEuros(row.shop),
    fairsDetailEur: mapEuros(row.fairs),
  };
}

function mapEuros<T extends ShopLines | FairLines>(lines: T): Record<keyof T, number> {
  return Object.fromEntries(Object.entries(lines).map(([key, cents]) => [key, euros(cents as number)])) as Record<keyof T, number>;
}

export function euros(cents: number): number {
  return Number(formatCents(cents));
}

function nullableEuros(cents: number | null): number | null {
  return cents === null ? null : euros(cents);
}
