import { COST_INPUT_NAMES, flagOf, parseCostEntry } from "../../domain/costs/inputs.js";
import { PRESET_NAMES, type PresetName } from "../../domain/costs/presets.js";
import { parseScenarioDocument, splitPresetNames } from "../../domain/costs/scenario-file.js";
import { createCostLayer, createCostScenario, type CostEntry, type CostLayer } from "../../domain/costs/scenario.js";
import { EprovenceError } from "../../domain/errors.js";
import { writeCostsJsonReport } from "../../io/reports/costs-json.js";
import { writeCostsPrettyReport } from "../../io/reports/costs-pretty.js";
import { readScenarioFile } from "../../io/scenario-file.js";
import { openCommandDatabase } from "../database.js";
import { EXIT, type ExitCode } from "../errors.js";
import type { CommandContext } from "../program.js";
import { createTextStyle } from "../style.js";

export const COSTS_FORMATS = ["pretty", "json"] as const;
type CostsFormat = (typeof COSTS_FORMATS)[number];

export interface CostsFlags {
  readonly format: CostsFormat;
  readonly isExplained: boolean;
  readonly merchant: string | undefined;
  readonly scenarioPath: string | undefined;
  /** Empty when --preset was not given (the scenario file's, else the default, apply). */
  readonly presets: readonly PresetName[];
  /** The input flags given, each citing itself as its source. */
  readonly layer: CostLayer;
}

/**
 * `eprovence costs`: presets, then a --scenario file, then flags; prints the comparison. Costs are an
 * answer, not a gate: 0 whatever the answer; bad input throws (2).
 */
export async function runCosts(options: Record<string, unknown>, context: CommandContext): Promise<ExitCode> {
  const { io, t } = context;
  const today = io.now().toISOString().slice(0, 10);
  const flags = parseCostsFlags(options, today);
  const file = flags.scenarioPath === undefined ? undefined : parseScenarioDocument(await readScenarioFile(flags.scenarioPath, io.stdin), flags.scenarioPath, today);
  const scenario = createCostScenario({
    presets: flags.presets.length > 0 ? flags.presets : (file?.presets ?? []),
    layers: file === undefined ? [flags.layer] : [file.layer, flags.layer],
  });
  // Computed and checked first; only then written (STYLE.md habit 5).
  if (flags.merchant !== undefined) await saveScenarioForMerchant(flags.merchant, scenario, context);
  const report =
    flags.format === "json"
      ? writeCostsJsonReport(scenario, t)
      : writeCostsPrettyReport(scenario, t, createTextStyle(io.isStdoutTTY, io.env), { isExplained: flags.isExplained });
  io.stdout.write(report);
  return EXIT.ok;
}

async function saveScenarioForMerchant(ref: string, scenario: unknown, context: CommandContext): Promise<void> {
  const db = await openCommandDatabase(context, { mustExist: true });
  try {
    const { findMerchant } = await import("../../store/merchants.js");
    const { saveCostScenario } = await import("../../store/documents.js");
    saveCostScenario(db, findMerchant(db, ref).id, scenario, context.io.now());
  } finally {
    db.close();
  }
}

export function parseCostsFlags(options: Record<string, unknown>, today: string): CostsFlags {
  const format = String(options.format ?? "pretty");
  if (!(COSTS_FORMATS as readonly string[]).includes(format)) {
    throw new EprovenceError("invalid-option", { option: "--format", value: format, expected: COSTS_FORMATS.join(", ") });
  }
  const { presets, invalid } = splitPresetNames(Array.isArray(options.preset) ? options.preset : []);
  if (invalid !== undefined) throw new EprovenceError("invalid-option", { option: "--preset", value: invalid, expected: PRESET_NAMES.join(", ") });
  const entries: CostEntry[] = [];
  for (const name of COST_INPUT_NAMES) {
    const raw = options[name];
    if (raw === undefined) continue;
    const parsed = parseCostEntry(name, raw);
    if (!parsed.isValid) throw new EprovenceError("invalid-option", { option: flagOf(name), value: String(raw), expected: parsed.expected });
    const { isValid: _isValid, ...checked } = parsed;
    entries.push({ name, ...checked, source: { from: "option", option: flagOf(name) }, date: today });
  }
  return {
    format: format as CostsFormat,
    isExplained: options.explain === true,
    merchant: typeof options.merchant === "string" ? options.merchant : undefined,
    scenarioPath: typeof options.scenario === "string" ? options.scenario : undefined,
    presets,
    layer: createCostLayer(entries),
  };
}
