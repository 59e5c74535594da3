import type { Readable } from "node:stream";
import { FINDING_CODES, type FindingCode, type MessageParams, type Severity } from "../domain/errors.js";
import type { FieldName } from "../domain/catalogue/fields.js";
import {
  compileRowValidator,
  layOutColumns,
  type ProductValues,
  type RawFinding,
  type RowValidator,
} from "../domain/catalogue/row-validator.js";
import { DEFAULT_CATALOGUE_SETTINGS, describeCatalogueSettings, type Assumption, type CatalogueSettings } from "../domain/settings.js";
import { readCsv, type Delimiter } from "./csv-reader.js";
import { loadPostcodeDirectory } from "./geo-data.js";
import { openInput } from "./input.js";

/** A finding located in the file, not yet put into words (the report writers do that, per language). */
export interface Finding {
  readonly severity: Severity;
  readonly code: FindingCode;
  readonly line: number;
  readonly field?: FieldName | undefined;
  /** The header as written in the file. */
  readonly column?: string | undefined;
  readonly value?: string | undefined;
  readonly params?: MessageParams | undefined;
}

export interface ValidationSummary {
  /** Data records (the header is not a row; blank lines are not rows). */
  rows: number;
  validRows: number;
  errors: number;
  warnings: number;
}

export interface ValidationResult {
  readonly file: string;
  readonly encoding: string;
  readonly delimiter: Delimiter;
  readonly summary: ValidationSummary;
  /** At most `maxErrors` errors and as many warnings, in file order. */
  readonly findings: readonly Finding[];
  /** Some findings were counted but not kept. */
  readonly truncated: boolean;
  readonly maxErrors: number;
  /** The thresholds and rates the rules used, with their sources. */
  readonly assumptions: readonly Assumption[];
}

export interface ValidateOptions {
  readonly path: string;
  readonly stdin: Readable;
  readonly encoding?: string | undefined;
  readonly delimiter?: Delimiter | undefined;
  /** Header as written → canonical field (`--map`, saved mappings). */
  readonly mapping?: Readonly<Record<string, string>> | undefined;
  readonly maxErrors: number;
  readonly settings?: CatalogueSettings | undefined;
  /** Called after each chunk read: bytes so far, the file's size when known, data rows so far. */
  readonly onProgress?: ((progress: ReadProgress) => void) | undefined;
  /** Called for each data record after its checks, with its normalised values (the import uses it). */
  readonly onRow?: ((values: ProductValues, line: number, isValid: boolean, cells: readonly string[]) => void) | undefined;
}

export interface ReadProgress {
  readonly bytesRead: number;
  readonly totalBytes: number | undefined;
  readonly rows: number;
}

/** Reads and checks a catalogue in one streaming pass. Problems with the data are findings, not throws. */
export async function validateCatalogue(options: ValidateOptions): Promise<ValidationResult> {
  const input = await openInput(options.path, options.stdin);
  const findings: Finding[] = [];
  const summary: ValidationSummary = { rows: 0, validRows: 0, errors: 0, warnings: 0 };
  let keptErrors = 0;
  let keptWarnings = 0;
  let truncated = false;
  let headers: readonly string[] = [];
  let validator: RowValidator | undefined;
  let bytesPerRecord = 0;

  const collect = (finding: RawFinding): void => {
    const severity = FINDING_CODES[finding.code];
    if (severity === "error") summary.errors++;
    else summary.warnings++;
    // Counts stay exact; the list is capped so that a million bad rows cannot fill the memory.
    const kept = severity === "error" ? keptErrors++ : keptWarnings++;
    if (kept >= options.maxErrors) {
      truncated = true;
      return;
    }
    findings.push({
      severity,
      code: finding.code,
      line: finding.line,
      field: finding.field,
      column: finding.columnIndex === undefined ? undefined : headers[finding.columnIndex],
      value: finding.value,
      params: finding.params,
    });
  };

  const { onProgress } = options;
  const settings = options.settings ?? DEFAULT_CATALOGUE_SETTINGS;
  const chunks = onProgress ? reportProgress(input.chunks, input.size, () => summary.rows, onProgress) : input.chunks;
  const result = await readCsv(
    chunks,
    { encoding: options.encoding, delimiter: options.delimiter, displayName: options.path },
    {
      dialect(dialect) {
        bytesPerRecord = dialect.bytesPerRecord;
      },
      record(cells, line) {
        if (validator === undefined) {
          headers = cells.map((cell) => cell.trim());
          const layout = layOutColumns(headers, options.mapping ?? {}, collect);
          validator = compileRowValidator(
            layout,
            {
              settings,
              postcodes: loadPostcodeDirectory(),
              expectedRows: input.size === undefined ? undefined : Math.ceil(input.size / bytesPerRecord),
            },
            collect,
          );
          return;
        }
        if (isBlankRecord(cells)) return;
        summary.rows++;
        const isValid = validator.validate(cells, line);
        if (isValid) summary.validRows++;
        options.onRow?.(validator.values, line, isValid, cells);
      },
      problem(code, line, params) {
        collect({ code, line, params });
      },
    },
  );
  validator?.finish();
  if (validator !== undefined && summary.rows === 0) collect({ code: "empty-catalogue", line: 1 });
  if (result.hadInvalidBytes) collect({ code: "invalid-utf8", line: 0 });
  findings.sort((a, b) => a.line - b.line);

  return {
    file: options.path,
    encoding: result.encoding,
    delimiter: result.delimiter,
    summary,
    findings,
    truncated,
    maxErrors: options.maxErrors,
    assumptions: describeCatalogueSettings(settings),
  };
}

/** Rows of empty or blank cells (";;;;" or spaces left by Excel below the data) are not products. */
function isBlankRecord(cells: readonly string[]): boolean {
  const first = cells[0] ?? "";
  // Most rows start with a SKU: one character decides.
  if (first.length > 0 && first.charCodeAt(0) > 32) return false;
  return cells.every((cell) => cell.trim() === "");
}

async function* reportProgress(
  chunks: AsyncIterable<Buffer>,
  totalBytes: number | undefined,
  rows: () => number,
  onProgress: (progress: ReadProgress) => void,
): AsyncIterable<Buffer> {
  let bytesRead = 0;
  for await (const chunk of chunks) {
    yield chunk;
    bytesRead += chunk.length;
    onProgress({ bytesRead, totalBytes, rows: rows() });
  }
}
