/** GS1 check digit for GTIN-8, -12, -13 and -14: weights 3,1,3,1… from the right, excluding the check digit. */
export const GTIN_LENGTHS: readonly number[] = [8, 12, 13, 14];

/** `true` when `digits` is all ASCII digits of a GTIN length and its last digit is the GS1 check digit. */
export function hasValidGtinCheckDigit(digits: string): boolean {
  const length = digits.length;
  if (!GTIN_LENGTHS.includes(length)) return false;
  let sum = 0;
  for (let i = length - 2, weight = 3; i >= 0; i--, weight = 4 - weight) {
    const digit = digits.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return false;
    sum += digit * weight;
  }
  const check = digits.charCodeAt(length - 1) - 48;
  return check === (10 - (sum % 10)) % 10;
}

/** Computes the check digit to append to a GTIN body (all digits but the last). */
export function computeGtinCheckDigit(body: string): number {
  let sum = 0;
  for (let i = body.length - 1, weight = 3; i >= 0; i--, weight = 4 - weight) {
    sum += (body.charCodeAt(i) - 48) * weight;
  }
  return (10 - (sum % 10)) % 10;
}

/** Excel shows long numbers as `3,76012E+12`: the digits are lost, the file must be re-exported. */
export function looksLikeScientificNotation(text: string): boolean {
  return /^\d+(?:[.,]\d+)?e\+?\d+$/i.test(text);
}
