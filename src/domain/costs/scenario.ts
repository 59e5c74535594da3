import {
  COST_INPUT_NAMES,
  describeCostInput,
  isUnsourced,
  toCostInput,
  type CostInputName,
  type CostInputs,
  type CostValue,
  type Currency,
  type SalesRange,
} from "./inputs.js";
import { compareCosts, type CostComparison } from "./model.js";
import { applyPresets, type PresetName } from "./presets.js";
import type { Assumption } from "../settings.js";
import type { SourceRef } from "../sources.js";

/** What a scenario file or the flags say, in that order; a later layer wins, input by input. */
export interface CostLayer {
  readonly values: Partial<Record<CostInputName, CostValue>>;
  /** Set with `salesEur` when it was given as low;mid;high (its value is then the mid). */
  readonly salesRange?: SalesRange;
}

export interface CostRequest {
  readonly presets: readonly PresetName[];
  readonly layers: readonly CostLayer[];
}

export type SalesCase = "low" | "mid" | "high";

/**
 * Inputs and results together, plain data: what `costs` prints, and what a merchant's saved scenario
 * holds (it serialises to JSON as it is).
 */
export interface CostScenario {
  readonly schemaVersion: 2;
  readonly presets: readonly PresetName[];
  readonly inputs: CostInputs;
  readonly salesRange: SalesRange | null;
  /** For the expected (mid) sales. */
  readonly comparison: CostComparison;
  /** low, mid, high when a range was given; empty otherwise. */
  readonly scenarios: readonly { readonly name: SalesCase; readonly comparison: CostComparison }[];
}

/** 2: sources are references to SOURCES.md (or the user's input), no longer English text. */
export const COST_SCENARIO_SCHEMA_VERSION = 2;

/** One value read from a flag or a scenario key, already checked (see `parseCostEntry`). */
export interface CostEntry {
  readonly name: CostInputName;
  readonly value: number;
  readonly currency?: Currency;
  readonly range?: SalesRange;
  readonly source: SourceRef;
  readonly date: string;
}

export function createCostLayer(entries: readonly CostEntry[]): CostLayer {
  const values: Partial<Record<CostInputName, CostValue>> = {};
  let salesRange: SalesRange | undefined;
  for (const { name, value, currency, range, source, date } of entries) {
    values[name] = currency === undefined ? { value, source, date } : { value, currency, source, date };
    if (name === "salesEur") salesRange = range;
  }
  return salesRange === undefined ? { values } : { values, salesRange };
}

/** Presets first, then each layer: a scenario file overrides the presets, flags override the file. */
export function createCostScenario(request: CostRequest): CostScenario {
  const { presets, values } = applyPresets(request.presets);
  let salesRange: SalesRange | null = null;
  for (const layer of request.layers) {
    Object.assign(values, layer.values);
    if (layer.values.salesEur !== undefined) salesRange = layer.salesRange ?? null;
  }
  const inputs = Object.fromEntries(COST_INPUT_NAMES.map((name) => [name, toCostInput(name, values[name])])) as CostInputs;
  const withSales = (salesCents: number): CostInputs => ({ ...inputs, salesEur: { ...inputs.salesEur, value: salesCents } });
  const comparison = compareCosts(inputs);
  const scenarios = salesRange
    ? (["low", "mid", "high"] as const).map((name) => ({ name, comparison: name === "mid" ? comparison : compareCosts(withSales(salesRange[name])) }))
    : [];
  return { schemaVersion: COST_SCENARIO_SCHEMA_VERSION, presets, inputs, salesRange, comparison, scenarios };
}

/** Every input the comparison used, with its value, unit, source and date (the deposit flagged as not a cost). */
export function describeCostAssumptions(inputs: CostInputs): (Assumption & { readonly isCost?: false })[] {
  return COST_INPUT_NAMES.map((name) => {
    const assumption = describeCostInput(name, inputs[name]);
    return name === "shopDeposit" ? { ...assumption, isCost: false as const } : assumption;
  });
}

/** The inputs still at 0 for want of a source: the user is asked for their own figures. */
export function listUnsourcedInputs(inputs: CostInputs): CostInputName[] {
  return COST_INPUT_NAMES.filter((name) => isUnsourced(inputs[name].source));
}
