import type { ChannelRequirement, ReadinessCaution } from "../catalogue/readiness.js";
import type { EligibilityOutcome, ProductReason } from "../eligibility/rules.js";
import type { FailureCode, FindingCode, MessageParams } from "../errors.js";
import type { SourceId, SourceRef } from "../sources.js";
import type { HelpKey, Language, MessageCatalogue, UiKey } from "./catalogue.js";
import type { DossierKey } from "./dossier-catalogue.js";
import { citeSource } from "./sources-catalogue.js";
import type { WizardKey } from "./wizard-catalogue.js";

/**
 * The Translator reads one language's catalogue. Kept apart from the catalogues themselves so that
 * the CLI loads only the language it speaks (both weigh ~140 KB of start-up for a CI job).
 */
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
  /** A source's title in this language (SOURCES.md lists them all). */
  source(id: SourceId): string;
  /** Where a value or a rule comes from, in words: its sources' titles and note, or what the user gave. */
  cite(ref: SourceRef): string;
}

export function translatorFor(language: Language, catalogue: MessageCatalogue): Translator {
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
    source: (id) => catalogue.sources.titles[id],
    cite: (ref) => citeSource(ref, catalogue.sources),
  };
}
