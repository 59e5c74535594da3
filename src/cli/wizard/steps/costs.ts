import { compareCosts } from "../../../app/costs.js";
import { parseCostEntry, type CostInputName } from "../../../domain/costs/inputs.js";
import { createCostLayer, type CostEntry } from "../../../domain/costs/scenario.js";
import { writeCostsPrettyReport } from "../../../io/reports/costs-pretty.js";
import type { WizardStep } from "../context.js";

/**
 * "A shop or fairs?": asks only what changes the answer — how many fairs a year, the expected sales
 * (one amount or low;mid;high) — over the default presets of `costs`, shows the table and the chart,
 * and saves the scenario with the company as `costs --merchant` does.
 */
const ASKED: readonly { readonly name: CostInputName; readonly key: string; readonly isPrompted: boolean }[] = [
  { name: "fairsPerYear", key: "costs.fairsPerYear", isPrompted: true },
  { name: "salesEur", key: "costs.salesEur", isPrompted: true },
  // The horizon (3 years by default) is not asked: only an answers file changes it.
  { name: "years", key: "costs.years", isPrompted: false },
];

export const costsStep: WizardStep = {
  id: "costs",
  async run(context) {
    const { t } = context;
    const today = context.now().toISOString().slice(0, 10);
    const entries: CostEntry[] = [];
    for (const { name, key, isPrompted } of ASKED) {
      const raw = await context.ask({ key, kind: "input", message: t.wizard("askCosts", { key }), isPrompted, default: name === "fairsPerYear" ? "1" : undefined });
      if (raw === null) continue;
      const parsed = parseCostEntry(name, typeof raw === "string" ? raw.trim() : raw);
      if (!parsed.isValid) continue;
      const { isValid: _isValid, ...checked } = parsed;
      entries.push({ name, ...checked, source: { from: "wizard", key }, date: today });
    }
    const merchant = await context.merchant();
    const scenario = await compareCosts(context.deps, { presets: [], layer: createCostLayer(entries), merchantRef: String(merchant.id) });
    context.out(writeCostsPrettyReport(scenario, t, context.style, { isExplained: false, audience: "person" }));
  },
};
