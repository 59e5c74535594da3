import { LOCALES } from "./messages/catalogue.js";
/**
 * Money is integer cents, never binary floats. Parsing is done on the decimal string so that
 * "4,90" is exactly 490 cents.
 */

/** Rounds a non-negative rational `numerator / denominator` half up, in integers. */
export function divideRoundHalfUp(numerator: number, denominator: number): number {
  return Math.floor((numerator * 2 + denominator) / (denominator * 2));
}

/** EUR cents → CNY cents at a rate given in ten-thousandths of a yuan per euro. */
export function convertEurCentsToCnyCents(eurCents: number, rateTenThousandths: number): number {
  return divideRoundHalfUp(eurCents * rateTenThousandths, 10_000);
}

/** CNY cents → EUR cents at the same rate (ten-thousandths of a yuan per euro), rounded half up. */
export function convertCnyCentsToEurCents(cnyCents: number, rateTenThousandths: number): number {
  return divideRoundHalfUp(cnyCents * 10_000, rateTenThousandths);
}

/** Applies a rate in basis points (9.1 % = 910) to an amount in cents, rounded half up. */
export function applyBasisPoints(cents: number, basisPoints: number): number {
  return divideRoundHalfUp(cents * basisPoints, 10_000);
}

/** 12345 → "123.45" (the canonical form used in machine output). */
export function formatCents(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/** A EUR → CNY rate held in ten-thousandths (75554) as the number people read (7.5554), for reports. */
export function rateOf(tenThousandths: number): number {
  return tenThousandths / 10_000;
}

/**
 * Whole euros as an owner says a turnover or a ceiling: 1 250 000 → "1,25 M€" / "€1.25 m" (two
 * decimals at most, so 1,25 M€ is never shown as 1,3 M€), 950 000 → "950 000 €" / "€950,000".
 */
export function formatCompactEuros(euros: number, language: "fr" | "en"): string {
  const locale = LOCALES[language];
  const isMillions = Math.abs(euros) >= 1_000_000;
  const figure = new Intl.NumberFormat(locale, { maximumFractionDigits: isMillions ? 2 : 0 }).format(isMillions ? euros / 1_000_000 : euros);
  if (language === "fr") return isMillions ? `${figure}\u202fM€` : `${figure}\u202f€`;
  return isMillions ? `€${figure} m` : `€${figure}`;
}
