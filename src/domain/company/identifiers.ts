/**
 * French company identifiers (source: siren-siret-check-digit): SIREN = 9 digits, SIRET = SIREN + 5 digits (14); both
 * carry a Luhn check digit. Known exception: La Poste's establishments (SIREN 356000000) use "the sum
 * of the digits is a multiple of 5" for their SIRET.
 */
export const LA_POSTE_SIREN = "356000000";

export type IdentifierKind = "siren" | "siret";

export type IdentifierCheck =
  | { readonly isValid: true; readonly kind: IdentifierKind; readonly siren: string; readonly digits: string; readonly rule: "luhn" | "la-poste" }
  | { readonly isValid: false; readonly reason: "format" | "check-digit" };

/** Spaces, dots and no-break spaces are how people write them ("812 345 678 00013"): ignored. */
export function normaliseIdentifier(text: string): string {
  return text.replace(/[\s.\u00a0\u202f]/g, "");
}

export function checkCompanyIdentifier(text: string): IdentifierCheck {
  const digits = normaliseIdentifier(text);
  if (!/^\d{9}$|^\d{14}$/.test(digits)) return { isValid: false, reason: "format" };
  const kind: IdentifierKind = digits.length === 9 ? "siren" : "siret";
  const siren = digits.slice(0, 9);
  if (kind === "siret" && siren === LA_POSTE_SIREN && digitSum(digits) % 5 === 0) {
    return { isValid: true, kind, siren, digits, rule: "la-poste" };
  }
  // The Luhn check runs on the number as given: a SIRET's 14 digits carry their own check digit.
  if (!passesLuhn(digits)) return { isValid: false, reason: "check-digit" };
  return { isValid: true, kind, siren, digits, rule: "luhn" };
}

/** Luhn: from the right, every second digit doubled (minus 9 above 9); the sum is a multiple of 10. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = digits.length - 1, double = false; i >= 0; i--, double = !double) {
    let digit = digits.charCodeAt(i) - 48;
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

function digitSum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += digits.charCodeAt(i) - 48;
  return sum;
}
