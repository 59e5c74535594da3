import { compareCosts } from "../../../app/costs.js";
import { parseCostEntry, type CostInputName } from "../../../domain/costs/inputs.js";
import { createCostLayer, listUnsourcedInputs, type CostEntry } from "../../../domain/costs/scenario.js";
import { costInputInSentence, writeCostsPrettyReport } from "../../../io/reports/costs-pretty.js";
import type { WizardContext, WizardStep } from "../context.js";
import { OWN_FIGURES } from "../keys.js";

/**
 * "A shop or fairs?": asks only what changes the answer — how many fairs a year, the expected sales
 * (one amount or a range) — over the default presets of `costs`, shows the table and the chart, then
 * offers to enter the figures no source gives (logistics, marketing…) and shows the comparison again
 * with them; the scenario is saved with the company as `costs --merchant` does.
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
    const entries: CostEntry[] = [];
    for (const { name, key, isPrompted } of ASKED) {
      const entry = await askCostEntry(context, name, key, { message: t.wizard("askCosts", { key }), isPrompted, default: name === "fairsPerYear" ? "1" : undefined });
      if (entry !== undefined) entries.push(entry);
    }
    const merchant = await context.merchant();
    const compare = (layer: readonly CostEntry[]) => compareCosts(context.deps, { presets: [], layer: createCostLayer(layer), merchantRef: String(merchant.id) });
    const scenario = await compare(entries);
    context.out(writeCostsPrettyReport(scenario, t, context.style, { isExplained: false, audience: "person" }));

    const unsourced = listUnsourcedInputs(scenario.inputs).filter((name) => OWN_FIGURES.includes(name));
    if (unsourced.length === 0) return;
    // Grouped by what they cost — the shop's, then the fairs' — so that eight figures read as two short lists.
    const listOf = (prefix: string) => unsourced.filter((name) => name.startsWith(prefix)).map((name) => costInputInSentence(name, t)).join(", ");
    const wantsOwn = await context.ask({ key: "costs.ownFigures", kind: "confirm", message: t.wizard("askOwnFigures", { shop: listOf("shop"), fairs: listOf("fair") }), default: false });
    if (wantsOwn !== true) return;
    const own: CostEntry[] = [];
    for (const name of unsourced) {
      const entry = await askCostEntry(context, name, `costs.${name}`, { message: t.wizard("askCostInput", { input: t.costInput(name) }), isPrompted: true });
      if (entry !== undefined) own.push(entry);
    }
    if (own.length > 0) context.out(writeCostsPrettyReport(await compare([...entries, ...own]), t, context.style, { isExplained: false, audience: "person" }));
  },
};

/** One cost answer as an entry of the scenario, cited as the owner's answer; undefined when not given. */
async function askCostEntry(
  context: WizardContext,
  name: CostInputName,
  key: string,
  question: { readonly message: string; readonly isPrompted: boolean; readonly default?: string | undefined },
): Promise<CostEntry | undefined> {
  const raw = await context.ask({ key, kind: "input", ...question });
  if (raw === null) return undefined;
  // The answer was checked by its key's rule when it was given: it reads.
  const parsed = parseCostEntry(name, typeof raw === "string" ? raw.trim() : raw);
  if (!parsed.isValid) return undefined;
  const { isValid: _isValid, ...checked } = parsed;
  return { name, ...checked, source: { from: "wizard", key }, date: context.now().toISOString().slice(0, 10) };
}
