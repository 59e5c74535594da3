/**
 * A profile's euro amounts arrive as JSON numbers (`"turnoverEur": 1250000.5`) already checked to be
 * whole cents by the schema (`multipleOf(0.01)`), and are kept as integer cents.
 *
 * `Math.round(euros * 100)` alone is not the danger it looks: for the double nearest to any amount
 * with 2 decimals (0.29 is 0.28999999999999998…) the product lands within a hair of the integer and
 * rounds back to it, up to 2^53 cents. The danger is a value that is NOT whole cents (1.005, which is
 * really 1.00499999999999989…) being rounded silently to 100 or 101: that is refused here, so a caller
 * that skipped the schema fails loudly instead of storing a guess.
 */

/**
 * How far from a whole cent `euros × 100` may land and still be that cent: float noise, which grows
 * with the amount (a few units in the last place), never anywhere near the half cent of 1.005.
 */
function tolerance(scaled: number): number {
  return Math.max(1e-6, Math.abs(scaled) * 1e-15);
}

/** 1250000.5 → 125000050; throws a RangeError for a negative, non-finite or non-whole-cent amount. */
export function eurosToCents(euros: number): number {
  const scaled = euros * 100;
  const cents = Math.round(scaled);
  if (!Number.isFinite(euros) || euros < 0 || !Number.isSafeInteger(cents) || Math.abs(scaled - cents) > tolerance(scaled)) {
    throw new RangeError(`not a whole number of cents: ${euros}`);
  }
  return cents;
}

/**
 * 125000050 → 1250000.5. A division by 100 is correctly rounded, so the result is the double nearest
 * to the decimal amount and prints as it (29 → 0.29, never 0.29000000000000004).
 */
export function centsToEuros(cents: number): number {
  return cents / 100;
}
