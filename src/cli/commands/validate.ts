import { dirname, join } from "node:path";
import { validateCatalogues, type CatalogueBatch } from "../../app/catalogue.js";
import type { PositiveListRequest } from "../../app/positive-list-file.js";
import { loadProjectConfig, type ProjectConfig } from "../../app/config.js";
import type { Delimiter } from "../../domain/catalogue/delimiters.js";
import { DEFAULT_CATALOGUE_SETTINGS, type CatalogueSettings } from "../../domain/settings.js";
import { writeGithubReport } from "../../io/reports/github.js";
import { writeJsonReport } from "../../io/reports/json.js";
import { writeJsonBatchReport } from "../../io/reports/json-batch.js";
import { writeJunitReport, type FileFailure } from "../../io/reports/junit.js";
import { writePrettyBatchReport, writePrettyReport } from "../../io/reports/pretty.js";
import { writeSarifReport } from "../../io/reports/sarif.js";
import { isSet, parseDelimiterOption, parseEurCny, parseFormat, parseIsoDate, parseMappings, parseSourceText, parseWholeNumber, REPORT_FORMATS } from "../options.js";
import type { Outcome } from "../outcome.js";
import type { CommandContext } from "../program.js";
import { createProgressLine } from "../progress.js";
import { createTextStyle } from "../style.js";

export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The reading and rule options `validate` and `import` share. */
export interface ReadingFlags {
  readonly format: ReportFormat;
  readonly maxErrors: number;
  readonly encoding: string | undefined;
  readonly delimiter: Delimiter | undefined;
  readonly sheet: string | undefined;
  /** `--images DIR`: the products' photos, named by SKU. */
  readonly imagesFolder: string | undefined;
  readonly mapping: Record<string, string>;
  readonly settings: CatalogueSettings;
}

/**
 * `eprovence validate <paths…|->`: "ok" every file valid, "no" one has errors (or warnings with
 * --strict), "failed" one could not be read (the others are still checked and reported). With one
 * file named, a failure throws (2) and the report keeps its one-file shape.
 */
export async function runValidate(paths: readonly string[], options: Record<string, unknown>, context: CommandContext): Promise<Outcome> {
  const { io } = context;
  const config = await readConfigOption(options, context);
  const flags = parseReadingFlags(options, io.now(), config);
  const isStrict = isSet(options.strict) || config?.strict === true;
  const progress = createProgressLine(io, context.t, context.globals().quiet === true);
  const positiveList = parsePositiveListFlags(options, context) ?? positiveListOf(config);
  const batch = await validateCatalogues(context.deps(), { ...flags, paths, isStrict, positiveList, onProgress: progress && ((file, read) => progress.update(read, paths.length > 1 ? file : undefined)) });
  progress?.done();
  io.stdout.write(render(flags.format, batch, isStrict, context));
  if (batch.summary.failed > 0) return "failed";
  return batch.summary.invalid > 0 ? "no" : "ok";
}

/** `--positive-list FILE --positive-list-edition DATE [--positive-list-source TEXT]`: the source is the file's name unless told. */
function parsePositiveListFlags(options: Record<string, unknown>, context: CommandContext): PositiveListRequest | undefined {
  if (typeof options.positiveList !== "string") return undefined;
  const edition = parseIsoDate(options.positiveListEdition, "--positive-list-edition", context.t.ui("dateFormat"));
  const source = options.positiveListSource === undefined ? options.positiveList : parseSourceText(options.positiveListSource, "--positive-list-source", context.t.ui("positiveListSourceText"));
  return { path: options.positiveList, edition, source };
}

function render(format: ReportFormat, batch: CatalogueBatch, isStrict: boolean, context: CommandContext): string {
  const { io, t } = context;
  const results = batch.checks.flatMap((check) => (check.result === undefined ? [] : [check.result]));
  const failures: FileFailure[] = batch.checks.flatMap((check) =>
    check.failure === undefined ? [] : [{ file: check.file, code: check.failure.code, message: `${t.message(check.failure.code, check.failure.params)} ${t.hint(check.failure.code, check.failure.params)}` }],
  );
  const style = () => createTextStyle(io.isStdoutTTY, io.env);
  const [first] = batch.checks;
  if (format === "pretty" || format === "json") {
    if (!batch.isBatch && first?.result !== undefined) {
      return format === "json"
        ? writeJsonReport(first.result, t, first.isValid)
        : writePrettyReport(first.result, t, style(), { isValid: first.isValid, isStrict, audience: "command" });
    }
    return format === "json" ? writeJsonBatchReport(batch.checks, batch.summary, t) : writePrettyBatchReport(batch.checks, batch.summary, t, style(), { isStrict, audience: "command" });
  }
  return {
    junit: () => writeJunitReport(results, t, "eprovence validate", failures),
    github: () => writeGithubReport(results, t, failures),
    sarif: () => writeSarifReport(results, t, context.toolVersion, failures),
  }[format]();
}

/** `--config PATH`, `--no-config`, else the settings file found from the working folder up. */
export function readConfigOption(options: Record<string, unknown>, context: CommandContext): Promise<ProjectConfig | undefined> {
  const given = options.config === false ? false : typeof options.config === "string" ? options.config : undefined;
  return loadProjectConfig(context.deps(), given);
}

/** The flags, over the settings file's values, over the defaults. */
export function parseReadingFlags(options: Record<string, unknown>, today: Date, config?: ProjectConfig): ReadingFlags {
  return {
    format: parseFormat(options.format, REPORT_FORMATS),
    maxErrors: options.maxErrors === undefined ? (config?.maxErrors ?? 1000) : parseWholeNumber(options.maxErrors, "--max-errors", { min: 0 }),
    encoding: typeof options.encoding === "string" ? options.encoding : undefined,
    delimiter: parseDelimiterOption(options.delimiter),
    sheet: typeof options.sheet === "string" ? options.sheet : config?.sheet,
    imagesFolder: typeof options.images === "string" ? options.images : undefined,
    mapping: { ...config?.mappings, ...parseMappings(options.map) },
    settings: parseSettingOverrides(options, today, config),
  };
}

/**
 * `--min-shelf-life` and `--eur-cny` replace a default (or the settings file's value); the report then
 * cites the option and the day, or the file, its key and the date it gives.
 */
function parseSettingOverrides(options: Record<string, unknown>, today: Date, config: ProjectConfig | undefined): CatalogueSettings {
  const date = today.toISOString().slice(0, 10);
  let settings = DEFAULT_CATALOGUE_SETTINGS;
  if (config?.minShelfLifeMonths !== undefined) settings = { ...settings, minShelfLifeMonths: { ...settings.minShelfLifeMonths, ...config.minShelfLifeMonths } };
  if (config?.eurToCny !== undefined) settings = { ...settings, eurCny: { ...settings.eurCny, ...config.eurToCny } };
  if (options.minShelfLife !== undefined) {
    const months = parseWholeNumber(options.minShelfLife, "--min-shelf-life", { min: 0 });
    settings = { ...settings, minShelfLifeMonths: { ...settings.minShelfLifeMonths, value: months, source: { from: "option", option: "--min-shelf-life" }, date } };
  }
  if (options.eurCny !== undefined) {
    const rate = parseEurCny(options.eurCny);
    settings = { ...settings, eurCny: { ...settings.eurCny, value: rate, source: { from: "option", option: "--eur-cny" }, date } };
  }
  return settings;
}

/** The settings file's positive list: its file found beside the settings file, its source the file's name unless told. */
function positiveListOf(config: ProjectConfig | undefined): PositiveListRequest | undefined {
  const given = config?.positiveList;
  if (config === undefined || given === undefined) return undefined;
  return { path: join(dirname(config.path), given.file), edition: given.edition, source: given.source ?? given.file };
}
