import { registerCompany } from "../../../app/merchants.js";
import type { Merchant } from "../../../domain/company/merchant.js";
import { checkMerchantProfile } from "../../../domain/company/profile-problems.js";
import type { ProfileKey } from "../../../domain/company/profile-problems.js";
import type { MerchantProfile } from "../../../domain/company/profile.js";
import { formatMerchantCard } from "../../merchant-output.js";
import { invalidAnswer } from "../answers-file.js";
import type { Question, WizardContext, WizardStep } from "../context.js";
import { COMPANY_KEYS, findAnswerKey, isBlank, type Parsed } from "../keys.js";

/**
 * The company profile, one question per key of `merchant add --from`, each answer checked as it is
 * typed by the same schema, then the whole profile (a SIRET or a SIREN, both matching) before it is
 * saved — added, or updated when the company (its SIREN) is already registered.
 */
export const companyStep: WizardStep = {
  id: "company",
  async run(context) {
    const { t } = context;
    for (;;) {
      const profile: Record<string, unknown> = {};
      for (const key of COMPANY_KEYS) {
        // A SIRET gives the SIREN: the SIREN is only ever read from an answers file, and then the SIRET
        // is not asked for (but taken when given, to be checked against it).
        if (key === "siret" && !isBlank(context.known("company.siren")) && context.known("company.siret") === undefined) continue;
        const value = await context.ask(companyQuestion(context, key));
        if (value !== null) profile[key] = value;
      }
      const check = checkMerchantProfile(profile);
      if (check.isValid) {
        const merchant = await saveCompany(context, check.profile);
        context.setMerchant(merchant.id);
        context.out(formatMerchantCard(merchant, t, context.style));
        return;
      }
      // A whole-profile problem (no identifier, SIRET and SIREN that do not match): the keys at fault
      // are asked again at the terminal; an answers file is refused by name.
      const keys = check.problems.map((problem) => `company.${problem.key}`);
      const fromFile = keys.find((key) => context.isFromFile(key)) ?? (context.isInteractive ? undefined : keys[0]);
      const [first] = check.problems;
      if (fromFile !== undefined && first !== undefined) {
        throw invalidAnswer(fromFile, { code: first.code, params: { key: first.key, value: String(profile[first.key] ?? ""), ...first.params } }, context.answersPath ?? "", t);
      }
      for (const problem of check.problems) {
        context.note(context.style.error(`✖ ${t.message(problem.code, { key: problem.key, field: t.ui("merchantLabel", { field: problem.key }), value: String(profile[problem.key] ?? ""), ...problem.params })}`));
      }
      context.forget([...keys, "company.siret", "company.siren"]);
    }
  },
};

function companyQuestion(context: WizardContext, key: ProfileKey): Question {
  const { t } = context;
  const answerKey = `company.${key}`;
  const definition = findAnswerKey(answerKey);
  const rule = (raw: unknown): Parsed => {
    if (definition === undefined) throw new Error(`no rule for ${answerKey}`);
    // At the terminal a SIRET is required (the SIREN comes from it).
    if (key === "siret" && isBlank(raw)) return { isValid: false, problem: { code: "missing-profile-value", params: { key, field: answerKey } } };
    return definition.parse(raw, { base: context.cwd });
  };
  const message = t.wizard("askCompany", { key });
  const label = t.ui("merchantLabel", { field: key });
  switch (key) {
    case "independent":
      return { key: answerKey, kind: "confirm", message, label, default: true, parse: rule };
    case "trademark":
      return {
        key: answerKey,
        kind: "select",
        message,
        label,
        parse: rule,
        choices: (["registered", "pending", "none"] as const).map((value) => ({ value, name: t.ui("merchantValue", { value }) })),
      };
    case "siren":
      // Never asked at the terminal: a SIRET gives it.
      return { key: answerKey, kind: "input", message, label, parse: rule, isPrompted: false };
    default:
      return { key: answerKey, kind: "input", message, label, parse: rule };
  }
}

/** Adds the company, or updates it when this session (or an earlier one) already registered its SIREN. */
async function saveCompany(context: WizardContext, profile: MerchantProfile): Promise<Merchant> {
  const { t } = context;
  const known = context.session().results.merchantId;
  const { merchant, isNew } = await registerCompany(context.deps, profile, typeof known === "number" ? known : undefined);
  context.note(isNew ? t.ui("merchantAdded", { id: merchant.id, legalName: merchant.legalName }) : t.wizard("companyUpdated", { id: merchant.id, legalName: merchant.legalName }));
  return merchant;
}
