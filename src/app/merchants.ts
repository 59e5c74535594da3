import { checkMerchantProfile, checkMerchantProfilePatch } from "../domain/company/profile-problems.js";
import type { MerchantProfile } from "../domain/company/profile.js";
import { EprovenceError } from "../domain/errors.js";
import * as merchants from "../store/merchants.js";
import { countProducts as countStoredProducts } from "../store/products.js";
import type { Merchant } from "../domain/company/merchant.js";
import type { AppDeps } from "./deps.js";
import { assembleProfile, toProfileError, type ProfileRequest } from "./profile-input.js";


/**
 * Company profiles, one per SIREN: added, changed, listed and shown. Every value is checked before
 * anything is written; a wrong value is one exit-2 failure with one sentence per problem.
 */

/** `merchant add`: a full profile (legal name and a SIRET or SIREN); a SIREN already registered is refused. */
export async function addMerchant(deps: AppDeps, request: ProfileRequest): Promise<Merchant> {
  const profile = await assembleProfile(deps, request);
  const check = checkMerchantProfile(profile.values);
  const problems = [...profile.problems, ...(check.isValid ? [] : check.problems)];
  if (!check.isValid || problems.length > 0) throw toProfileError(problems, profile, request, deps);
  const db = await deps.database.open();
  return merchants.addMerchant(db, check.profile, deps.now());
}

/** `merchant update`: only the values given change. */
export async function updateMerchant(deps: AppDeps, ref: string, request: ProfileRequest): Promise<{ readonly before: Merchant; readonly after: Merchant }> {
  const profile = await assembleProfile(deps, request);
  if (Object.keys(profile.values).length === 0 && profile.problems.length === 0) throw new EprovenceError("nothing-to-update", { ref });
  const check = checkMerchantProfilePatch(profile.values);
  const problems = [...profile.problems, ...(check.isValid ? [] : check.problems)];
  if (!check.isValid || problems.length > 0) throw toProfileError(problems, profile, request, deps);
  const db = await deps.database.openIfExists();
  if (db === undefined) throw new EprovenceError("merchant-not-found", { ref });
  const before = merchants.findMerchant(db, ref);
  return { before, after: merchants.updateMerchant(db, before.id, check.profile, deps.now()) };
}

/** Every company, oldest first; a fresh machine (no database yet) has none, and no file is created for it. */
export async function listMerchants(deps: AppDeps): Promise<Merchant[]> {
  const db = await deps.database.openIfExists();
  return db === undefined ? [] : merchants.listMerchants(db);
}

/** One company by its number, SIRET or SIREN. */
export async function findMerchant(deps: AppDeps, ref: string): Promise<Merchant> {
  const db = await deps.database.openIfExists();
  if (db === undefined) throw new EprovenceError("merchant-not-found", { ref });
  return merchants.findMerchant(db, ref);
}

/** A company by its number, or undefined (the wizard's company of an earlier session may be gone). */
export async function getMerchant(deps: AppDeps, id: number): Promise<Merchant | undefined> {
  return merchants.getMerchant(await deps.database.open(), id);
}

/**
 * The wizard's company: added, or updated when this session (`knownId`) or an earlier one already
 * registered its SIREN — the owner who starts over never meets "already registered".
 */
export async function registerCompany(deps: AppDeps, profile: MerchantProfile, knownId: number | undefined): Promise<{ readonly merchant: Merchant; readonly isNew: boolean }> {
  const db = await deps.database.open();
  const identifier = profile.siret ?? profile.siren ?? "";
  let existing: Merchant | undefined;
  try {
    existing = merchants.findMerchant(db, knownId === undefined ? identifier : String(knownId));
  } catch (error) {
    if (!(error instanceof EprovenceError && error.code === "merchant-not-found")) throw error;
  }
  if (existing === undefined) return { merchant: merchants.addMerchant(db, profile, deps.now()), isNew: true };
  return { merchant: merchants.updateMerchant(db, existing.id, profile, deps.now()), isNew: false };
}

/** How many products a company has stored. */
export async function countProducts(deps: AppDeps, merchantId: number): Promise<number> {
  return countStoredProducts(await deps.database.open(), merchantId);
}
