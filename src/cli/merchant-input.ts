import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Readable } from "node:stream";
import { parseScaledDecimal } from "../domain/catalogue/numbers.js";
import { PROFILE_KEYS, isProfileKey, suggestProfileKey, type ProfileKey, type ProfileProblem } from "../domain/company/profile-problems.js";
import { EprovenceError, type MessageParams } from "../domain/errors.js";
import type { Translator } from "../domain/messages/index.js";
import type { CommandContext } from "./program.js";

/**
 * A company profile as `merchant add` and `merchant update` receive it: a `--from` JSON file (camelCase
 * keys), then the flags (kebab-case), which win. Keeps where each key came from, so that a problem
 * names the flag or the file key the user actually wrote.
 */
export interface ProfileInput {
  /** The keys given, as the schema reads them (euros as numbers, yes/no as booleans). */
  readonly values: Record<string, unknown>;
  /** How to name each key in a message: "--turnover-eur", or the key in the --from file. */
  readonly sources: Readonly<Record<string, string>>;
  /** Flags that are not what they claim (a number that is not one): the schema never sees them. */
  readonly problems: readonly ProfileProblem[];
  /** The --from file as the user wrote it. */
  readonly fromPath: string | undefined;
}

type FlagReader = (raw: string) => { readonly value: unknown } | undefined;

const text: FlagReader = (raw) => ({ value: raw.trim() });

/** French or English decimals ("1 250 000,50", "12.5", "980000 €"), read exactly at 2 decimals. */
const decimal: FlagReader = (raw) => {
  const hundredths = parseScaledDecimal(raw, 2);
  return Number.isSafeInteger(hundredths) ? { value: hundredths / 100 } : undefined;
};

const YES_NO: Readonly<Record<string, boolean>> = { yes: true, y: true, oui: true, o: true, true: true, "1": true, no: false, n: false, non: false, false: false, "0": false };
const yesNo: FlagReader = (raw) => {
  const value = YES_NO[raw.trim().toLowerCase()];
  return value === undefined ? undefined : { value };
};

/** French words for the trademark status; anything else goes to the schema, which names the choices. */
const TRADEMARK_WORDS: Readonly<Record<string, string>> = { déposée: "registered", deposee: "registered", enregistrée: "registered", "en-cours": "pending", "en cours": "pending", aucune: "none" };
const trademark: FlagReader = (raw) => {
  const word = raw.trim().toLowerCase();
  return { value: TRADEMARK_WORDS[word] ?? word };
};

/** Every profile key but `brands` (two flags, below): its flag (commander names the option by the key) and reader. */
const FLAGS: Readonly<Record<Exclude<ProfileKey, "brands">, { readonly flag: string; readonly read: FlagReader }>> = {
  legalName: { flag: "--legal-name", read: text },
  siret: { flag: "--siret", read: text },
  siren: { flag: "--siren", read: text },
  postcode: { flag: "--postcode", read: text },
  headcount: { flag: "--headcount", read: decimal },
  turnoverEur: { flag: "--turnover-eur", read: decimal },
  balanceSheetEur: { flag: "--balance-sheet-eur", read: decimal },
  independent: { flag: "--independent", read: yesNo },
  trademark: { flag: "--trademark", read: trademark },
  contactName: { flag: "--contact-name", read: text },
  contactEmail: { flag: "--contact-email", read: text },
  contactPhone: { flag: "--contact-phone", read: text },
};

/** The flag that sets a key, for messages about a key nobody gave (a missing legal name). */
export function flagOf(key: ProfileKey): string {
  return key === "brands" ? "--brand" : FLAGS[key].flag;
}

/**
 * A profile value typed as text (a flag, the wizard's prompt, a string in the wizard's answers file),
 * read as the schema expects it: "12,5" → 12.5, "oui" → true, "déposée" → "registered", "A, B" → ["A", "B"].
 * Undefined when the text is not what the key holds (the caller reports "invalid-profile-value").
 */
export function readProfileText(key: ProfileKey, raw: string): { readonly value: unknown } | undefined {
  if (key === "brands") return { value: [...new Set(raw.split(",").map((name) => name.trim()).filter((name) => name !== ""))] };
  return FLAGS[key].read(raw);
}

/**
 * Keys of a printed merchant (`merchant show --format json`) that are not part of a profile: a
 * profile file may carry them, so that a printed merchant can be fed back to `--from`; they are
 * ignored.
 */
const PRINTED_ONLY_KEYS: ReadonlySet<string> = new Set(["id", "createdAt", "updatedAt"]);

export async function readProfileInput(options: Record<string, unknown>, context: CommandContext): Promise<ProfileInput> {
  const { io, t } = context;
  const fromPath = typeof options.from === "string" ? options.from : undefined;
  const values: Record<string, unknown> = {};
  const sources: Record<string, string> = {};
  const problems: ProfileProblem[] = [];
  if (fromPath !== undefined) {
    const file = await readProfileFile(fromPath, io.cwd, io.stdin);
    for (const [key, value] of Object.entries(file)) {
      // A null is "not given" (a generated file writes null for an unknown figure).
      if (value === null || PRINTED_ONLY_KEYS.has(key)) continue;
      values[key] = value;
      sources[key] = t.ui("profileFileKey", { key, path: fromPath });
    }
  }
  for (const [key, { flag, read }] of Object.entries(FLAGS)) {
    const raw = options[key];
    if (typeof raw !== "string") continue;
    sources[key] = flag;
    const parsed = read(raw);
    if (parsed === undefined) {
      delete values[key];
      problems.push({ code: "invalid-profile-value", key, value: raw });
    } else {
      values[key] = parsed.value;
    }
  }
  const brands = readBrandFlags(options);
  if (brands !== undefined) {
    values.brands = brands.names;
    sources.brands = brands.flag;
  }
  return { values, sources, problems, fromPath };
}

/** `--brands "A,B"` then each `--brand`, blanks dropped, each name once; `--brands ""` clears them. */
function readBrandFlags(options: Record<string, unknown>): { names: string[]; flag: string } | undefined {
  const list = typeof options.brands === "string" ? options.brands.split(",") : [];
  const single = Array.isArray(options.brand) ? options.brand.map(String) : [];
  if (typeof options.brands !== "string" && single.length === 0) return undefined;
  const names = [...new Set([...list, ...single].map((name) => name.trim()).filter((name) => name !== ""))];
  return { names, flag: single.length > 0 ? "--brand" : "--brands" };
}

/** The --from file: one JSON object, UTF-8 (a BOM is fine); "-" reads standard input. */
async function readProfileFile(path: string, cwd: string, stdin: Readable): Promise<Record<string, unknown>> {
  let content: string;
  try {
    content = path === "-" ? await readStream(stdin) : await readFile(resolve(cwd, path), "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new EprovenceError("file-not-found", { path });
    const reasons: Record<string, string> = { EACCES: "permission denied", EPERM: "permission denied", EISDIR: "is a directory" };
    throw new EprovenceError("file-unreadable", { path, reason: reasons[code ?? ""] ?? code ?? String(error) });
  }
  const json = content.replace(/^\uFEFF/, "");
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new EprovenceError("profile-invalid-json", { path, detail, ...locateJsonError(json, detail) });
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new EprovenceError("profile-not-object", { path });
  return parsed as Record<string, unknown>;
}

/** V8 says "at position 18"; people look for a line and a column. */
function locateJsonError(json: string, detail: string): { line: number; column: number } | Record<string, never> {
  const match = /at position (\d+)/.exec(detail);
  if (match === null) return json.trim() === "" ? { line: 1, column: 1 } : {};
  const before = json.slice(0, Number(match[1]));
  const lineStart = before.lastIndexOf("\n") + 1;
  return { line: before.split("\n").length, column: before.length - lineStart + 1 };
}

async function readStream(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * The problems of a profile as one failure (exit 2): a single problem is its own sentence and hint;
 * several are listed under "invalid-profile", each with its hint, in the order of the keys.
 */
export function toProfileError(problems: readonly ProfileProblem[], input: ProfileInput, t: Translator): EprovenceError {
  const order = (problem: ProfileProblem) => (isProfileKey(problem.key) ? PROFILE_KEYS.indexOf(problem.key) : PROFILE_KEYS.length);
  const sorted = [...problems].sort((a, b) => order(a) - order(b));
  const failures = sorted.map((problem) => ({ code: problem.code, params: describeProblem(problem, input, t) }));
  const [only] = failures;
  if (only !== undefined && failures.length === 1) return new EprovenceError(only.code, only.params);
  const lines = failures.map(({ code, params }) => `  – ${t.message(code, params)} ${t.hint(code, params)}`);
  return new EprovenceError("invalid-profile", { count: failures.length, problems: lines.join("\n") });
}

function describeProblem(problem: ProfileProblem, input: ProfileInput, t: Translator): MessageParams {
  const { key } = problem;
  const params: Record<string, string | number> = { key, value: showValue(problem.value), ...problem.params };
  if (problem.code === "profile-unknown-key") {
    params.path = input.fromPath ?? "";
    params.keys = PROFILE_KEYS.join(", ");
    params.suggestion = suggestProfileKey(key) ?? "";
  }
  params.field = input.sources[key] ?? nameAbsentKey(key, input.fromPath, t);
  return params;
}

/** A key nobody gave (a missing legal name): its flag, and its file key when a file was read. */
function nameAbsentKey(key: string, fromPath: string | undefined, t: Translator): string {
  if (!isProfileKey(key)) return key;
  return fromPath === undefined ? flagOf(key) : `${flagOf(key)}, ${t.ui("profileFileKey", { key, path: fromPath })}`;
}

function showValue(value: unknown): string {
  if (value === undefined) return "";
  return typeof value === "string" ? value : JSON.stringify(value);
}
