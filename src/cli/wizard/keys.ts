import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import iconv from "iconv-lite";
import { FIELD_NAMES, isFieldName, matchHeader, type FieldName } from "../../domain/catalogue/fields.js";
import { checkMerchantProfilePatch, PROFILE_KEYS, type ProfileKey } from "../../domain/company/profile-problems.js";
import { COST_INPUT_NAMES, expectedAnswerOf, parseCostEntry, type CostInputName } from "../../domain/costs/inputs.js";
import type { FailureCode, FindingCode, MessageParams } from "../../domain/errors.js";
import type { JsonValue } from "../../app/onboarding.js";
import { DELIMITER_EXPECTED, parseDelimiterName } from "../../domain/catalogue/delimiters.js";
import { parseYesNo, YES_NO_EXPECTED } from "../../domain/yes-no.js";
import { readProfileText } from "../../domain/company/profile-text.js";
import { readPastedPath } from "./pasted-path.js";

/**
 * Every answer the wizard can be given, under one stable camelCase key, checked by the same rules as the
 * commands: a company key by the profile schema of `merchant add`, a cost key by the reader of the
 * `costs` flags, a catalogue fix by the catalogue rules. The same key names a prompt (the scripted test
 * prompter matches on it), an answers-file entry, a saved answer in the database, and a missing answer
 * in the exit-2 message. The README lists them.
 */

export const STEP_IDS = ["welcome", "company", "eligibility", "costs", "catalogue", "fixes", "names", "export", "summary"] as const;
export type StepId = (typeof STEP_IDS)[number];

/** Why an answer is refused: a failure or finding code and its message parameters (put into words by the caller). */
export interface Problem {
  readonly code: FailureCode | FindingCode;
  readonly params: MessageParams;
}

/** `null`: the answer "not given", allowed for optional keys. */
export type Parsed = { readonly isValid: true; readonly value: JsonValue } | { readonly isValid: false; readonly problem: Problem };

export interface ParseContext {
  /** Where relative paths start: the answers file's folder, or the working folder for a typed answer. */
  readonly base: string;
}

export interface AnswerKey {
  readonly key: string;
  readonly step: StepId;
  /**
   * Required: with no terminal and no answer, exit 2 naming the key. Optional: `fallback` is taken
   * (documented in the README), and the question is only asked when the wizard needs it.
   */
  readonly isRequired: boolean;
  readonly fallback: JsonValue;
  readonly parse: (raw: unknown, context: ParseContext) => Parsed;
}

const ok = (value: JsonValue): Parsed => ({ isValid: true, value });
const fail = (code: Problem["code"], params: MessageParams): Parsed => ({ isValid: false, problem: { code, params } });

export function isBlank(raw: unknown): boolean {
  return raw === undefined || raw === null || (typeof raw === "string" && raw.trim() === "");
}

function show(raw: unknown): string {
  if (raw === undefined || raw === null) return "";
  return typeof raw === "string" ? raw : JSON.stringify(raw);
}

// ── the company (the keys of `merchant add --from`, under `company.`) ──────────────────────────────

/** What eligibility needs: without it the wizard cannot give a verdict worth the name. */
const REQUIRED_PROFILE_KEYS: ReadonlySet<ProfileKey> = new Set(["legalName", "siret", "postcode", "headcount", "turnoverEur", "independent", "trademark"]);

/** The profile keys in the order the wizard asks them (`siren` only from a file: a SIRET gives it). */
export const COMPANY_KEYS: readonly ProfileKey[] = PROFILE_KEYS;

function parseProfileValue(key: ProfileKey, answerKey: string, isRequired: boolean) {
  return (raw: unknown): Parsed => {
    if (isBlank(raw)) return isRequired ? fail("missing-profile-value", { key, field: answerKey }) : ok(null);
    let value: unknown = raw;
    if (typeof raw === "string") {
      const read = readProfileText(key, raw);
      if (read === undefined) return fail("invalid-profile-value", { key, field: answerKey, value: raw });
      value = read.value;
    }
    const check = checkMerchantProfilePatch({ [key]: value });
    if (!check.isValid) {
      const [problem] = check.problems;
      return fail(problem?.code ?? "invalid-profile-value", { key, field: answerKey, value: show(raw), ...problem?.params });
    }
    return ok(value as JsonValue);
  };
}

// ── costs (the names of the `costs` flags and scenario keys, under `costs.`) ──────────────────────

/** The cost inputs the wizard may ask beyond the fairs and the sales: every one but the horizon and the rate. */
export const OWN_FIGURES: readonly CostInputName[] = COST_INPUT_NAMES.filter((name) => !["fairsPerYear", "salesEur", "years", "eurCny"].includes(name));

/** A cost answer, read by the rules of the `costs` flags; refused with examples in the person's language. */
function parseCost(name: CostInputName, isRequired: boolean) {
  return (raw: unknown): Parsed => {
    if (isBlank(raw)) return isRequired ? fail("answer-not-understood", { value: "", ...expectedAnswerOf(name) }) : ok(null);
    const parsed = parseCostEntry(name, typeof raw === "string" ? raw.trim() : raw);
    return parsed.isValid ? ok(raw as JsonValue) : fail("answer-not-understood", { value: show(raw), ...expectedAnswerOf(name) });
  };
}

// ── plain values ───────────────────────────────────────────────────────────────────────────────────

function parseBoolean(answerKey: string) {
  return (raw: unknown): Parsed => {
    if (typeof raw === "boolean") return ok(raw);
    const value = typeof raw === "string" ? parseYesNo(raw) : undefined;
    return value === undefined ? fail("invalid-option", { option: answerKey, value: show(raw), expected: YES_NO_EXPECTED }) : ok(value);
  };
}

/**
 * Only "yes" makes sense in a file: a detection to correct is corrected with `catalogue.encoding`,
 * `catalogue.delimiter` and `catalogue.mapping`, which need no terminal.
 */
function parseConfirmDetection(raw: unknown): Parsed {
  const parsed = parseBoolean("catalogue.confirmDetection")(raw);
  if (!parsed.isValid || parsed.value === true) return parsed;
  return fail("invalid-option", { option: "catalogue.confirmDetection", value: show(raw), expected: "true (catalogue.mapping, catalogue.encoding, catalogue.delimiter)" });
}

function parseChoice(answerKey: string, choices: readonly string[]) {
  return (raw: unknown): Parsed =>
    typeof raw === "string" && choices.includes(raw.trim()) ? ok(raw.trim()) : fail("invalid-option", { option: answerKey, value: show(raw), expected: choices.join(", ") });
}

/** A file to read, as pasted (quotes, `~`, file://): resolved against the answers file's folder (or the working folder when typed). */
function parseInputFile(answerKey: string) {
  return (raw: unknown, context: ParseContext): Parsed => {
    if (typeof raw !== "string" || raw.trim() === "") return fail("invalid-option", { option: answerKey, value: show(raw), expected: "catalogue.csv" });
    const typed = readPastedPath(raw);
    const path = resolve(context.base, typed);
    if (!existsSync(path)) return fail("file-not-found", { path: typed });
    if (!statSync(path).isFile()) return fail("file-unreadable", { path: typed, reason: "directory" });
    return ok(path);
  };
}

/**
 * `catalogue.images`: the folder of the products' photos, named by SKU, as pasted; blank for none.
 * A path that is not a folder is refused here (asked again at the terminal).
 */
function parseImagesFolder(raw: unknown, context: ParseContext): Parsed {
  if (raw === null || (typeof raw === "string" && raw.trim() === "")) return ok(null);
  if (typeof raw !== "string") return fail("invalid-option", { option: "catalogue.images", value: show(raw), expected: '"photos/"' });
  const typed = readPastedPath(raw);
  const path = resolve(context.base, typed);
  return existsSync(path) && statSync(path).isDirectory() ? ok(path) : fail("images-folder-not-found", { path: typed });
}

/** A file or folder to write, as pasted: resolved, not checked here (the export and the dossier check it where they write). */
function parseOutputPath(answerKey: string, example: string) {
  return (raw: unknown, context: ParseContext): Parsed =>
    typeof raw === "string" && raw.trim() !== "" ? ok(resolve(context.base, readPastedPath(raw))) : fail("invalid-option", { option: answerKey, value: show(raw), expected: example });
}

/** `"Réf. interne": "sku"`: header as written → catalogue field, as `--map` takes it. */
function parseMapping(raw: unknown): Parsed {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    return fail("invalid-option", { option: "catalogue.mapping", value: show(raw), expected: '{ "Ma colonne": "sku" }' });
  }
  const mapping: Record<string, string> = {};
  for (const [header, field] of Object.entries(raw)) {
    if (typeof field !== "string" || !isFieldName(field.trim())) return fail("invalid-mapping", { value: `${header}=${show(field)}`, fields: FIELD_NAMES.join(", ") });
    mapping[header] = field.trim();
  }
  return ok(mapping);
}

function parseDelimiter(raw: unknown): Parsed {
  const delimiter = typeof raw === "string" ? parseDelimiterName(raw) : undefined;
  return delimiter === undefined ? fail("invalid-option", { option: "catalogue.delimiter", value: show(raw), expected: DELIMITER_EXPECTED }) : ok(delimiter);
}

function parseEncoding(raw: unknown): Parsed {
  return typeof raw === "string" && raw.trim() !== "" && iconv.encodingExists(raw.trim()) ? ok(raw.trim()) : fail("unknown-encoding", { value: show(raw) });
}

/** Examples of a sheet as the answers file gives it: by name or by number. */
const SHEET_EXPECTED = '"Produits", 2';

/** `catalogue.sheet`: a workbook's sheet by its name or its number (1 for the first); checked when the file is read. */
function parseSheet(raw: unknown): Parsed {
  if (typeof raw === "number" && Number.isInteger(raw) && raw >= 1) return ok(String(raw));
  return typeof raw === "string" && raw.trim() !== "" ? ok(raw.trim()) : fail("invalid-option", { option: "catalogue.sheet", value: show(raw), expected: SHEET_EXPECTED });
}

/**
 * `catalogue.products`: the products typed in, each an object whose keys are catalogue columns (the
 * field names of the README, or any header the catalogue files accept); written as a CSV and imported
 * like a file, so they meet exactly the same rules.
 */
function parseProducts(raw: unknown): Parsed {
  if (!Array.isArray(raw) || raw.length === 0) return fail("invalid-option", { option: "catalogue.products", value: show(raw), expected: '[{ "sku": "…", "name_fr": "…", … }]' });
  const products: Record<string, string>[] = [];
  for (const [index, item] of raw.entries()) {
    if (typeof item !== "object" || item === null || Array.isArray(item)) {
      return fail("invalid-option", { option: `catalogue.products[${index}]`, value: show(item), expected: '{ "sku": "…", "name_fr": "…", … }' });
    }
    const product: Record<string, string> = {};
    for (const [column, value] of Object.entries(item as Record<string, unknown>)) {
      const field = isFieldName(column) ? column : matchHeader(column);
      if (field === undefined) return fail("unknown-answer-key", { key: `catalogue.products[${index}].${column}`, path: "", suggestion: "", keys: FIELD_NAMES.join(", ") });
      if (value === null || value === undefined) continue;
      product[field] = Array.isArray(value) ? value.map(String).join("|") : typeof value === "object" ? JSON.stringify(value) : String(value);
    }
    products.push(product);
  }
  return ok(products);
}

// ── the registry ───────────────────────────────────────────────────────────────────────────────────

function key(key: string, step: StepId, isRequired: boolean, parse: AnswerKey["parse"], fallback: JsonValue = null): AnswerKey {
  return { key, step, isRequired, parse, fallback };
}

export const ANSWER_KEYS: readonly AnswerKey[] = [
  key("resume", "welcome", true, parseBoolean("resume")),
  ...COMPANY_KEYS.map((profileKey) => {
    const answerKey = `company.${profileKey}`;
    // The SIRET is required, but a SIREN alone may stand for it (see `missingCompanyKeys`).
    const isRequired = REQUIRED_PROFILE_KEYS.has(profileKey);
    return key(answerKey, "company", isRequired, parseProfileValue(profileKey, answerKey, isRequired && profileKey !== "siret"));
  }),
  key("costs.fairsPerYear", "costs", true, parseCost("fairsPerYear", true)),
  key("costs.salesEur", "costs", true, parseCost("salesEur", true)),
  key("costs.years", "costs", false, parseCost("years", false)),
  // The figures no source gives (logistics, marketing…): asked only when the owner wants to enter them.
  key("costs.ownFigures", "costs", false, parseBoolean("costs.ownFigures"), false),
  ...OWN_FIGURES.map((name) => key(`costs.${name}`, "costs", false, parseCost(name, false))),
  key("catalogue.method", "catalogue", false, parseChoice("catalogue.method", ["file", "manual"])),
  key("catalogue.file", "catalogue", true, parseInputFile("catalogue.file")),
  key("catalogue.products", "catalogue", true, parseProducts),
  key("catalogue.encoding", "catalogue", false, parseEncoding),
  key("catalogue.delimiter", "catalogue", false, parseDelimiter),
  key("catalogue.sheet", "catalogue", false, parseSheet),
  key("catalogue.mapping", "catalogue", false, parseMapping, {}),
  key("catalogue.images", "catalogue", false, parseImagesFolder),
  key("catalogue.confirmDetection", "catalogue", false, parseConfirmDetection, true),
  key("names.draft", "names", false, parseBoolean("names.draft"), false),
  key("names.review", "names", false, parseNamesReview, "all"),
  key("export.out", "export", true, parseOutputPath("export.out", "export-tmall/")),
  key("export.allowPartial", "export", false, parseBoolean("export.allowPartial"), false),
  key("export.force", "export", false, parseBoolean("export.force"), false),
  key("dossier.out", "export", true, parseOutputPath("dossier.out", "dossier.html")),
  key("dossier.force", "export", false, parseBoolean("dossier.force"), false),
];

const BY_KEY: ReadonlyMap<string, AnswerKey> = new Map(ANSWER_KEYS.map((entry) => [entry.key, entry]));

/** `fixes.<sku>.<field>`: a corrected value for a product's field (the SKU may hold dots; the field is last). */
export interface FixKey {
  readonly sku: string;
  readonly field: FieldName;
}

/** `names.review`: keep every draft as it is (`all`), or go through them one by one (`each`). */
function parseNamesReview(raw: unknown): Parsed {
  return raw === "all" || raw === "each" ? ok(raw) : fail("invalid-option", { option: "names.review", value: show(raw), expected: "all, each" });
}

/** `names.<sku>`: the Chinese name the owner gives a product instead of the draft. */
export function nameKey(sku: string): string {
  return `names.${sku}`;
}

const NAME_KEY: Omit<AnswerKey, "key"> = {
  step: "names",
  isRequired: false,
  fallback: null,
  parse: (raw) => (isBlank(raw) ? ok(null) : typeof raw === "string" ? ok(raw.trim()) : fail("invalid-option", { option: "names", value: show(raw), expected: '"马赛皂"' })),
};

export function fixKey(sku: string, field: FieldName): string {
  return `fixes.${sku}.${field}`;
}

export function parseFixKey(answerKey: string): FixKey | undefined {
  if (!answerKey.startsWith("fixes.")) return undefined;
  const rest = answerKey.slice("fixes.".length);
  const dot = rest.lastIndexOf(".");
  if (dot <= 0) return undefined;
  const field = rest.slice(dot + 1);
  return isFieldName(field) ? { sku: rest.slice(0, dot), field } : undefined;
}

const FIX_KEY: Omit<AnswerKey, "key"> = {
  step: "fixes",
  isRequired: false,
  fallback: null,
  parse: (raw) => (isBlank(raw) ? ok(null) : typeof raw === "string" || typeof raw === "number" ? ok(String(raw).trim()) : fail("invalid-option", { option: "fixes", value: show(raw), expected: '"4,90"' })),
};

/** The definition of a key, the fixes' pattern included; undefined for a key the wizard does not know. */
export function findAnswerKey(answerKey: string): AnswerKey | undefined {
  const known = BY_KEY.get(answerKey);
  if (known !== undefined) return known;
  if (parseFixKey(answerKey) !== undefined) return { key: answerKey, ...FIX_KEY };
  return answerKey.startsWith("names.") && answerKey.length > "names.".length ? { key: answerKey, ...NAME_KEY } : undefined;
}

/** "company.legal_name" → "company.legalName": the key a user most likely meant. */
export function suggestAnswerKey(answerKey: string): string | undefined {
  const loose = (text: string) => text.toLowerCase().replace(/[^a-z]/g, "");
  return ANSWER_KEYS.find((candidate) => loose(candidate.key) === loose(answerKey))?.key ?? ANSWER_KEYS.find((candidate) => candidate.key.endsWith(`.${answerKey}`))?.key;
}

/** Answers as the wizard reads them: this run's answers file first, then what earlier runs saved. */
export type AnswerLookup = (answerKey: string) => JsonValue | undefined;

/** The required keys of a step that no answer covers (for the exit-2 message listing ALL of them at once). */
export function missingKeysOf(step: StepId, has: AnswerLookup): string[] {
  const isGiven = (answerKey: string) => {
    const value = has(answerKey);
    return value !== undefined && value !== null;
  };
  switch (step) {
    case "company":
      return ANSWER_KEYS.filter((entry) => entry.step === "company" && entry.isRequired)
        .map((entry) => entry.key)
        .filter((answerKey) => !isGiven(answerKey) && !(answerKey === "company.siret" && isGiven("company.siren")));
    case "catalogue": {
      const method = has("catalogue.method");
      const isManual = method === "manual" || (method === undefined && isGiven("catalogue.products") && !isGiven("catalogue.file"));
      const needed = isManual ? "catalogue.products" : "catalogue.file";
      return isGiven(needed) ? [] : [needed];
    }
    default:
      return ANSWER_KEYS.filter((entry) => entry.step === step && entry.isRequired && entry.key !== "resume")
        .map((entry) => entry.key)
        .filter((answerKey) => !isGiven(answerKey));
  }
}
