import { FIELD_NAMES, isFieldName } from "../../domain/catalogue/fields.js";
import { parseScaledDecimal } from "../../domain/catalogue/numbers.js";
import { EprovenceError } from "../../domain/errors.js";
import { DEFAULT_CATALOGUE_SETTINGS, type CatalogueSettings } from "../../domain/settings.js";
import { DELIMITERS, type Delimiter } from "../../io/csv-reader.js";
import { writeGithubReport } from "../../io/reports/github.js";
import { writeJsonReport } from "../../io/reports/json.js";
import { writeJunitReport } from "../../io/reports/junit.js";
import { writePrettyReport } from "../../io/reports/pretty.js";
import { writeSarifReport } from "../../io/reports/sarif.js";
import { validateCatalogue } from "../../io/validate-catalogue.js";
import { EXIT, type ExitCode } from "../errors.js";
import { REPORT_FORMATS, type CommandContext } from "../program.js";
import { createProgressLine } from "../progress.js";
import { createTextStyle } from "../style.js";

type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ValidateFlags {
  readonly format: ReportFormat;
  readonly maxErrors: number;
  readonly isStrict: boolean;
  readonly encoding: string | undefined;
  readonly delimiter: Delimiter | undefined;
  readonly mapping: Record<string, string>;
  readonly settings: CatalogueSettings;
}

/** `eprovence validate <file|->`: 0 valid, 1 errors (or warnings with --strict); failures throw (2). */
export async function runValidate(file: string, options: Record<string, unknown>, context: CommandContext): Promise<ExitCode> {
  const { io, t } = context;
  const flags = parseValidateFlags(options, io.now());
  const progress = createProgressLine(io, t, context.globals().quiet === true);
  const result = await validateCatalogue({
    path: file,
    stdin: io.stdin,
    encoding: flags.encoding,
    delimiter: flags.delimiter,
    mapping: flags.mapping,
    maxErrors: flags.maxErrors,
    settings: flags.settings,
    onProgress: progress?.update,
  });
  progress?.done();
  const { errors, warnings } = result.summary;
  const isValid = errors === 0 && !(flags.isStrict && warnings > 0);
  const report = {
    pretty: () => writePrettyReport(result, t, createTextStyle(io.isStdoutTTY, io.env), { isValid, isStrict: flags.isStrict }),
    json: () => writeJsonReport(result, t, isValid),
    junit: () => writeJunitReport([result], t, "eprovence validate"),
    github: () => writeGithubReport([result], t),
    sarif: () => writeSarifReport([result], t, context.toolVersion),
  }[flags.format]();
  io.stdout.write(report);
  return isValid ? EXIT.ok : EXIT.no;
}

export function parseValidateFlags(options: Record<string, unknown>, today: Date): ValidateFlags {
  const format = String(options.format ?? "pretty");
  if (!(REPORT_FORMATS as readonly string[]).includes(format)) {
    throw new EprovenceError("invalid-option", { option: "--format", value: format, expected: REPORT_FORMATS.join(", ") });
  }
  const maxErrorsText = String(options.maxErrors ?? "1000");
  const maxErrors = Number(maxErrorsText);
  if (!/^\d+$/.test(maxErrorsText) || !Number.isSafeInteger(maxErrors)) {
    throw new EprovenceError("invalid-option", { option: "--max-errors", value: maxErrorsText, expected: "0, 1, 2…" });
  }
  return {
    format: format as ReportFormat,
    maxErrors,
    isStrict: options.strict === true,
    encoding: typeof options.encoding === "string" ? options.encoding : undefined,
    delimiter: parseDelimiter(options.delimiter),
    mapping: parseMappings(Array.isArray(options.map) ? options.map.map(String) : []),
    settings: parseSettingOverrides(options, today),
  };
}

/** `--min-shelf-life` and `--eur-cny` replace a default; the report then cites the option and the day. */
function parseSettingOverrides(options: Record<string, unknown>, today: Date): CatalogueSettings {
  const date = today.toISOString().slice(0, 10);
  let settings = DEFAULT_CATALOGUE_SETTINGS;
  if (options.minShelfLife !== undefined) {
    const months = parseScaledDecimal(String(options.minShelfLife), 0);
    if (!Number.isSafeInteger(months) || months < 0) {
      throw new EprovenceError("invalid-option", { option: "--min-shelf-life", value: String(options.minShelfLife), expected: "0, 6, 12, 18…" });
    }
    settings = { ...settings, minShelfLifeMonths: { ...settings.minShelfLifeMonths, value: months, source: { from: "option", option: "--min-shelf-life" }, date } };
  }
  if (options.eurCny !== undefined) {
    const rate = parseScaledDecimal(String(options.eurCny), 4);
    if (!Number.isSafeInteger(rate) || rate <= 0) {
      throw new EprovenceError("invalid-option", { option: "--eur-cny", value: String(options.eurCny), expected: "7.5554" });
    }
    settings = { ...settings, eurToCnyTenThousandths: { ...settings.eurToCnyTenThousandths, value: rate, source: { from: "option", option: "--eur-cny" }, date } };
  }
  return settings;
}

const DELIMITER_NAMES: Readonly<Record<string, Delimiter>> = {
  ";": ";",
  semicolon: ";",
  ",": ",",
  comma: ",",
  tab: "\t",
  "\\t": "\t",
  "\t": "\t",
};

function parseDelimiter(value: unknown): Delimiter | undefined {
  if (value === undefined) return undefined;
  const delimiter = DELIMITER_NAMES[String(value).toLowerCase()];
  if (delimiter === undefined || !DELIMITERS.includes(delimiter)) {
    throw new EprovenceError("invalid-delimiter", { value: String(value) });
  }
  return delimiter;
}

/** `"Ma colonne=field"` → { "Ma colonne": "field" }; the field must be a catalogue field. */
export function parseMappings(values: readonly string[]): Record<string, string> {
  const mapping: Record<string, string> = {};
  for (const value of values) {
    const at = value.lastIndexOf("=");
    const header = value.slice(0, at).trim();
    const field = value.slice(at + 1).trim();
    if (at <= 0 || header === "" || !isFieldName(field)) {
      throw new EprovenceError("invalid-mapping", { value, fields: FIELD_NAMES.join(", ") });
    }
    mapping[header] = field;
  }
  return mapping;
}
