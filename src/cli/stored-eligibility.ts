import type { Database } from "better-sqlite3";
import { compareVerdicts, evaluateEligibility, type CompanyFacts, type EligibilityResult } from "../domain/eligibility/evaluate.js";
import { DEFAULT_CATALOGUE_SETTINGS } from "../domain/settings.js";
import { loadPostcodeDirectory } from "../io/geo-data.js";
import type { EligibilityReport } from "../io/reports/eligibility.js";
import { latestVerdict, saveVerdict } from "../store/documents.js";
import type { Merchant } from "../store/merchants.js";
import { listProducts } from "../store/products.js";

/** A stored company as the eligibility rules read it. */
export function companyFactsOf(merchant: Merchant): CompanyFacts {
  return {
    identifier: merchant.siret ?? merchant.siren,
    postcode: merchant.postcode,
    headcount: merchant.headcount,
    turnoverCents: merchant.turnoverCents,
    balanceSheetCents: merchant.balanceSheetCents,
    independent: merchant.independent,
    trademark: merchant.trademark,
  };
}

/**
 * The verdict for a stored company and its stored catalogue (`eligibility --merchant`, the wizard):
 * stored with its date and rules version, and compared with the last one stored.
 */
export function evaluateStoredMerchant(db: Database, merchant: Merchant, now: Date): EligibilityReport {
  const result = evaluateEligibility(companyFactsOf(merchant), listProducts(db, merchant.id), {
    postcodes: loadPostcodeDirectory(),
    settings: DEFAULT_CATALOGUE_SETTINGS,
    today: now,
  });
  const previous = latestVerdict<EligibilityResult>(db, merchant.id);
  saveVerdict(db, merchant.id, result, now);
  return {
    result,
    subject: merchant.legalName,
    previous: previous === undefined ? undefined : { verdict: previous.result.verdict, evaluatedAt: previous.evaluatedAt, rulesVersion: previous.rulesVersion },
    changes: previous === undefined ? undefined : compareVerdicts(previous.result, result),
  };
}
