import { EprovenceError } from "../errors.js";
import type { SourceRef } from "../sources.js";
import { COST_INPUT_NAMES, isCostInputName, parseCostEntry, type CostInputName } from "./inputs.js";
import { isPresetName, PRESET_NAMES, type PresetName } from "./presets.js";
import { createCostLayer, type CostEntry, type CostLayer } from "./scenario.js";

/**
 * A `--scenario file.json`: the flags' names in camelCase, e.g.
 * `{ "preset": ["tmall-global-fees", "prowein-9m2"], "salesEur": "50000;100000;200000", "shopAnnualFee": "30000 CNY" }`.
 * A value may carry its own source: `{ "value": 8000, "source": "our agency's offer", "date": "2026-10" }`;
 * reports then cite the file, the key and that text.
 * Unknown keys are refused by name: a typo must not silently leave a default in place.
 */
export interface ScenarioDocument {
  readonly presets: readonly PresetName[];
  readonly layer: CostLayer;
}

export const SCENARIO_KEYS: readonly string[] = ["preset", ...COST_INPUT_NAMES];
const VALUE_KEYS = ["value", "source", "date"];

export function parseScenarioDocument(document: unknown, path: string, today: string): ScenarioDocument {
  if (!isPlainObject(document)) throw new EprovenceError("invalid-scenario", { path, detail: "not a JSON object" });
  let presets: PresetName[] = [];
  const entries: CostEntry[] = [];
  for (const [key, raw] of Object.entries(document)) {
    if (key === "preset") presets = parsePresetList(raw, path);
    else if (isCostInputName(key)) entries.push(parseEntry(key, raw, path, today));
    else throw new EprovenceError("unknown-scenario-key", { path, key, keys: SCENARIO_KEYS.join(", ") });
  }
  return { presets, layer: createCostLayer(entries) };
}

/** `--preset` and the `preset` key: "a,b", or an array of names; later presets win. */
export function splitPresetNames(raw: unknown): { presets: PresetName[]; invalid?: string } {
  const names = (Array.isArray(raw) ? raw : [raw]).flatMap((item) => (typeof item === "string" ? item.split(",") : [String(item)]));
  const presets: PresetName[] = [];
  for (const name of names.map((item) => item.trim())) {
    if (!isPresetName(name)) return { presets, invalid: name };
    presets.push(name);
  }
  return { presets };
}

function parsePresetList(raw: unknown, path: string): PresetName[] {
  const { presets, invalid } = splitPresetNames(raw);
  if (invalid !== undefined) throw new EprovenceError("invalid-scenario-value", { path, key: "preset", value: invalid, expected: PRESET_NAMES.join(", ") });
  return presets;
}

function parseEntry(name: CostInputName, raw: unknown, path: string, today: string): CostEntry {
  let value = raw;
  let source: SourceRef = { from: "scenario-file", path, key: name };
  let date = today;
  if (isPlainObject(raw)) {
    const extra = Object.keys(raw).find((key) => !VALUE_KEYS.includes(key));
    if (extra !== undefined) throw new EprovenceError("unknown-scenario-key", { path, key: `${name}.${extra}`, keys: VALUE_KEYS.join(", ") });
    value = raw.value;
    const said = readText(raw.source, `${name}.source`, path);
    if (said !== undefined) source = { ...source, said };
    date = readText(raw.date, `${name}.date`, path) ?? date;
  }
  const parsed = parseCostEntry(name, value);
  if (!parsed.isValid) {
    throw new EprovenceError("invalid-scenario-value", { path, key: name, value: describeRaw(value), expected: parsed.expected });
  }
  const { isValid: _isValid, ...checked } = parsed;
  return { name, ...checked, source, date };
}

/** A value's own source or date: a non-empty text when given. */
function readText(raw: unknown, key: string, path: string): string | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw !== "string" || raw.trim() === "") throw new EprovenceError("invalid-scenario-value", { path, key, value: describeRaw(raw), expected: '"text"' });
  return raw.trim();
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function describeRaw(value: unknown): string {
  if (value === undefined) return "";
  return typeof value === "string" ? value : JSON.stringify(value);
}
