import { z } from "zod";
import { findControlCharacter } from "../control-characters.js";
import { checkCompanyIdentifier, normaliseIdentifier, type IdentifierKind } from "./identifiers.js";

/**
 * A company profile as the user gives it (flags, `merchant add --from profile.json`, the wizard):
 * camelCase keys, euros as numbers. Only the legal name and an identifier are required: missing
 * figures make eligibility "unknown", never "pass".
 */

export const TRADEMARK_STATUSES = ["registered", "pending", "none"] as const;
export type TrademarkStatus = (typeof TRADEMARK_STATUSES)[number];

/**
 * Largest amount accepted, in euros (design choice: a thousand billion, far above the €2,000 m of an
 * ETI, and small enough that its cents stay an exact integer).
 */
export const MAX_EUROS = 1_000_000_000_000;

const euros = z.number().finite().nonnegative().multipleOf(0.01).max(MAX_EUROS);

/** A SIRET or a SIREN as written ("812 345 678 00013"): the right length and a valid check digit. */
function identifier(kind: IdentifierKind) {
  return z
    .string()
    .trim()
    .superRefine((text, context) => {
      const check = checkCompanyIdentifier(text);
      if (!check.isValid) context.addIssue({ code: "custom", message: `identifier-${check.reason}` });
      else if (check.kind !== kind) context.addIssue({ code: "custom", message: "identifier-format" });
    });
}

/** A name as written, trimmed: 1 (or 0) to `max` characters, none of them a control character (ESC…). */
function plainText(min: number, max: number) {
  return z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine((text) => findControlCharacter(text) === undefined, { message: "profile-control-character" });
}

const profileFields = z
  .object({
    legalName: plainText(1, 200),
    /** SIRET (14 digits) or SIREN (9), spaces allowed. */
    siret: identifier("siret").optional(),
    siren: identifier("siren").optional(),
    postcode: z
      .string()
      .trim()
      .regex(/^\d{5}$/)
      .optional(),
    /** Annual work units (may be fractional). */
    headcount: z.number().finite().nonnegative().optional(),
    turnoverEur: euros.optional(),
    balanceSheetEur: euros.optional(),
    /** `false` when more than 25 % is owned by a firm that is not an SME. */
    independent: z.boolean().optional(),
    brands: z.array(plainText(1, 100)).default([]),
    trademark: z.enum(TRADEMARK_STATUSES).optional(),
    contactName: plainText(0, 200).optional(),
    contactEmail: z.email().optional(),
    contactPhone: plainText(0, 40).optional(),
  })
  .strict();

/** When both are given, the SIRET must be the SIREN followed by the establishment's 5 digits. */
function hasMatchingIdentifiers(profile: { siret?: string | undefined; siren?: string | undefined }): boolean {
  if (profile.siret === undefined || profile.siren === undefined) return true;
  return normaliseIdentifier(profile.siret).slice(0, 9) === normaliseIdentifier(profile.siren);
}

const identifiersMatch = { path: ["siren"], message: "identifier-mismatch" };

/**
 * "Give a SIRET or a SIREN" is checked even when other fields are wrong (`when`), so that one run
 * reports every problem of a profile at once.
 */
export const merchantProfileSchema = profileFields
  .refine((profile) => profile.siret !== undefined || profile.siren !== undefined, {
    path: ["siret"],
    message: "identifier-required",
    when: ({ value }) => typeof value === "object" && value !== null,
  })
  .refine(hasMatchingIdentifiers, identifiersMatch);

export type MerchantProfileInput = z.input<typeof merchantProfileSchema>;
export type MerchantProfile = z.output<typeof merchantProfileSchema>;

/**
 * The fields `merchant update` may change: all optional, the same rules. `brands` loses its default
 * here: zod's `.partial()` keeps a `.default([])`, so a patch that does not mention the brands would
 * otherwise come out as `brands: []` and erase them.
 */
export const merchantProfilePatchSchema = profileFields
  .extend({ brands: profileFields.shape.brands.unwrap().optional() })
  .partial()
  .refine(hasMatchingIdentifiers, identifiersMatch);
export type MerchantProfilePatch = z.output<typeof merchantProfilePatchSchema>;
