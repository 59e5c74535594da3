import { FIELD_NAMES, isFieldName } from "./catalogue/fields.js";
import { CHANNELS, isChannel, type Channel } from "./catalogue/readiness.js";
import { COST_INPUTS, describeExpected, parseCostValue } from "./costs/inputs.js";
import { EprovenceError } from "./errors.js";
import type { SourceRef } from "./sources.js";

/**
 * The project's settings file (`eprovence.config.yaml` or `.json`): what a CI job would otherwise
 * repeat as flags. Flags win over it; a setting the report cites (a threshold, a rate) names the file
 * and the key. An unknown key or a bad value is refused with its line, so that a typo never leaves a
 * default silently in place.
 */
export interface ProjectConfig {
  readonly path: string;
  /** Header as written → catalogue field, as `--map`. */
  readonly mappings: Readonly<Record<string, string>>;
  readonly minShelfLifeMonths?: ConfiguredValue<number>;
  /** EUR → CNY in ten-thousandths of a yuan per euro, as `--eur-cny`. */
  readonly eurToCny?: ConfiguredValue<number>;
  readonly strict?: boolean;
  readonly maxErrors?: number;
  readonly sheet?: string;
  /** `export --check`. */
  readonly channel?: Channel;
  readonly minCompleteness?: number;
  /** The consultant's positive list, as `validate --positive-list`: its file as written (relative to the settings file), edition and source. */
  readonly positiveList?: { readonly file: string; readonly edition: string; readonly source?: string };
}

export interface ConfiguredValue<T> {
  readonly value: T;
  readonly source: SourceRef;
  readonly date: string;
}

export const CONFIG_KEYS = ["mappings", "minShelfLifeMonths", "eurToCny", "strict", "maxErrors", "sheet", "channel", "minCompleteness", "positiveList"] as const;
export type ConfigKey = (typeof CONFIG_KEYS)[number];
const RATE_KEYS = ["value", "date", "source"] as const;
const POSITIVE_LIST_KEYS = ["file", "edition", "source"] as const;

/** The files looked for in each folder, in this order. */
export const CONFIG_FILE_NAMES = ["eprovence.config.yaml", "eprovence.config.yml", "eprovence.config.json"] as const;

/** Where a key sits in the file (1-based line), for the message; 0 when unknown. */
export type LineOf = (keyPath: readonly string[]) => number;

export function parseConfigDocument(document: unknown, path: string, lineOf: LineOf, today: string): ProjectConfig {
  // An empty file is no settings at all.
  if (document === null || document === undefined) return { path, mappings: {} };
  if (!isPlainObject(document)) throw invalid(path, [], lineOf, describeRaw(document), "{ mappings, minShelfLifeMonths, eurToCny, … }");
  let config: ProjectConfig = { path, mappings: {} };
  for (const [key, raw] of Object.entries(document)) {
    if (!isConfigKey(key)) throw unknownKey(path, [key], lineOf, CONFIG_KEYS);
    config = { ...config, ...parseEntry(key, raw, path, lineOf, today) };
  }
  return config;
}

function parseEntry(key: ConfigKey, raw: unknown, path: string, lineOf: LineOf, today: string): Partial<ProjectConfig> {
  const fail = (expected: string, keyPath: readonly string[] = [key], value: unknown = raw) => invalid(path, keyPath, lineOf, describeRaw(value), expected);
  switch (key) {
    case "mappings": {
      if (!isPlainObject(raw)) throw fail('{ "Votre colonne": champ }');
      const mappings: Record<string, string> = {};
      for (const [header, field] of Object.entries(raw)) {
        if (typeof field !== "string" || !isFieldName(field.trim()) || header.trim() === "") throw fail(FIELD_NAMES.join(", "), [key, header], field);
        mappings[header.trim()] = field.trim();
      }
      return { mappings };
    }
    case "minShelfLifeMonths":
    case "maxErrors": {
      if (!isWholeNumber(raw)) throw fail("0, 1, 2…");
      return key === "maxErrors" ? { maxErrors: raw } : { minShelfLifeMonths: { value: raw, source: { from: "config-file", path, key }, date: today } };
    }
    case "minCompleteness": {
      if (!isWholeNumber(raw) || raw > 100) throw fail("0–100");
      return { minCompleteness: raw };
    }
    case "strict": {
      if (typeof raw !== "boolean") throw fail("true, false");
      return { strict: raw };
    }
    case "sheet": {
      if (typeof raw === "number" && isWholeNumber(raw) && raw > 0) return { sheet: String(raw) };
      if (typeof raw !== "string" || raw.trim() === "") throw fail('"Produits", 1');
      return { sheet: raw.trim() };
    }
    case "channel": {
      if (typeof raw !== "string" || !isChannel(raw)) throw fail(CHANNELS.join(", "));
      return { channel: raw };
    }
    case "eurToCny":
      return { eurToCny: parseRate(raw, path, lineOf, today) };
    case "positiveList": {
      if (!isPlainObject(raw)) throw fail('{ file: "liste-positive.csv", edition: 2022-03-01 }');
      const extra = Object.keys(raw).find((name) => !(POSITIVE_LIST_KEYS as readonly string[]).includes(name));
      if (extra !== undefined) throw unknownKey(path, [key, extra], lineOf, POSITIVE_LIST_KEYS);
      if (typeof raw.file !== "string" || raw.file.trim() === "") throw fail('"liste-positive.csv"', [key, "file"], raw.file);
      const edition = raw.edition instanceof Date ? raw.edition.toISOString().slice(0, 10) : raw.edition;
      if (typeof edition !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(edition)) throw fail("2022-03-01", [key, "edition"], raw.edition);
      if (raw.source !== undefined && (typeof raw.source !== "string" || raw.source.trim() === "")) throw fail('"GACC"', [key, "source"], raw.source);
      return { positiveList: { file: raw.file.trim(), edition, ...(typeof raw.source === "string" ? { source: raw.source.trim() } : {}) } };
    }
  }
}

/** `eurToCny: 7.8`, or with where it comes from: `{ value: 7.8, date: "2026-11-02", source: "BCE" }`. */
function parseRate(raw: unknown, path: string, lineOf: LineOf, today: string): ConfiguredValue<number> {
  const key = "eurToCny";
  let value = raw;
  let source: SourceRef = { from: "config-file", path, key };
  let date = today;
  if (isPlainObject(raw)) {
    const extra = Object.keys(raw).find((name) => !(RATE_KEYS as readonly string[]).includes(name));
    if (extra !== undefined) throw unknownKey(path, [key, extra], lineOf, RATE_KEYS);
    value = raw.value;
    if (raw.source !== undefined) {
      if (typeof raw.source !== "string" || raw.source.trim() === "") throw invalid(path, [key, "source"], lineOf, describeRaw(raw.source), '"BCE"');
      source = { ...source, said: raw.source.trim() };
    }
    if (raw.date !== undefined) {
      const given = raw.date instanceof Date ? raw.date.toISOString().slice(0, 10) : raw.date;
      if (typeof given !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(given)) throw invalid(path, [key, "date"], lineOf, describeRaw(raw.date), "2026-11-02");
      date = given;
    }
  }
  const parsed = parseCostValue("eurCny", value);
  if (!parsed.isValid) throw invalid(path, isPlainObject(raw) ? [key, "value"] : [key], lineOf, describeRaw(value), describeExpected(COST_INPUTS.eurCny));
  return { value: parsed.value, source, date };
}

function isConfigKey(key: string): key is ConfigKey {
  return (CONFIG_KEYS as readonly string[]).includes(key);
}

function unknownKey(path: string, keyPath: readonly string[], lineOf: LineOf, keys: readonly string[]): EprovenceError {
  const key = keyPath.at(-1) ?? "";
  return new EprovenceError("unknown-config-key", { path, key: keyPath.join("."), line: lineOf(keyPath), suggestion: suggestWord(key, keys) ?? "", keys: keys.join(", ") });
}

function invalid(path: string, keyPath: readonly string[], lineOf: LineOf, value: string, expected: string): EprovenceError {
  return new EprovenceError("invalid-config-value", { path, key: keyPath.join("."), line: lineOf(keyPath), value, expected });
}

/**
 * The known word a typo most likely meant: the same letters whatever the case and separators
 * (`max_errors`, `MaxErrors`), else the closest by edit distance, within a third of its length.
 */
export function suggestWord(word: string, candidates: readonly string[]): string | undefined {
  const loose = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, "");
  const same = candidates.find((candidate) => loose(candidate) === loose(word));
  if (same !== undefined) return same;
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(loose(word), loose(candidate));
    if (best === undefined || distance < best.distance) best = { candidate, distance };
  }
  return best !== undefined && best.distance <= Math.max(2, Math.floor(best.candidate.length / 3)) ? best.candidate : undefined;
}

/** Levenshtein distance: insertions, deletions and substitutions, one each. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function isWholeNumber(raw: unknown): raw is number {
  return typeof raw === "number" && Number.isInteger(raw) && raw >= 0;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function describeRaw(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
}
