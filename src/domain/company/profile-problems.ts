import type { z } from "zod";
import { FAILURE_CODES, type FailureCode } from "../errors.js";
import { merchantProfilePatchSchema, merchantProfileSchema, type MerchantProfile, type MerchantProfileInput, type MerchantProfilePatch } from "./profile.js";

/**
 * What is wrong with a company profile, one problem per key, as stable failure codes: the CLI turns
 * each into one sentence naming the flag or the file key, the wizard into a question asked again.
 * zod's own English messages never reach the user.
 */

/** The keys of a profile (flags in kebab-case, `--from` files and the wizard in camelCase), in display order. */
export const PROFILE_KEYS = [
  "legalName",
  "siret",
  "siren",
  "postcode",
  "headcount",
  "turnoverEur",
  "balanceSheetEur",
  "independent",
  "brands",
  "trademark",
  "contactName",
  "contactEmail",
  "contactPhone",
] as const satisfies readonly (keyof MerchantProfileInput)[];

export type ProfileKey = (typeof PROFILE_KEYS)[number];

export function isProfileKey(key: string): key is ProfileKey {
  return (PROFILE_KEYS as readonly string[]).includes(key);
}

export interface ProfileProblem {
  readonly code: FailureCode;
  /** The profile key at fault (camelCase), or an unknown key as written. */
  readonly key: string;
  /** The value at fault as given; undefined when it is missing. */
  readonly value?: unknown;
  /** More context for the message (both identifiers when they do not match). */
  readonly params?: Readonly<Record<string, string>>;
}

export type ProfileCheck<T> =
  | { readonly isValid: true; readonly profile: T }
  | { readonly isValid: false; readonly problems: readonly ProfileProblem[] };

/** A full profile (`merchant add`): the legal name and a SIRET or SIREN are required. */
export function checkMerchantProfile(input: Readonly<Record<string, unknown>>): ProfileCheck<MerchantProfile> {
  const result = merchantProfileSchema.safeParse(input);
  return result.success ? { isValid: true, profile: result.data } : { isValid: false, problems: describeProfileIssues(result.error.issues, input) };
}

/** A patch (`merchant update`): any subset of the keys, each with the same rules. */
export function checkMerchantProfilePatch(input: Readonly<Record<string, unknown>>): ProfileCheck<MerchantProfilePatch> {
  const result = merchantProfilePatchSchema.safeParse(input);
  return result.success ? { isValid: true, profile: result.data } : { isValid: false, problems: describeProfileIssues(result.error.issues, input) };
}

const SCHEMA_MESSAGE_CODES: readonly string[] = FAILURE_CODES;

/** zod issues → one problem per key (a value that is both negative and not whole cents is one problem). */
export function describeProfileIssues(issues: readonly z.core.$ZodIssue[], input: Readonly<Record<string, unknown>>): ProfileProblem[] {
  const problems: ProfileProblem[] = [];
  const seen = new Set<string>();
  const add = (problem: ProfileProblem): void => {
    if (seen.has(problem.key)) return;
    seen.add(problem.key);
    problems.push(problem);
  };
  for (const issue of issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) add({ code: "profile-unknown-key", key });
      continue;
    }
    const key = String(issue.path[0] ?? "");
    const value = valueAt(input, issue.path);
    if (issue.code === "custom" && SCHEMA_MESSAGE_CODES.includes(issue.message)) {
      const code = issue.message as FailureCode;
      const params = code === "identifier-mismatch" ? { siret: String(input.siret ?? ""), siren: String(input.siren ?? "") } : undefined;
      add({ code, key, value, ...(params && { params }) });
    } else if (value === undefined) {
      add({ code: "missing-profile-value", key });
    } else {
      add({ code: "invalid-profile-value", key, value });
    }
  }
  return problems;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const step of path) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[step];
  }
  return value;
}

/** "legal_name", "LegalName", "legal-name" → "legalName": the key a user most likely meant. */
export function suggestProfileKey(key: string): ProfileKey | undefined {
  const loose = (text: string) => text.toLowerCase().replace(/[^a-z]/g, "");
  return PROFILE_KEYS.find((candidate) => loose(candidate) === loose(key));
}
