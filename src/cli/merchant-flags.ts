import type { ProfileRequest } from "../app/profile-input.js";
import type { ProfileKey, ProfileProblem } from "../domain/company/profile-problems.js";
import { parseTypedDecimal } from "../domain/typed-numbers.js";
import { parseYesNo } from "../domain/yes-no.js";
import { readPath } from "./options.js";

/**
 * A company profile as `merchant add` and `merchant update` receive it on the command line: each flag
 * (kebab-case of the profile key) read as the schema expects it, and the `--from` file to read first.
 * Keeps which flag gave each key, so that a problem names what the user actually wrote.
 */

type FlagReader = (raw: string) => { readonly value: unknown } | undefined;

const text: FlagReader = (raw) => ({ value: raw.trim() });

/** French or English decimals ("1 250 000,50", "12.5", "980000 €"), read exactly at 2 decimals. */
const decimal: FlagReader = (raw) => {
  const hundredths = parseTypedDecimal(raw, 2);
  return hundredths === undefined ? undefined : { value: hundredths / 100 };
};

const yesNo: FlagReader = (raw) => {
  const value = parseYesNo(raw);
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

/** The profile flags given (and `--from`), as the use cases take them. */
export function readProfileFlags(options: Record<string, unknown>): ProfileRequest {
  const values: Record<string, unknown> = {};
  const labels: Record<string, string> = {};
  const problems: ProfileProblem[] = [];
  for (const [key, { flag, read }] of Object.entries(FLAGS)) {
    const raw = options[key];
    if (typeof raw !== "string") continue;
    labels[key] = flag;
    const parsed = read(raw);
    if (parsed === undefined) problems.push({ code: "invalid-profile-value", key, value: raw });
    else values[key] = parsed.value;
  }
  const brands = readBrandFlags(options);
  if (brands !== undefined) {
    values.brands = brands.names;
    labels.brands = brands.flag;
  }
  return { values, labels, problems, fromPath: readPath(options.from), nameKey: flagOf };
}

/** `--brands "A,B"` then each `--brand`, blanks dropped, each name once; `--brands ""` clears them. */
function readBrandFlags(options: Record<string, unknown>): { names: string[]; flag: string } | undefined {
  const list = typeof options.brands === "string" ? options.brands.split(",") : [];
  const single = Array.isArray(options.brand) ? options.brand.map(String) : [];
  if (typeof options.brands !== "string" && single.length === 0) return undefined;
  const names = [...new Set([...list, ...single].map((name) => name.trim()).filter((name) => name !== ""))];
  return { names, flag: single.length > 0 ? "--brand" : "--brands" };
}
