import { evaluateMerchant } from "../../../app/eligibility.js";
import { countProducts } from "../../../app/merchants.js";
import { writeEligibilityPretty } from "../../../io/reports/eligibility.js";
import type { WizardStep } from "../context.js";

/** The verdict, rule by rule, then what it means in plain words. Asks nothing. */
export const eligibilityStep: WizardStep = {
  id: "eligibility",
  async run(context) {
    const { t } = context;
    const merchant = await context.merchant();
    const report = await evaluateMerchant(context.deps, String(merchant.id));
    context.out(writeEligibilityPretty(report, t, context.style, "person"));
    context.out(t.wizard("verdictExplained", { verdict: report.result.verdict }));
    if ((await countProducts(context.deps, merchant.id)) === 0) context.out(context.style.dim(t.wizard("productRulesLater")));
    context.saveResults({ verdict: report.result.verdict });
  },
};
