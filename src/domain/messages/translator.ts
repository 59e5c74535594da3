import type { LabelField } from "../catalogue/e-label.js";
import type { ChannelRequirement, ReadinessCaution } from "../catalogue/readiness.js";
import type { EligibilityOutcome, ProductReason } from "../eligibility/rules.js";
import type { FailureCode, FindingCode, MessageParams } from "../errors.js";
import { NO_DATE, UNDATED, type SourceId, type SourceRef } from "../sources.js";
import type { CostInputName, Currency } from "../costs/inputs.js";
import type { PresetName } from "../costs/presets.js";
import { LOCALES, type HelpKey, type Language, type MessageCatalogue, type Placeholder, type UiKey } from "./catalogue.js";
import type { DossierKey } from "./dossier-catalogue.js";
import { escapeControlCharacters } from "../control-characters.js";
import { fieldDefinition, type FieldName } from "../catalogue/fields.js";
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
  /** The flag or command that does what a code's hint says, when there is one (command-line reports only). */
  action(code: FindingCode | FailureCode, params?: MessageParams): string | undefined;
  ui(key: UiKey, params?: MessageParams): string;
  help(key: HelpKey, fill?: string): string;
  /** `--db <path>` → `--db <chemin>`: the name `--help` gives a value, in this language (unknown names as they are). */
  placeholder(name: string): string;
  outcome(key: EligibilityOutcome, figures?: MessageParams): string;
  outcomeHint(key: EligibilityOutcome, figures?: MessageParams): string;
  /** The command that does what an outcome's hint says, when there is one (command-line reports only). */
  outcomeAction(key: EligibilityOutcome): string | undefined;
  productReason(reason: ProductReason): string;
  requirement(key: ChannelRequirement): string;
  readinessCaution(reason: ReadinessCaution["reason"]): string;
  labelField(field: LabelField): string;
  dossier(key: DossierKey, params?: MessageParams): string;
  wizard(key: WizardKey, params?: MessageParams): string;
  /** A catalogue column as a spreadsheet of this language heads it (« Poids net (g) », "Net weight (g)"). */
  columnName(field: FieldName): string;
  /** A number as this language writes it: 7,5554 and 5 000 in French, 7.5554 and 5,000 in English. */
  number(value: number, maxDecimals?: number, minDecimals?: number): string;
  /** Euros with their sign, cents only when there are some: « 500 000 € », « 4,90 € »; "€500,000", "€4.90". */
  euros(euros: number): string;
  /**
   * A calendar date in words: `2026-12-01` « 1er décembre 2026 », "December 1, 2026"; `2017-05` « mai 2017 »;
   * a figure without a date « non daté »; none for a value no source gives (""); other text as it is.
   */
  date(isoDate: string): string;
  /** A moment (`2026-12-01T21:42:05Z`) in words, in UTC: « 1er décembre 2026 à 21 h 42 (UTC) », "December 1, 2026, 21:42 UTC". */
  dateTime(isoTimestamp: string): string;
  /** A cost input as a person names it (« Frais de service annuels de la boutique »). */
  costInput(name: CostInputName): string;
  /** A cost input's value with its unit, in natural units (euros, %, m²): « 10 000 € par an », « 3 % des ventes ». */
  costValue(name: CostInputName, value: number, currency?: Currency): string;
  /** A cost preset's name (« devis CCI Marseille Provence – Alibaba de 2017 »). */
  preset(name: PresetName): string;
  /** A source's title in this language (SOURCES.md lists them all). */
  source(id: SourceId): string;
  /** Where a value or a rule comes from, in words: its sources' titles and note, or what the user gave. */
  cite(ref: SourceRef): string;
}

/**
 * The values a message quotes come from users' files and flags: their control characters are shown
 * escaped (`\x1b`), so that no text eprovence writes — on a terminal, in a report or a dossier — carries
 * an escape sequence. Line breaks stay: some messages list one problem a line.
 */
function safe(params: MessageParams): MessageParams {
  let escaped: Record<string, string | number> | undefined;
  for (const [key, value] of Object.entries(params)) {
    if (typeof value !== "string") continue;
    const shown = escapeControlCharacters(value, { keepLineBreaks: true });
    if (shown !== value) (escaped ??= { ...params })[key] = shown;
  }
  return escaped ?? params;
}


function dateInWords(isoDate: string, language: Language): string {
  const month = /^(\d{4})-(\d{2})$/.exec(isoDate);
  if (month !== null) {
    const date = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
    return new Intl.DateTimeFormat(LOCALES[language], { month: "long", year: "numeric", timeZone: "UTC" }).format(date);
  }
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (parts === null) return isoDate;
  const date = new Date(Date.UTC(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3])));
  const words = new Intl.DateTimeFormat(LOCALES[language], { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(date);
  // French writes the first day of a month as an ordinal: « 1er décembre », then « 2 décembre »
  return language === "fr" ? words.replace(/^1 /, "1er ") : words;
}

export function translatorFor(language: Language, catalogue: MessageCatalogue): Translator {
  const number = (value: number, maxDecimals = 4, minDecimals = 0): string =>
    new Intl.NumberFormat(LOCALES[language], { minimumFractionDigits: minDecimals, maximumFractionDigits: maxDecimals }).format(value);
  return {
    language,
    message: (code, params = {}) => catalogue.codes[code].message(safe(params)),
    hint: (code, params = {}) => catalogue.codes[code].hint(safe(params)),
    action: (code, params = {}) => catalogue.codes[code].action?.(safe(params)),
    ui: (key, params = {}) => catalogue.ui[key](safe(params)),
    help: (key, fill = "") => catalogue.help[key].replace("%s", fill),
    placeholder: (name) => (Object.hasOwn(catalogue.placeholders, name) ? catalogue.placeholders[name as Placeholder] : name),
    outcome: (key, figures = {}) => catalogue.eligibility[key].message(safe(figures)),
    outcomeHint: (key, figures = {}) => catalogue.eligibility[key].hint(safe(figures)),
    outcomeAction: (key) => catalogue.eligibility[key].action?.({}),
    productReason: (reason) => catalogue.productReasons[reason],
    requirement: (key) => catalogue.requirements[key],
    readinessCaution: (reason) => catalogue.readinessCautions[reason],
    labelField: (field) => catalogue.labelFields[field],
    dossier: (key, params = {}) => catalogue.dossier[key](safe(params)),
    wizard: (key, params = {}) => catalogue.wizard[key](safe(params)),
    columnName: (field) => {
      const { frenchHeaders, englishHeaders } = fieldDefinition(field);
      return (language === "fr" ? frenchHeaders[0] : englishHeaders[0]) ?? field;
    },
    number,
    euros: (euros) => {
      const digits = Number.isInteger(Math.round(euros * 100) / 100) ? 0 : 2;
      return new Intl.NumberFormat(LOCALES[language], { style: "currency", currency: "EUR", minimumFractionDigits: digits, maximumFractionDigits: digits }).format(euros);
    },
    date: (isoDate) => (isoDate === NO_DATE ? "" : isoDate === UNDATED ? catalogue.ui.dateUndated({}) : dateInWords(isoDate, language)),
    dateTime: (isoTimestamp) => {
      const [day = "", time = ""] = isoTimestamp.split("T");
      const [hours = "", minutes = ""] = time.split(":");
      if (!/^\d{2}$/.test(hours) || !/^\d{2}$/.test(minutes)) return isoTimestamp;
      return language === "fr" ? `${dateInWords(day, language)} à ${hours} h ${minutes} (UTC)` : `${dateInWords(day, language)}, ${hours}:${minutes} UTC`;
    },
    costInput: (name) => catalogue.costs.inputs[name].label,
    costValue: (name, value, currency) => {
      return catalogue.costs.inputs[name].value({ amount: number(value), value, currency: currency === undefined ? "" : currency === "EUR" ? "€" : "CNY" });
    },
    preset: (name) => catalogue.costs.presets[name],
    source: (id) => catalogue.sources.titles[id],
    cite: (ref) => citeSource(ref, catalogue.sources),
  };
}
