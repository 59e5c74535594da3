import { createWriteStream, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { pipeline } from "node:stream/promises";
import { EprovenceError } from "../../domain/errors.js";
import { expandPaths, readBatchManifest, type ImportSource } from "../../io/import-sources.js";
import { renderFinding } from "../../io/reports/render.js";
import { writeGithubReport } from "../../io/reports/github.js";
import { writeImportJson, writeImportPretty } from "../../io/reports/import-summary.js";
import { writeJunitReport, type FileFailure } from "../../io/reports/junit.js";
import { writeSarifReport } from "../../io/reports/sarif.js";
import type { ValidationResult } from "../../io/validate-catalogue.js";
import { IMPORT_MODES, type ImportMode } from "../../store/products.js";
import { openCommandDatabase } from "../database.js";
import { EXIT, type ExitCode } from "../errors.js";
import { importBatch, type FileOutcome } from "../import/run-import.js";
import type { CommandContext } from "../program.js";
import { createProgressLine } from "../progress.js";
import { createTextStyle } from "../style.js";
import { parseValidateFlags } from "./validate.js";

/**
 * `eprovence import <paths…> --merchant <ref>` or `--batch manifest.csv`. Exit 0 when every row
 * landed, 1 when some rows were rejected (the rest landed), 2 when a file could not be imported.
 */
export async function runImport(paths: readonly string[], options: Record<string, unknown>, context: CommandContext): Promise<ExitCode> {
  const { io, t } = context;
  const flags = parseValidateFlags(options, io.now());
  const mode = parseMode(options.mode);
  const isDryRun = options.dryRun === true;
  const spooled = paths.includes("-") ? await spoolStdin(context) : undefined;
  try {
    const sources = await collectSources(paths, options, context, spooled?.path);
    const rejectsPath = typeof options.rejects === "string" ? resolve(io.cwd, options.rejects) : undefined;
    if (rejectsPath !== undefined && sources.length > 1) mkdirSync(rejectsPath, { recursive: true });
    // No database means no company to import for: say "add the company first" rather than create an
    // empty file (a dry run, above all, must leave no trace).
    const db = await openCommandDatabase(context, { mustExist: true });
    const progress = createProgressLine(io, t, context.globals().quiet === true);
    try {
      const outcomes = await importBatch(db, sources, {
        mode,
        isDryRun,
        rejectsPath: (source) =>
          rejectsPath === undefined ? undefined : sources.length > 1 ? join(rejectsPath, `${basename(source, ".csv")}.rejects.csv`) : rejectsPath,
        mapping: flags.mapping,
        maxErrors: flags.maxErrors,
        encoding: flags.encoding,
        delimiter: flags.delimiter,
        settings: flags.settings,
        now: io.now,
        stdin: io.stdin,
        describe: (finding) => `${renderFinding(finding, t).message} [${finding.code}]`,
        rejectReasonHeader: t.ui("rejectReason"),
        listSeparator: t.ui("listSeparator"),
        onProgress: progress && ((file, read) => progress.update(read, file)),
      });
      progress?.done();
      const shown = spooled === undefined ? outcomes : outcomes.map((outcome) => (outcome.file === spooled.path ? { ...outcome, file: "-" } : outcome));
      io.stdout.write(render(flags.format, shown, { mode, isDryRun }, context));
      if (shown.some((outcome) => outcome.status === "failed")) return EXIT.failed;
      return shown.some((outcome) => outcome.rejected > 0) ? EXIT.no : EXIT.ok;
    } finally {
      db.close();
    }
  } finally {
    spooled?.remove();
  }
}

function parseMode(value: unknown): ImportMode {
  const mode = String(value ?? "upsert");
  if (!(IMPORT_MODES as readonly string[]).includes(mode)) {
    throw new EprovenceError("invalid-option", { option: "--mode", value: mode, expected: IMPORT_MODES.join(", ") });
  }
  return mode as ImportMode;
}

async function collectSources(paths: readonly string[], options: Record<string, unknown>, context: CommandContext, stdinPath: string | undefined): Promise<ImportSource[]> {
  const merchantRef = typeof options.merchant === "string" ? options.merchant : undefined;
  const sources: ImportSource[] = [];
  if (typeof options.batch === "string") sources.push(...(await readBatchManifest(options.batch, context.io.cwd)));
  const files = paths.filter((path) => path !== "-");
  if (paths.length > 0 && merchantRef === undefined) {
    throw new EprovenceError("merchant-required", {});
  }
  if (merchantRef !== undefined) {
    for (const path of await expandPaths(files, context.io.cwd)) sources.push({ path, merchantRef });
    if (stdinPath !== undefined) sources.push({ path: stdinPath, merchantRef });
  }
  if (sources.length === 0) throw new EprovenceError("no-import-source", {});
  return sources;
}

/** `-`: standard input is copied to a temporary file first (the import hashes and reads it twice). */
async function spoolStdin(context: CommandContext): Promise<{ path: string; remove(): void }> {
  const folder = mkdtempSync(join(tmpdir(), "eprovence-stdin-"));
  const path = join(folder, "stdin.csv");
  await pipeline(context.io.stdin, createWriteStream(path));
  return { path, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

function render(format: string, outcomes: readonly FileOutcome[], run: { mode: ImportMode; isDryRun: boolean }, context: CommandContext): string {
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
