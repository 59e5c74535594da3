import type { EligibilityOutcome, ProductReason } from "../eligibility/rules.js";
import type { ChannelRequirement, ReadinessCaution } from "../catalogue/readiness.js";
import type { FailureCode, FindingCode, MessageParams } from "../errors.js";
import type { CostInputName } from "../costs/inputs.js";
import type { CostTexts } from "./costs-catalogue.js";
import type { DossierTexts } from "./dossier-catalogue.js";
import type { SourceTexts } from "./sources-catalogue.js";
import type { WizardTexts } from "./wizard-catalogue.js";

/**
 * One catalogue per language, keyed by the stable codes of `errors.ts` (and UI keys), so that a code
 * never changes with the language and TypeScript refuses a catalogue that misses one.
 */
type Render = (params: MessageParams) => string;

export interface CodeText {
  readonly message: Render;
  readonly hint: Render;
  /** The command that does what the hint says, for the command-line reports only (never the wizard or the dossier). */
  readonly action?: Render;
}

export type UiKey =
  | "reportTitle"
  | "detected"
  | "detectedWorkbook"
  | "line"
  | "sheetLine"
  | "column"
  | "cellAt"
  | "locatedMessage"
  | "hint"
  | "summary"
  | "verdictValid"
  | "verdictInvalid"
  | "verdictStrict"
  | "truncated"
  | "severityError"
  | "severityWarning"
  | "tab"
  | "errorPrefix"
  | "unexpected"
  | "usageUnknownOption"
  | "usageUnknownCommand"
  | "usageMissingArgument"
  | "usageOptionMissingArgument"
  | "usageMissingMandatoryOption"
  | "usageExcessArguments"
  | "usageInvalidArgument"
  | "usageConflictingOption"
  | "usageSuggestion"
  | "labelled"
  | "listSeparator"
  | "progress"
  | "costsTitle"
  | "costsContext"
  | "costsSales"
  | "costsSalesRange"
  | "costsYear"
  | "costsShop"
  | "costsFairs"
  | "costsShopCumulative"
  | "costsFairsCumulative"
  | "costsDifference"
  | "costsDifferenceNote"
  | "costsAmountsNote"
  | "costsPerYear"
  | "costsCumulative"
  | "costsLow"
  | "costsMid"
  | "costsHigh"
  | "costsChartTitle"
  | "costsChartYear"
  | "costsLegendShop"
  | "costsLegendFairs"
  | "costsCheaperFrom"
  | "costsNeverCheaper"
  | "costsCheaperBySales"
  | "costsFromYearShort"
  | "costsNeverShort"
  | "costsBreakEvenShopBelow"
  | "costsBreakEvenFairsBelow"
  | "costsShopAlwaysCheaper"
  | "costsFairsAlwaysCheaper"
  | "costsDeposit"
  | "costsPerOrder"
  | "costsPerContact"
  | "costsDetailShop"
  | "costsDetailFair"
  | "costsLineAnnualFee"
  | "costsLineFeeRefund"
  | "costsLineCommission"
  | "costsLinePaymentFee"
  | "costsLineAgency"
  | "costsLineLogistics"
  | "costsLineMarketing"
  | "costsLineSetup"
  | "costsLineSpace"
  | "costsLineBuild"
  | "costsLineTravel"
  | "costsLineSamples"
  | "costsLinePromotion"
  | "costsLineOther"
  | "costsLineSubsidy"
  | "costsLineTotal"
  | "costsUnsourced"
  | "hintWithAction"
  | "verdictToCorrect"
  | "costsUnsourcedPerson"
  | "costsExplainLine"
  | "costsAssumptionsHint"
  | "costsExplainTitle"
  | "dateUndated"
  | "assumptions"
  | "assumptionCited"
  | "assumptionMinShelfLifeMonths"
  | "assumptionEurCny"
  | "assumptionCbecOrderLimitCny"
  | "assumptionTitleMaxDisplayUnits"
  | "assumptionHighEndCosmeticCnyPerGram"
  | "merchantLabel"
  | "merchantValue"
  | "merchantAdded"
  | "merchantUpdated"
  | "merchantUnchanged"
  | "merchantNone"
  | "profileFileKey"
  | "importTitle"
  | "importDryRun"
  | "colFile"
  | "colStatus"
  | "col_created"
  | "col_updated"
  | "col_unchanged"
  | "col_deleted"
  | "col_rejected"
  | "col_warnings"
  | "colTotal"
  | "statusImported"
  | "statusUnchanged"
  | "statusFailed"
  | "statusDryRun"
  | "importUnchanged"
  | "importRejectsWritten"
  | "importRejectedHint"
  | "rejectReason"
  | "progressFile"
  | "importsEmpty"
  | "importsHeader"
  | "importDetail"
  | "importCounts"
  | "importFailure"
  | "namesEmpty"
  | "namesSheetWritten"
  | "namesApplyNothing"
  | "namesApplied"
  | "namesApplyLeftOut"
  | "namesApplyDryRun"
  | "namesApplyRefused"
  | "namesSheetHeader"
  | "namesSheetName"
  | "namesSheetSkuHeaders"
  | "namesSheetReviewedHeaders"
  | "namesHeader"
  | "nameStatus"
  | "exportTitle"
  | "exportCompleteness"
  | "exportProduct"
  | "exportMissing"
  | "exportRecommended"
  | "exportToConfirm"
  | "exportComplete"
  | "exportCheckOnly"
  | "exportBelowMinimum"
  | "exportAboveMinimum"
  | "exportNoProducts"
  | "exportRefusedMinimum"
  | "exportRefusedDraftNames"
  | "exportRefused"
  | "exportNoneReady"
  | "exportWritten"
  | "exportLeftOut"
  | "exportRate"
  | "eligibilityTitle"
  | "verdict_eligible"
  | "verdict_eligible-with-conditions"
  | "verdict_not-eligible"
  | "andMore"
  | "ruleSource"
  | "nextSteps"
  | "eligibilityUnchanged"
  | "eligibilityChanges"
  | "rulesVersion";

export type HelpKey =
  | "onboardAnswers"
  | "demo"
  | "program"
  | "db"
  | "lang"
  | "noInput"
  | "quiet"
  | "verbose"
  | "version"
  | "helpOption"
  | "helpCommand"
  | "onboard"
  | "validate"
  | "validateFile"
  | "format"
  | "maxErrors"
  | "strict"
  | "encoding"
  | "delimiter"
  | "sheet"
  | "map"
  | "minShelfLife"
  | "costs"
  | "costsPreset"
  | "costsScenario"
  | "costsMerchant"
  | "costsExplain"
  // every cost input has its help under its own name (`--shop-annual-fee` → shopAnnualFee)
  | CostInputName
  | "eurCny"
  | "merchantCommand"
  | "merchantAdd"
  | "merchantList"
  | "merchantShow"
  | "merchantUpdate"
  | "merchantRefArg"
  | "merchantFormat"
  | "merchantFrom"
  | "profileLegalName"
  | "profileSiret"
  | "profileSiren"
  | "profilePostcode"
  | "profileHeadcount"
  | "profileTurnoverEur"
  | "profileBalanceSheetEur"
  | "profileIndependent"
  | "profileBrand"
  | "profileBrands"
  | "profileTrademark"
  | "profileContactName"
  | "profileContactEmail"
  | "profileContactPhone"
  | "import"
  | "importPaths"
  | "merchantRef"
  | "batch"
  | "mode"
  | "dryRun"
  | "rejects"
  | "imports"
  | "importsList"
  | "importsShow"
  | "importId"
  | "names"
  | "namesList"
  | "namesStatus"
  | "namesSheet"
  | "namesSheetOut"
  | "namesSheetStatus"
  | "namesSheetForce"
  | "namesApply"
  | "namesApplyFile"
  | "namesApplyPartial"
  | "formatPrettyJson"
  | "export"
  | "exportChannel"
  | "exportOut"
  | "exportCheck"
  | "exportMinCompleteness"
  | "exportAllowPartial"
  | "exportRequireReviewedNames"
  | "exportForce"
  | "eligibility"
  | "profile"
  | "catalogue"
  | "gate"
  | "dossier"
  | "dossierOut"
  | "dossierForce"
  // commander's own words: its headings and the default an option takes
  | "helpUsage"
  | "helpOptions"
  | "helpCommands"
  | "helpArguments"
  | "helpGlobalOptions"
  | "helpDefault";

/** The names `--help` gives the values of options and arguments (`--db <path>`, `[paths...]`). */
export const PLACEHOLDERS = ["amount", "channel", "char", "command", "dir", "email", "euros", "file", "format", "id", "lang", "list", "manifest", "mapping", "mode", "months", "n", "name", "name|number", "names", "options", "path", "paths", "phone", "postcode", "rate", "ref", "siren", "siret", "staff", "status", "value", "yes|no"] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

export interface MessageCatalogue {
  readonly codes: Readonly<Record<FindingCode | FailureCode, CodeText>>;
  /** Eligibility outcomes (`<rule>.<outcome>`): what was found, and what would change the answer. */
  readonly eligibility: Readonly<Record<EligibilityOutcome, CodeText>>;
  readonly productReasons: Readonly<Record<ProductReason, string>>;
  /** Channel readiness: each requirement as a checklist item, and the conditions to confirm. */
  readonly requirements: Readonly<Record<ChannelRequirement, string>>;
  readonly readinessCautions: Readonly<Record<ReadinessCaution["reason"], string>>;
  /** The HTML dossier (`eprovence dossier`): its own file per language. */
  readonly dossier: DossierTexts;
  /** The wizard (`eprovence onboard`, `eprovence demo`): its own file per language. */
  readonly wizard: WizardTexts;
  /** The sources' titles and notes (`sources.ts`, SOURCES.md): its own file per language. */
  readonly sources: SourceTexts;
  /** The cost comparison's inputs and presets in words: its own file per language. */
  readonly costs: CostTexts;
  /** Command-line help; `%s` is filled by the CLI. */
  readonly help: Readonly<Record<HelpKey, string>>;
  readonly placeholders: Readonly<Record<Placeholder, string>>;
  readonly ui: Readonly<Record<UiKey, Render>>;
}

export const LANGUAGES = ["fr", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

/** The locale each language writes its numbers, amounts and dates in: one table, so no two places differ. */
export const LOCALES: Readonly<Record<Language, string>> = { fr: "fr-FR", en: "en-US" };

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}
