import { z } from "zod";
import { checkCompanyIdentifier } from "./identifiers.js";

/**
 * A company profile as the user gives it (flags, `merchant add --from profile.json`, the wizard):
 * camelCase keys, euros as numbers. Only the legal name and an identifier are required: missing
 * figures make eligibility "unknown", never "pass".
 */

export const TRADEMARK_STATUSES = ["registered", "pending", "none"] as const;
export type TrademarkStatus = (typeof TRADEMARK_STATUSES)[number];

const euros = z.number().finite().nonnegative().multipleOf(0.01);

const profileFields = z
  .object({
    legalName: z.string().trim().min(1).max(200),
    /** SIRET (14 digits) or SIREN (9), spaces allowed. */
    siret: z.string().trim().optional(),
    siren: z.string().trim().optional(),
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
    brands: z.array(z.string().trim().min(1).max(100)).default([]),
    trademark: z.enum(TRADEMARK_STATUSES).optional(),
    contactName: z.string().trim().max(200).optional(),
    contactEmail: z.email().optional(),
    contactPhone: z.string().trim().max(40).optional(),
  })
  .strict();

/** Each identifier given must carry a valid check digit (La Poste's rule included). */
function checkIdentifiers(profile: { siret?: string | undefined; siren?: string | undefined }, context: z.RefinementCtx): void {
  for (const key of ["siret", "siren"] as const) {
    const identifier = profile[key];
    if (identifier === undefined) continue;
    const check = checkCompanyIdentifier(identifier);
    if (!check.isValid) context.addIssue({ code: "custom", path: [key], message: `identifier-${check.reason}` });
    else if (check.kind !== key) context.addIssue({ code: "custom", path: [key], message: "identifier-format" });
  }
}

export const merchantProfileSchema = profileFields.superRefine((profile, context) => {
  if (profile.siret === undefined && profile.siren === undefined) {
    context.addIssue({ code: "custom", path: ["siret"], message: "identifier-required" });
  }
  checkIdentifiers(profile, context);
});

export type MerchantProfileInput = z.input<typeof merchantProfileSchema>;
export type MerchantProfile = z.output<typeof merchantProfileSchema>;

/** The fields a later `merchant update` may change: all optional, the same rules. */
export const merchantProfilePatchSchema = profileFields.partial().superRefine(checkIdentifiers);
export type MerchantProfilePatch = z.output<typeof merchantProfilePatchSchema>;
