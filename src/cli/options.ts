import { DELIMITER_EXPECTED, parseDelimiterName, type Delimiter } from "../domain/catalogue/delimiters.js";
import { FIELD_NAMES, isFieldName } from "../domain/catalogue/fields.js";
import { describeExpected, COST_INPUTS, parseCostValue } from "../domain/costs/inputs.js";
import { EprovenceError } from "../domain/errors.js";
import { parseYesNo, YES_NO_EXPECTED } from "../domain/yes-no.js";

/**
 * One parser per flag that several commands share: each flag means one thing, is read one way and
 * is refused with one failure code, whichever command it is given to. The values come from commander
 * as it parsed them (strings, `true` for a switch, `undefined` when absent).
 */

/** `--format` of the commands that print a result. */
export const RESULT_FORMATS = ["pretty", "json"] as const;
/** `--format` of `validate` and `import`, which also speak to CI systems. */
export const REPORT_FORMATS = ["pretty", "json", "junit", "github", "sarif"] as const;

export function parseFormat<F extends string>(value: unknown, formats: readonly F[]): F {
  const format = value === undefined ? formats[0] : String(value);
  if (format === undefined || !(formats as readonly string[]).includes(format)) {
    throw new EprovenceError("invalid-option", { option: "--format", value: String(value), expected: formats.join(", ") });
  }
  return format as F;
}

/** `--merchant <ref>`: a company's number, SIRET or SIREN as typed; blank is "not given". */
export function readMerchantRef(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

/** `--merchant` where the command cannot work without it; `command` names the command in the message. */
export function requireMerchantRef(value: unknown, command: string): string {
  const ref = readMerchantRef(value);
  if (ref === undefined) throw new EprovenceError("merchant-required", { command });
  return ref;
}

/** A file or folder flag (`--out`, `--rejects`, `--scenario`): blank is "not given". */
export function readPath(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

/** A switch (`--strict`, `--dry-run`): commander gives `true` when present. */
export function isSet(value: unknown): boolean {
  return value === true;
}

/** A whole number between bounds (`--max-errors`, `--min-shelf-life`, `--min-completeness`); `%` accepted when it is a share. */
export function parseWholeNumber(value: unknown, option: string, bounds: { readonly min: number; readonly max?: number; readonly isPercent?: boolean }): number {
  const raw = String(value);
  const text = bounds.isPercent === true ? raw.trim().replace(/\s*%$/, "") : raw.trim();
  const number = /^\d{1,15}$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(number) || number < bounds.min || (bounds.max !== undefined && number > bounds.max)) {
    const expected = bounds.max === undefined ? `${bounds.min}, ${bounds.min + 1}, ${bounds.min + 2}…` : `${bounds.min}–${bounds.max}`;
    throw new EprovenceError("invalid-option", { option, value: raw, expected });
  }
  return number;
}

/**
 * `--eur-cny`: the one rule for the euro → yuan rate, the cost model's (1–100 CNY per euro, up to 4
 * decimals), whichever command takes it. Returns ten-thousandths of a yuan per euro.
 */
export function parseEurCny(value: unknown, option = "--eur-cny"): number {
  const parsed = parseCostValue("eurCny", value);
  if (!parsed.isValid) throw new EprovenceError("invalid-option", { option, value: String(value), expected: describeExpected(COST_INPUTS.eurCny) });
  return parsed.value;
}

/** `--delimiter ;|,|tab` (and the names of `parseDelimiterName`). */
export function parseDelimiterOption(value: unknown): Delimiter | undefined {
  if (value === undefined) return undefined;
  const delimiter = parseDelimiterName(String(value));
  if (delimiter === undefined) throw new EprovenceError("invalid-delimiter", { value: String(value), expected: DELIMITER_EXPECTED });
  return delimiter;
}

/** A yes/no flag (`--independent non`): the one table of yes/no words. */
export function parseYesNoOption(value: unknown, option: string): boolean {
  const answer = typeof value === "boolean" ? value : parseYesNo(String(value));
  if (answer === undefined) throw new EprovenceError("invalid-option", { option, value: String(value), expected: YES_NO_EXPECTED });
  return answer;
}

/** `--map "Ma colonne=field"` (repeatable) → { "Ma colonne": "field" }; the field must be a catalogue field. */
export function parseMappings(values: unknown): Record<string, string> {
  const mapping: Record<string, string> = {};
  for (const value of Array.isArray(values) ? values.map(String) : []) {
    const at = value.lastIndexOf("=");
    const header = value.slice(0, at).trim();
    const field = value.slice(at + 1).trim();
    if (at <= 0 || header === "" || !isFieldName(field)) {
      throw new EprovenceError("invalid-mapping", { value, fields: FIELD_NAMES.join(", ") });
    }
    mapping[header] = field;
  }
  return mapping;
}

/** A choice among fixed words (`--mode upsert|create|replace`, `--channel tmall-global`). */
export function parseChoice<C extends string>(value: unknown, option: string, choices: readonly C[]): C {
  const text = String(value);
  if (!(choices as readonly string[]).includes(text)) throw new EprovenceError("invalid-option", { option, value: text, expected: choices.join(", ") });
  return text as C;
}

/** A calendar date written YYYY-MM-DD (`--edition`): a real day, else "invalid-option" with the format in the user's language. */
export function parseIsoDate(value: unknown, option: string, expected: string): string {
  const text = typeof value === "string" ? value.trim() : "";
  const day = /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T00:00:00Z`) : undefined;
  if (day === undefined || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== text) {
    throw new EprovenceError("invalid-option", { option, value: text, expected });
  }
  return text;
}

/** A non-blank text (`--source`). */
export function parseSourceText(value: unknown, option: string, expected: string): string {
  const text = typeof value === "string" ? value.trim() : "";
  if (text === "") throw new EprovenceError("invalid-option", { option, value: text, expected });
  return text;
}
