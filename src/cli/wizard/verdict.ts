import { compareVerdicts, evaluateEligibility, type EligibilityResult } from "../../domain/eligibility/evaluate.js";
import { DEFAULT_CATALOGUE_SETTINGS } from "../../domain/settings.js";
import { loadPostcodeDirectory } from "../../io/geo-data.js";
import type { EligibilityReport } from "../../io/reports/eligibility.js";
import { latestVerdict, saveVerdict } from "../../store/documents.js";
import type { Merchant } from "../../store/merchants.js";
import { listProducts } from "../../store/products.js";
import type { WizardContext } from "./context.js";

/**
 * The verdict of `eligibility --merchant` for the session's company and its stored catalogue: the
 * same rules and facts, stored with its date and rules version like the command's, compared with the
 * last one stored.
 */
export function evaluateStoredMerchant(context: WizardContext, merchant: Merchant): EligibilityReport {
  const { db } = context;
  const result = evaluateEligibility(
    {
      identifier: merchant.siret ?? merchant.siren,
      postcode: merchant.postcode,
      headcount: merchant.headcount,
      turnoverCents: merchant.turnoverCents,
      balanceSheetCents: merchant.balanceSheetCents,
      independent: merchant.independent,
      trademark: merchant.trademark,
    },
    listProducts(db, merchant.id),
    { postcodes: loadPostcodeDirectory(), settings: DEFAULT_CATALOGUE_SETTINGS, today: context.now() },
  );
  const previous = latestVerdict<EligibilityResult>(db, merchant.id);
  saveVerdict(db, merchant.id, result, context.now());
  return {
    result,
    subject: merchant.legalName,
    previous: previous === undefined ? undefined : { verdict: previous.result.verdict, evaluatedAt: previous.evaluatedAt, rulesVersion: previous.rulesVersion },
    changes: previous === undefined ? undefined : compareVerdicts(previous.result, result),
  };
}
