import type { ChannelRequirement, ReadinessCaution } from "../catalogue/readiness.js";
import type { EligibilityOutcome, ProductReason } from "../eligibility/rules.js";
import type { FailureCode, FindingCode, MessageParams } from "../errors.js";
import type { HelpKey, Language, MessageCatalogue, UiKey } from "./catalogue.js";
import type { DossierKey } from "./dossier-catalogue.js";
import type { WizardKey } from "./wizard-catalogue.js";
import { en } from "./en.js";
import { fr } from "./fr.js";

export { isLanguage, LANGUAGES, type Language } from "./catalogue.js";

const catalogues: Readonly<Record<Language, MessageCatalogue>> = { fr, en };

export interface Translator {
  readonly language: Language;
  message(code: FindingCode | FailureCode, params?: MessageParams): string;
  hint(code: FindingCode | FailureCode, params?: MessageParams): string;
  ui(key: UiKey, params?: MessageParams): string;
  help(key: HelpKey, fill?: string): string;
  outcome(key: EligibilityOutcome, figures?: MessageParams): string;
  outcomeHint(key: EligibilityOutcome, figures?: MessageParams): string;
  productReason(reason: ProductReason): string;
  requirement(key: ChannelRequirement): string;
  readinessCaution(reason: ReadinessCaution["reason"]): string;
  dossier(key: DossierKey, params?: MessageParams): string;
  wizard(key: WizardKey, params?: MessageParams): string;
}

export function createTranslator(language: Language): Translator {
  const catalogue = catalogues[language];
  return {
    language,
    message: (code, params = {}) => catalogue.codes[code].message(params),
    hint: (code, params = {}) => catalogue.codes[code].hint(params),
    ui: (key, params = {}) => catalogue.ui[key](params),
    help: (key, fill = "") => catalogue.help[key].replace("%s", fill),
    outcome: (key, figures = {}) => catalogue.eligibility[key].message(figures),
    outcomeHint: (key, figures = {}) => catalogue.eligibility[key].hint(figures),
    productReason: (reason) => catalogue.productReasons[reason],
    requirement: (key) => catalogue.requirements[key],
    readinessCaution: (reason) => catalogue.readinessCautions[reason],
    dossier: (key, params = {}) => catalogue.dossier[key](params),
    wizard: (key, params = {}) => catalogue.wizard[key](params),
  };
}
