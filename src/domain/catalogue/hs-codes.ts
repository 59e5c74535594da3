import type { SourceId } from "../sources.js";

/**
 * HS codes: normalisation and the dated knowledge we have of the CBEC positive list.
 *
 * The positive list of CBEC retail imports is kept by 8-digit Chinese tariff line (1,476 lines from
 * 2022-03-01, Caiguanshui). No machine-readable copy was found (source: cbec-positive-list-2022), so we only know the
 * headings named as included: "most prepackaged foods (chocolate, sweets, pastry, honey)".
 * Any other heading is reported "not checked" — never "eligible" by default.
 */
export const POSITIVE_LIST_DATA = {
  date: "2022-03-01",
  source: "cbec-positive-list-2022" satisfies SourceId,
  headings: new Set(["1806", "1704", "1905", "0409"]),
} as const;

/** Strips dots and spaces; returns the digits when the result is 6–10 digits, else `undefined`. */
export function normaliseHsCode(raw: string): string | undefined {
  let digits = "";
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code >= 48 && code <= 57) digits += raw[i];
    else if (code !== 46 && code !== 32 && code !== 0xa0) return undefined;
  }
  return digits.length >= 6 && digits.length <= 10 ? digits : undefined;
}

/** `true` when the 4-digit heading (or its 2-digit chapter) is among the plausible ones; an empty list accepts anything. */
export function isPlausibleHeading(hsDigits: string, plausible: readonly string[]): boolean {
  if (plausible.length === 0) return true;
  const heading = hsDigits.slice(0, 4);
  const chapter = hsDigits.slice(0, 2);
  return plausible.includes(heading) || plausible.includes(chapter);
}

export function isKnownOnPositiveList(hsDigits: string): boolean {
  return POSITIVE_LIST_DATA.headings.has(hsDigits.slice(0, 4));
}
