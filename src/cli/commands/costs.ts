import { compareCosts } from "../../app/costs.js";
import { COST_INPUT_NAMES, flagOf, parseCostEntry } from "../../domain/costs/inputs.js";
import { PRESET_NAMES } from "../../domain/costs/presets.js";
import { splitPresetNames } from "../../domain/costs/scenario-file.js";
import { createCostLayer, type CostEntry, type CostLayer } from "../../domain/costs/scenario.js";
import { EprovenceError } from "../../domain/errors.js";
import { writeCostsJsonReport } from "../../io/reports/costs-json.js";
import { writeCostsPrettyReport } from "../../io/reports/costs-pretty.js";
import { isSet, parseFormat, readMerchantRef, readPath, RESULT_FORMATS } from "../options.js";
import type { Outcome } from "../outcome.js";
import type { CommandContext } from "../program.js";
import { createTextStyle } from "../style.js";

/**
 * `eprovence costs`: presets, then a --scenario file, then flags; prints the comparison. Costs are an
 * answer, not a gate: "ok" whatever the answer; bad input throws (2).
 */
export async function runCosts(options: Record<string, unknown>, context: CommandContext): Promise<Outcome> {
  const { io, t } = context;
  const format = parseFormat(options.format, RESULT_FORMATS);
  const { presets, invalid } = splitPresetNames(Array.isArray(options.preset) ? options.preset : []);
  if (invalid !== undefined) throw new EprovenceError("invalid-option", { option: "--preset", value: invalid, expected: PRESET_NAMES.join(", ") });
  const scenario = await compareCosts(context.deps(), {
    presets,
    scenarioPath: readPath(options.scenario),
    layer: parseCostFlags(options, io.now().toISOString().slice(0, 10)),
    merchantRef: readMerchantRef(options.merchant),
  });
  io.stdout.write(
    format === "json" ? writeCostsJsonReport(scenario, t) : writeCostsPrettyReport(scenario, t, createTextStyle(io.isStdoutTTY, io.env), { isExplained: isSet(options.explain), audience: "command" }),
  );
  return "ok";
}

/** The input flags given, each citing itself as its source. */
function parseCostFlags(options: Record<string, unknown>, today: string): CostLayer {
  const entries: CostEntry[] = [];
  for (const name of COST_INPUT_NAMES) {
    const raw = options[name];
    if (raw === undefined) continue;
    const parsed = parseCostEntry(name, raw);
    if (!parsed.isValid) throw new EprovenceError("invalid-option", { option: flagOf(name), value: String(raw), expected: parsed.expected });
    const { isValid: _isValid, ...checked } = parsed;
    entries.push({ name, ...checked, source: { from: "option", option: flagOf(name) }, date: today });
  }
  return createCostLayer(entries);
}
