import { importCatalogues, IMPORT_MODES, type FileOutcome, type ImportMode } from "../../app/import-catalogues.js";
import type { ValidationResult } from "../../app/catalogue.js";
import { writeGithubReport } from "../../io/reports/github.js";
import { writeImportJson, writeImportPretty } from "../../io/reports/import-summary.js";
import { writeJunitReport, type FileFailure } from "../../io/reports/junit.js";
import { writeSarifReport } from "../../io/reports/sarif.js";
import { isSet, parseChoice, readMerchantRef, readPath } from "../options.js";
import type { Outcome } from "../outcome.js";
import type { CommandContext } from "../program.js";
import { createProgressLine } from "../progress.js";
import { createTextStyle } from "../style.js";
import { parseReadingFlags, readConfigOption, type ReportFormat } from "./validate.js";

/**
 * `eprovence import <paths…> --merchant <ref>` or `--batch manifest.csv`: "ok" when every row landed,
 * "no" when some rows were rejected (the rest landed), "failed" when a file could not be imported.
 */
export async function runImport(paths: readonly string[], options: Record<string, unknown>, context: CommandContext): Promise<Outcome> {
  const { io, t } = context;
  const flags = parseReadingFlags(options, io.now(), await readConfigOption(options, context));
  const mode = parseChoice(options.mode ?? "upsert", "--mode", IMPORT_MODES);
  const isDryRun = isSet(options.dryRun);
  const progress = createProgressLine(io, t, context.globals().quiet === true);
  const outcomes = await importCatalogues(context.deps(), {
    ...flags,
    paths,
    batchManifest: readPath(options.batch),
    merchantRef: readMerchantRef(options.merchant),
    mode,
    isDryRun,
    rejects: readPath(options.rejects),
    onProgress: progress && ((file, read) => progress.update(read, file)),
  });
  progress?.done();
  io.stdout.write(render(flags.format, outcomes, { mode, isDryRun }, context));
  if (outcomes.some((outcome) => outcome.status === "failed")) return "failed";
  return outcomes.some((outcome) => outcome.rejected > 0) ? "no" : "ok";
}

function render(format: ReportFormat, outcomes: readonly FileOutcome[], run: { mode: ImportMode; isDryRun: boolean }, context: CommandContext): string {
  const { t, io } = context;
  const results = outcomes.flatMap((outcome) => (outcome.validation === undefined ? [] : [relabel(outcome.validation, outcome.file)]));
  const failures: FileFailure[] = outcomes.flatMap((outcome) =>
    outcome.failure === undefined
      ? []
      : [{ file: outcome.file, code: outcome.failure.code, message: `${t.message(outcome.failure.code, outcome.failure.params)} ${t.hint(outcome.failure.code, outcome.failure.params)}` }],
  );
  switch (format) {
    case "json":
      return writeImportJson(outcomes, run);
    case "junit":
      return writeJunitReport(results, t, "eprovence import", failures);
    case "github":
      return writeGithubReport(results, t, failures);
    case "sarif":
      return writeSarifReport(results, t, context.toolVersion, failures);
    default:
      return writeImportPretty(outcomes, run, t, createTextStyle(io.isStdoutTTY, io.env));
  }
}

function relabel(result: ValidationResult, file: string): ValidationResult {
  return result.file === file ? result : { ...result, file };
}
