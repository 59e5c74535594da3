import { parseScaledDecimal } from "./catalogue/numbers.js";

/**
 * A number a person typed — a flag, an answers-file value, a wizard answer: French or English
 * decimals and thousands as the catalogue reads them ("1 250 000,50", "12.5", "980000 €"), as an
 * integer count of 10^-scale units. Where at most 2 decimals are allowed, "10,000" and "1.250" are
 * refused as ambiguous (ten thousand to an English reader, ten to a French one) rather than guessed —
 * a design choice; a rate with 4 decimals ("7.555") is not ambiguous.
 */
export function parseTypedDecimal(text: string, scale: number): number | undefined {
  const trimmed = text.trim();
  if (scale < 3 && isAmbiguousThousands(trimmed)) return undefined;
  const value = parseScaledDecimal(trimmed, scale);
  return Number.isSafeInteger(value) ? value : undefined;
}

const AMBIGUOUS_THOUSANDS = /^-?\d{1,3}[.,]\d{3}$/;

/** "10,000" or "1.250": a thousands group to one reader, three decimals to another. */
export function isAmbiguousThousands(text: string): boolean {
  return AMBIGUOUS_THOUSANDS.test(text);
}
