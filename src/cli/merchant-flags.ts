import type { ProfileRequest } from "../app/profile-input.js";
import type { ProfileKey, ProfileProblem } from "../domain/company/profile-problems.js";
import { readProfileText } from "../domain/company/profile-text.js";
import { readPath } from "./options.js";

/**
 * A company profile as `merchant add` and `merchant update` receive it on the command line: each flag
 * (kebab-case of the profile key) read as the schema expects it, and the `--from` file to read first.
 * Keeps which flag gave each key, so that a problem names what the user actually wrote.
 */

/** Every profile key but `brands` (two flags, below): its flag (commander names the option by the key). */
const FLAGS: Readonly<Record<Exclude<ProfileKey, "brands">, { readonly flag: string }>> = {
  legalName: { flag: "--legal-name" },
  siret: { flag: "--siret" },
  siren: { flag: "--siren" },
  postcode: { flag: "--postcode" },
  headcount: { flag: "--headcount" },
  turnoverEur: { flag: "--turnover-eur" },
  balanceSheetEur: { flag: "--balance-sheet-eur" },
  independent: { flag: "--independent" },
  trademark: { flag: "--trademark" },
  contactName: { flag: "--contact-name" },
  contactEmail: { flag: "--contact-email" },
  contactPhone: { flag: "--contact-phone" },
};

/** The flag that sets a key, for messages about a key nobody gave (a missing legal name). */
export function flagOf(key: ProfileKey): string {
  return key === "brands" ? "--brand" : FLAGS[key].flag;
}

/** The profile flags given (and `--from`), as the use cases take them. */
export function readProfileFlags(options: Record<string, unknown>): ProfileRequest {
  const values: Record<string, unknown> = {};
  const labels: Record<string, string> = {};
  const problems: ProfileProblem[] = [];
  for (const [key, { flag }] of Object.entries(FLAGS) as [Exclude<ProfileKey, "brands">, { flag: string }][]) {
    const raw = options[key];
    if (typeof raw !== "string") continue;
    labels[key] = flag;
    const parsed = readProfileText(key, raw);
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
