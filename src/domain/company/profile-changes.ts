import { eurosToCents } from "./amounts.js";
import { normaliseIdentifier } from "./identifiers.js";
import type { Merchant } from "./merchant.js";
import type { MerchantProfilePatch } from "./profile.js";
import type { ProfileKey } from "./profile-problems.js";

/**
 * The keys a patch would change on a stored company, compared as the store keeps them (identifiers as
 * digits, amounts in cents): a re-import of the same file changes nothing and says so.
 */
export function changedProfileKeys(stored: Merchant, patch: MerchantProfilePatch): ProfileKey[] {
  const digits = (text: string | undefined) => (text === undefined ? undefined : normaliseIdentifier(text));
  const cents = (euros: number | undefined) => (euros === undefined ? undefined : eurosToCents(euros));
  const comparisons: readonly [ProfileKey, unknown, unknown][] = [
    ["legalName", patch.legalName, stored.legalName],
    ["siret", digits(patch.siret), stored.siret],
    ["siren", digits(patch.siren), stored.siren],
    ["postcode", patch.postcode, stored.postcode],
    ["headcount", patch.headcount, stored.headcount],
    ["turnoverEur", cents(patch.turnoverEur), stored.turnoverCents],
    ["balanceSheetEur", cents(patch.balanceSheetEur), stored.balanceSheetCents],
    ["independent", patch.independent, stored.independent],
    ["brands", patch.brands?.join("\n"), stored.brands.join("\n")],
    ["trademark", patch.trademark, stored.trademark],
    ["contactName", patch.contactName, stored.contactName],
    ["contactEmail", patch.contactEmail, stored.contactEmail],
    ["contactPhone", patch.contactPhone, stored.contactPhone],
  ];
  return comparisons.filter(([, given, was]) => given !== undefined && given !== was).map(([key]) => key);
}
