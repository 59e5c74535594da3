import { parseTypedDecimal } from "../typed-numbers.js";
import { parseYesNo } from "../yes-no.js";
import type { ProfileKey } from "./profile-problems.js";

/**
 * A profile value typed as text — a flag, a wizard answer, a spreadsheet cell — read as the profile
 * schema expects it: "12,5" → 12.5, "oui" → true, "déposée" → "registered", "A, B" → ["A", "B"].
 * One reader per key, whatever typed it.
 */

type TextReader = (raw: string) => { readonly value: unknown } | undefined;

const text: TextReader = (raw) => ({ value: raw.trim() });

/** French or English decimals ("1 250 000,50", "12.5", "980000 €"), read exactly at 2 decimals. */
const decimal: TextReader = (raw) => {
  const hundredths = parseTypedDecimal(raw, 2);
  return hundredths === undefined ? undefined : { value: hundredths / 100 };
};

const yesNo: TextReader = (raw) => {
  const value = parseYesNo(raw);
  return value === undefined ? undefined : { value };
};

/** French words for the trademark status; anything else goes to the schema, which names the choices. */
const TRADEMARK_WORDS: Readonly<Record<string, string>> = { déposée: "registered", deposee: "registered", enregistrée: "registered", "en-cours": "pending", "en cours": "pending", aucune: "none" };
const trademark: TextReader = (raw) => {
  const word = raw.trim().toLowerCase();
  return { value: TRADEMARK_WORDS[word] ?? word };
};

/** "A, B" → ["A", "B"]: blanks dropped, each name once. */
const brandList: TextReader = (raw) => ({ value: [...new Set(raw.split(",").map((name) => name.trim()).filter((name) => name !== ""))] });

const READERS: Readonly<Record<ProfileKey, TextReader>> = {
  legalName: text,
  siret: text,
  siren: text,
  postcode: text,
  headcount: decimal,
  turnoverEur: decimal,
  balanceSheetEur: decimal,
  independent: yesNo,
  brands: brandList,
  trademark,
  contactName: text,
  contactEmail: text,
  contactPhone: text,
};

/** Undefined when the text is not what the key holds (the caller reports "invalid-profile-value"). */
export function readProfileText(key: ProfileKey, raw: string): { readonly value: unknown } | undefined {
  return READERS[key](raw);
}
