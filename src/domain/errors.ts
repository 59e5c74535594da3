/**
 * Codes. Findings (things wrong with the data: a value, not an exception) and failures (the job could
 * not be done: exit 2) share one namespace of stable kebab-case codes that never change with the
 * language; messages in every language are keyed by them (src/domain/messages). Finding codes and
 * their severities come from the catalogue rule table (src/domain/catalogue/rules); failures are here.
 */

export type { FindingCode } from "./catalogue/rules/index.js";
export type Severity = "error" | "warning";

/** Failures: the command could not do its job. Each maps to exit code 2 in cli/main. */
export const FAILURE_CODES = [
  "usage",
  "unknown-command",
  "file-not-found",
  // product photos: the folder of --images; a stored picture the export finds gone or changed
  "images-folder-not-found",
  "stored-picture-missing",
  "stored-picture-altered",
  "file-unreadable",
  "file-empty",
  "file-binary",
  // workbooks (.xlsx, .ods): refused as ordinary input, exit 2
  "workbook-unreadable",
  "workbook-old-or-encrypted",
  "workbook-too-large",
  "sheet-too-large",
  "sheet-not-found",
  // import: a device (/dev/zero, a terminal) is never read; a pipe is copied up to a limit
  "file-device",
  "stream-too-large",
  "unknown-encoding",
  "invalid-delimiter",
  "invalid-mapping",
  "invalid-option",
  // costs: a --scenario file, and --merchant until the store can save a scenario.
  "invalid-scenario",
  "unknown-scenario-key",
  "invalid-scenario-value",
  // the project's settings file (eprovence.config.yaml or .json)
  "config-invalid",
  "unknown-config-key",
  "invalid-config-value",
  "database-missing",
  "database-not-sqlite",
  "database-too-new",
  "database-locked",
  "database-read-only",
  "database-unwritable",
  "disk-full",
  "invalid-profile",
  "invalid-profile-value",
  "missing-profile-value",
  "profile-control-character",
  "profile-unknown-key",
  "profile-invalid-json",
  "profile-not-object",
  "identifier-required",
  "identifier-format",
  "identifier-check-digit",
  "identifier-mismatch",
  "merchant-exists",
  "merchant-not-found",
  "nothing-to-update",
  "no-csv-in-folder",
  "invalid-manifest",
  "no-import-source",
  "merchant-required",
  "file-malformed",
  "import-not-found",
  "eligibility-subject",
  // onboard: the wizard without a terminal, and its answers file
  "onboard-no-terminal",
  "missing-answers",
  "unknown-answer-key",
  "invalid-answer",
  // a wizard answer typed at the terminal that is not what the question asks (asked again, never exit 2)
  "answer-not-understood",
  "answers-file-invalid",
  "file-too-complex",
  "unknown-channel",
  // files written for the user (export, dossier, rejects, the wizard's CSVs)
  "output-required",
  "output-exists",
  "names-sheet-unreadable",
  "sku-not-found",
  "names-sheet-columns",
  "output-unwritable",
  // merchant import: a file of companies, and the reasons a row of it is rejected
  "merchant-file-unreadable",
  "merchant-file-not-array",
  "merchant-file-no-rows",
  "merchant-file-columns",
  "merchant-file-not-object",
  "merchant-file-duplicate-siren",
  // data positive-list import: the consultant's copy of the official list
  "positive-list-no-code-column",
  "positive-list-invalid-code",
] as const;

export type FailureCode = (typeof FAILURE_CODES)[number];

export type MessageParams = Readonly<Record<string, string | number>>;

/** A "could not do the job" error: carries its code and the context the message needs. */
export class EprovenceError extends Error {
  constructor(
    readonly code: FailureCode,
    readonly params: MessageParams = {},
  ) {
    super(code);
    this.name = "EprovenceError";
  }
}
