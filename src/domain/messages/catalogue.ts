import type { FailureCode, FindingCode, MessageParams } from "../errors.js";

/**
 * One catalogue per language, keyed by the stable codes of `errors.ts` (and UI keys), so that a code
 * never changes with the language and TypeScript refuses a catalogue that misses one.
 */
type Render = (params: MessageParams) => string;

export interface CodeText {
  readonly message: Render;
  readonly hint: Render;
}

export type UiKey =
  | "reportTitle"
  | "detected"
  | "line"
  | "column"
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
  | "commandsSoon"
  | "progress"
  | "assumptions";

export type HelpKey =
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
  | "map"
  | "minShelfLife"
  | "eurCny";

export interface MessageCatalogue {
  readonly codes: Readonly<Record<FindingCode | FailureCode, CodeText>>;
  /** Command-line help; `%s` is filled by the CLI. */
  readonly help: Readonly<Record<HelpKey, string>>;
  readonly ui: Readonly<Record<UiKey, Render>>;
}

export const LANGUAGES = ["fr", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}
