import { writeEligibilityPretty } from "../../../io/reports/eligibility.js";
import { countProducts } from "../../../store/products.js";
import type { WizardStep } from "../context.js";
import { evaluateStoredMerchant } from "../../stored-eligibility.js";

/** The verdict, rule by rule, then what it means in plain words. Asks nothing. */
export const eligibilityStep: WizardStep = {
  id: "eligibility",
  async run(context) {
    const { t } = context;
    const merchant = context.merchant();
    const report = evaluateStoredMerchant(context.db, merchant, context.now());
    context.out(writeEligibilityPretty(report, t, context.style));
    context.out(t.wizard("verdictExplained", { verdict: report.result.verdict }));
    if (countProducts(context.db, merchant.id) === 0) context.out(context.style.dim(t.wizard("productRulesLater")));
    context.saveResults({ verdict: report.result.verdict });
  },
};
