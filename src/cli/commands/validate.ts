import { validateCatalogue } from "../../app/catalogue.js";
import type { Delimiter } from "../../domain/catalogue/delimiters.js";
import { DEFAULT_CATALOGUE_SETTINGS, type CatalogueSettings } from "../../domain/settings.js";
import { writeGithubReport } from "../../io/reports/github.js";
import { writeJsonReport } from "../../io/reports/json.js";
import { writeJunitReport } from "../../io/reports/junit.js";
import { writePrettyReport } from "../../io/reports/pretty.js";
import { writeSarifReport } from "../../io/reports/sarif.js";
import { isSet, parseDelimiterOption, parseEurCny, parseFormat, parseMappings, parseWholeNumber, REPORT_FORMATS } from "../options.js";
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
  readonly mapping: Record<string, string>;
  readonly settings: CatalogueSettings;
}

/** `eprovence validate <file|->`: "ok" valid, "no" errors (or warnings with --strict); failures throw (2). */
export async function runValidate(file: string, options: Record<string, unknown>, context: CommandContext): Promise<Outcome> {
  const { io, t } = context;
  const flags = parseReadingFlags(options, io.now());
  const isStrict = isSet(options.strict);
  const progress = createProgressLine(io, t, context.globals().quiet === true);
  const result = await validateCatalogue(context.deps(), { path: file, ...flags, onProgress: progress?.update });
  progress?.done();
  const { errors, warnings } = result.summary;
  const isValid = errors === 0 && !(isStrict && warnings > 0);
  const report = {
    pretty: () => writePrettyReport(result, t, createTextStyle(io.isStdoutTTY, io.env), { isValid, isStrict, audience: "command" }),
    json: () => writeJsonReport(result, t, isValid),
    junit: () => writeJunitReport([result], t, "eprovence validate"),
    github: () => writeGithubReport([result], t),
    sarif: () => writeSarifReport([result], t, context.toolVersion),
  }[flags.format]();
  io.stdout.write(report);
  return isValid ? "ok" : "no";
}

export function parseReadingFlags(options: Record<string, unknown>, today: Date): ReadingFlags {
  return {
    format: parseFormat(options.format, REPORT_FORMATS),
    maxErrors: parseWholeNumber(options.maxErrors ?? "1000", "--max-errors", { min: 0 }),
    encoding: typeof options.encoding === "string" ? options.encoding : undefined,
    delimiter: parseDelimiterOption(options.delimiter),
    sheet: typeof options.sheet === "string" ? options.sheet : undefined,
    mapping: parseMappings(options.map),
    settings: parseSettingOverrides(options, today),
  };
}

/** `--min-shelf-life` and `--eur-cny` replace a default; the report then cites the option and the day. */
function parseSettingOverrides(options: Record<string, unknown>, today: Date): CatalogueSettings {
  const date = today.toISOString().slice(0, 10);
  let settings = DEFAULT_CATALOGUE_SETTINGS;
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
