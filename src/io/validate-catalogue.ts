import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import type { Readable } from "node:stream";
import type { FindingCode, Severity } from "../domain/errors.js";
import { columnLetters, type Finding } from "../domain/catalogue/finding.js";
import { compileRowValidator, layOutColumns, type ProductValues, type RowValidator, type UnreadableCells } from "../domain/catalogue/row-validator.js";
import { SEVERITIES } from "../domain/catalogue/rules/index.js";
import { DEFAULT_CATALOGUE_SETTINGS, describeCatalogueSettings, type Assumption, type CatalogueAssumptionName, type CatalogueSettings } from "../domain/settings.js";
import { prepareCsv, readCsv, readCsvSync, SNIFF_BYTES, type CsvHandlers, type Delimiter, type Dialect, type ReadCsvResult } from "./csv-reader.js";
import { loadPostcodeDirectory } from "./geo-data.js";
import { CHUNK_BYTES, directoryFailure, openInput, peekChunks, toInputError } from "./input.js";
import { createPictureCheck, type CheckedPicture, type PictureSources } from "./picture-files.js";
import type { WorkbookRow } from "./workbook-parts.js";
import { detectFileKind, readWorkbook, readWorkbookRows, WORKBOOK_SIGNATURE_BYTES, type WorkbookSource } from "./workbook-reader.js";
import { openWorkbookStream, unpackRows, type WorkbookStream } from "./workbook-stream.js";

export type { WorkbookSource } from "./workbook-reader.js";

export interface ValidationSummary {
  /** Data records (the header is not a row; blank lines are not rows). */
  rows: number;
  validRows: number;
  errors: number;
  warnings: number;
}

export interface ValidationResult {
  readonly file: string;
  /** The text encoding of a CSV; undefined for a workbook, which has none of its own. */
  readonly encoding: string | undefined;
  /** The delimiter of a CSV; undefined for a workbook. */
  readonly delimiter: Delimiter | undefined;
  /** Set when the catalogue was a workbook: which sheet, which header row. */
  readonly workbook: WorkbookSource | undefined;
  readonly summary: ValidationSummary;
  /** At most `maxErrors` errors and as many warnings, in file order. */
  readonly findings: readonly Finding[];
  /** Some findings were counted but not kept. */
  readonly truncated: boolean;
  readonly maxErrors: number;
  /** The thresholds and rates the rules used, with their sources. */
  readonly assumptions: readonly Assumption<CatalogueAssumptionName>[];
  /** The positive list the HS codes were checked against, when one was supplied. */
  readonly positiveList?: { readonly edition: string; readonly source: string; readonly lines: number } | undefined;
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
  /** A workbook's sheet, by name or 1-based number (`--sheet`); else the first visible catalogue sheet. */
  readonly sheet?: string | undefined;
  /** Where the picture files of the rows are (the catalogue's folder, `--images`); without it no file is read. */
  readonly pictures?: PictureSources | undefined;
  /** Called after each chunk read: bytes so far, the file's size when known, data rows so far. */
  readonly onProgress?: ((progress: ReadProgress) => void) | undefined;
  /** Called once with the header as written, what was detected, and the header's findings (missing columns…). */
  readonly onHeader?: ((headers: readonly string[], dialect: Dialect, findings: readonly Finding[]) => void) | undefined;
  /**
   * Called for each data record after its checks (the import writes it). Returning a finding code
   * rejects a row the rules accepted (e.g. "sku-exists" in create mode): it is recorded as an error
   * on that row.
   */
  readonly onRow?: ((row: CheckedRow) => FindingCode | undefined) | undefined;
}

export interface CheckedRow {
  /** Normalised values; the object is reused from row to row: copy what you keep. */
  readonly values: ProductValues;
  readonly line: number;
  readonly isValid: boolean;
  /** The cells as read, for a rejects file. */
  readonly cells: readonly string[];
  /** The findings of this row (the file-level ones are in the result). */
  readonly findings: readonly Finding[];
  /** The picture files accepted for this product, main one first (its bad ones are warnings in `findings`). */
  readonly pictures: readonly CheckedPicture[];
}

export interface ReadProgress {
  readonly bytesRead: number;
  readonly totalBytes: number | undefined;
  readonly rows: number;
}

/** Reads and checks a catalogue in one streaming pass. Problems with the data are findings, not throws. */
export async function validateCatalogue(options: ValidateOptions): Promise<ValidationResult> {
  const input = await openInput(options.path, options.stdin);
  // A file, standard input or a pipe alike: its first bytes tell a workbook from a CSV.
  const { head, chunks } = await peekChunks(input.chunks, WORKBOOK_SIGNATURE_BYTES).catch((error: unknown) => {
    throw toInputError(error, options.path);
  });
  if (detectFileKind(head) !== "text") {
    const bytes = await readWhole(chunks, options.path);
    const reading = { displayName: options.path, sheet: options.sheet };
    // A row hook must see each row once: a merged header has an .xlsx's rows read again (see readWorkbook).
    if (options.onRow !== undefined) return checkWorkbookRows(await readWorkbookRows(bytes, reading), options);
    // Each row is checked as it is parsed, while the zip inflates further: no sheet held whole. (A
    // worker thread, as the import has, was measured no faster here: the checks alone cost less than
    // handing the rows over.)
    const { source, rows } = await readWorkbook(bytes, reading, (sheet) => {
      const check = createCatalogueCheck(options, undefined, sheet);
      return { check, row: feedWorkbook(check.handlers) };
    });
    return rows.check.finish(WORKBOOK_READ, source);
  }
  const check = createCatalogueCheck(options, input.size);
  const { onProgress } = options;
  return check.finish(await readCsv(onProgress ? reportProgress(chunks, input.size, check.rows, onProgress) : chunks, readingOptions(options), check.handlers));
}

/** A workbook's zip is read from its end (the central directory): it is held whole, as a file's would be. */
async function readWhole(chunks: AsyncIterable<Buffer>, path: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  try {
    for await (const chunk of chunks) parts.push(chunk);
  } catch (error) {
    throw toInputError(error, path);
  }
  return Buffer.concat(parts);
}

/**
 * A catalogue file opened for a check that must not yield once it starts: its first bytes are read
 * and its dialect known now; `check` then reads and checks the whole file without a single `await`
 * — the import writes each row into an open SQLite transaction, which cannot span one.
 */
export interface OpenedCatalogue {
  /** Set when the file is a workbook: its rejects are written as one, named for its sheet. */
  readonly workbook: { readonly sheet: string } | undefined;
  /**
   * Reads and checks the whole file, calling `hooks` as `validateCatalogue` calls its options' ones.
   * A workbook's may throw WorkbookReread: undo what the hooks did and call it again.
   */
  check(hooks?: Pick<ValidateOptions, "onHeader" | "onRow">): ValidationResult;
  close(): void;
}

/**
 * `copy`: the catalogue is the copy of a pipe (`path` then only names it), read from its start; it
 * stays open for its owner, who may read it again.
 */
export async function openCatalogue(options: Omit<ValidateOptions, "onHeader" | "onRow"> & { readonly copy?: { readonly fd: number; readonly size: number } | undefined }): Promise<OpenedCatalogue> {
  let fd: number;
  let size: number;
  if (options.copy !== undefined) {
    ({ fd, size } = options.copy);
  } else {
    try {
      fd = openSync(options.path, "r");
      const stats = fstatSync(fd);
      if (stats.isDirectory()) {
        closeSync(fd);
        throw directoryFailure(options.path);
      }
      size = stats.size;
    } catch (error) {
      throw toInputError(error, options.path);
    }
  }
  const close = (): void => {
    if (options.copy === undefined) closeSync(fd);
  };
  let position = 0;
  const readChunk = (): Buffer | undefined => {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    const read = readSync(fd, buffer, 0, CHUNK_BYTES, position);
    position += read;
    return read === 0 ? undefined : buffer.subarray(0, read);
  };
  try {
    const head: Buffer[] = [];
    let headSize = 0;
    while (headSize < SNIFF_BYTES) {
      const chunk = readChunk();
      if (chunk === undefined) break;
      head.push(chunk);
      headSize += chunk.length;
    }
    const headBytes = Buffer.concat(head, headSize);
    if (detectFileKind(headBytes) !== "text") {
      const chunks: Buffer[] = [headBytes];
      for (let chunk = readChunk(); chunk !== undefined; chunk = readChunk()) chunks.push(chunk);
      // A large workbook is read in a worker thread while the check runs: its rows are never held whole.
      const stream = await openWorkbookStream(Buffer.concat(chunks), { displayName: options.path, sheet: options.sheet });
      return {
        workbook: { sheet: stream.sheet },
        check: (hooks = {}) => checkWorkbookStream(stream, { ...options, ...hooks }),
        close() {
          stream.close();
          close();
        },
      };
    }
    const prepared = await prepareCsv(headBytes, readingOptions(options), { isSynchronous: true });
    return {
      workbook: undefined,
      check(hooks = {}) {
        const catalogue = createCatalogueCheck({ ...options, ...hooks }, size);
        let bytesRead = headSize;
        const next = (): Buffer | undefined => {
          const chunk = readChunk();
          if (chunk !== undefined) {
            bytesRead += chunk.length;
            options.onProgress?.({ bytesRead, totalBytes: size, rows: catalogue.rows() });
          }
          return chunk;
        };
        return catalogue.finish(readCsvSync(prepared, next, catalogue.handlers));
      },
      close,
    };
  } catch (error) {
    close();
    throw error;
  }
}

/** The reading of a workbook as the checks' plumbing sees it: a workbook has no encoding nor delimiter, and the report says none. */
const WORKBOOK_READ: ReadCsvResult = { encoding: "xlsx", delimiter: ";", hadInvalidBytes: false };

/**
 * Thrown by an opened workbook's `check` when its sheet is read again from the start (an .xlsx's
 * merged header, known only past its rows): what the hooks did with the rows so far must be undone —
 * the import rolls its transaction back — and `check` called again: it takes the rows read afresh.
 */
export class WorkbookReread extends Error {
  constructor() {
    super("the workbook's sheet is read again from its start");
    this.name = "WorkbookReread";
  }
}

/** A workbook's rows checked as the stream brings them; a fresh start of the sheet is WorkbookReread. */
function checkWorkbookStream(stream: WorkbookStream, options: ValidateOptions): ValidationResult {
  const check = createCatalogueCheck(options, undefined, stream.sheet);
  const feed = feedWorkbook(check.handlers);
  for (;;) {
    const message = stream.next();
    if (message.kind === "rows") unpackRows(message.batch, feed);
    else if (message.kind === "done") return check.finish(WORKBOOK_READ, message.source);
    else throw new WorkbookReread();
  }
}

/** A workbook's rows, read whole, checked. */
function checkWorkbookRows({ source, rows }: { readonly source: WorkbookSource; readonly rows: readonly WorkbookRow[] }, options: ValidateOptions): ValidationResult {
  const check = createCatalogueCheck(options, undefined, source.sheet);
  const feed = feedWorkbook(check.handlers);
  for (const row of rows) feed(row);
  return check.finish(WORKBOOK_READ, source);
}

/**
 * Hands a workbook's rows, the header first, to the checks as the CSV reader hands its records. The
 * dialect handed on is only the checks' plumbing (see WORKBOOK_READ).
 */
function feedWorkbook(handlers: CatalogueHandlers): (row: WorkbookRow) => void {
  handlers.dialect({ encoding: WORKBOOK_READ.encoding, delimiter: ";", bytesPerRecord: 1 });
  let width: number | undefined;
  return ({ cells, line, unreadable }) => {
    // A spreadsheet leaves out a row's empty cells at its end: the row is as wide as the header all the same.
    width ??= cells.length;
    handlers.record(cells.length >= width ? cells : [...cells, ...Array<string>(width - cells.length).fill("")], line, unreadable);
  };
}

function readingOptions(options: ValidateOptions) {
  return { encoding: options.encoding, delimiter: options.delimiter, displayName: options.path };
}

/** The CSV reader's handlers; a workbook's records also say which of their cells show no data. */
interface CatalogueHandlers extends CsvHandlers {
  record(cells: readonly string[], line: number, unreadable?: UnreadableCells): void;
}

/**
 * The checks of one file, fed record by record by the CSV reader, then summed up. `sheet`: the file
 * is a workbook, read from this sheet; `finish` is then told where it found the catalogue.
 */
function createCatalogueCheck(
  options: ValidateOptions,
  size: number | undefined,
  sheet?: string,
): { handlers: CatalogueHandlers; rows: () => number; finish(result: ReadCsvResult, workbook?: WorkbookSource): ValidationResult } {
  const findings: Finding[] = [];
  const summary: ValidationSummary = { rows: 0, validRows: 0, errors: 0, warnings: 0 };
  /** This row's findings, for `onRow`: kept even when the report's list is full. */
  let rowFindings: Finding[] = [];
  let keptErrors = 0;
  let keptWarnings = 0;
  let truncated = false;
  let headers: readonly string[] = [];
  let validator: RowValidator | undefined;
  let dialect: Dialect | undefined;
  let trackRow = false;
  let skuColumn: number | undefined;
  const { onRow } = options;
  const settings = options.settings ?? DEFAULT_CATALOGUE_SETTINGS;
  // The photos folder is read before the first row: a missing one is a failure (exit 2), not a finding per row.
  const pictureCheck = options.pictures === undefined ? undefined : createPictureCheck(options.pictures);
  const pictureFolder = pictureCheck?.folder;
  let imageColumn: string | undefined;
  const NO_PICTURES: readonly CheckedPicture[] = [];

  let columnOfField: Readonly<Partial<Record<string, number>>> = {};
  /**
   * A workbook's finding names its sheet and, when it concerns one column of one row, its cell (« E11 »):
   * the column the field was read from (or the header as written), on the finding's row.
   */
  const locate = (finding: Finding, index?: number): Finding => {
    if (sheet === undefined) return finding;
    // A row wider than its header: the first cell past the header's last column.
    const past = finding.code === "wrong-column-count" ? headers.length : undefined;
    const column = index ?? past ?? (finding.field === undefined ? undefined : columnOfField[finding.field]) ?? (finding.column === undefined ? undefined : headers.indexOf(finding.column));
    const hasCell = column !== undefined && column >= 0 && finding.line > 0;
    return { ...finding, sheet, ...(hasCell ? { cell: `${columnLetters(column)}${finding.line}` } : {}) };
  };
  const collect = (found: Finding, index?: number): void => {
    const finding = locate(found, index);
    if (finding.severity === "error") summary.errors++;
    else summary.warnings++;
    if (trackRow) rowFindings.push(finding);
    // Counts stay exact; the list is capped so that a million bad rows cannot fill the memory.
    const kept = finding.severity === "error" ? keptErrors++ : keptWarnings++;
    if (kept >= options.maxErrors) {
      truncated = true;
      return;
    }
    findings.push(finding);
  };
  /**
   * Past the cap a row's finding is only counted, never built — unless this row's findings are wanted
   * whole (the import's rejects file names every reason).
   */
  const isCountedOnly = (severity: Severity): boolean => {
    if (trackRow || (severity === "error" ? keptErrors : keptWarnings) < options.maxErrors) return false;
    if (severity === "error") summary.errors++;
    else summary.warnings++;
    truncated = true;
    return true;
  };
  /** A finding of the reading or of the import, rather than of the rows' rules. */
  const collectCode = (code: FindingCode, line: number, extra: Omit<Finding, "severity" | "code" | "line"> = {}): void =>
    collect({ severity: SEVERITIES[code], code, line, ...extra });

  const handlers: CatalogueHandlers = {
    dialect(detected) {
      dialect = detected;
    },
    record(cells, line, unreadable) {
      if (validator === undefined) {
        headers = cells.map((cell) => cell.trim());
        const headerFindings: Finding[] = [];
        const found: Finding[] = [];
        const layout = layOutColumns(headers, options.mapping ?? {}, (finding) => void found.push(finding), { hasPictureFolder: pictureFolder !== undefined });
        columnOfField = layout.columnOf;
        imageColumn = layout.columnOf.image_urls === undefined ? undefined : headers[layout.columnOf.image_urls];
        trackRow = true;
        rowFindings = headerFindings;
        // The header's findings come in the header's order: each one naming a column is the next
        // header so written (two columns may bear one name). A workbook's header may sit below row 1.
        let cursor = 0;
        for (const finding of found) {
          let index: number | undefined;
          if (finding.column !== undefined) {
            const at = headers.indexOf(finding.column, cursor);
            if (at >= 0) {
              index = at;
              cursor = at + 1;
            }
          }
          collect(sheet === undefined ? finding : { ...finding, line }, index ?? (finding.column === undefined ? -1 : undefined));
        }
        trackRow = false;
        rowFindings = [];
        skuColumn = layout.columnOf.sku;
        validator = compileRowValidator(
          layout,
          {
            settings,
            postcodes: loadPostcodeDirectory(),
            expectedRows: size === undefined || dialect === undefined ? undefined : Math.ceil(size / dialect.bytesPerRecord),
            isCountedOnly,
            pictureFolder,
          },
          collect,
        );
        if (dialect !== undefined) options.onHeader?.(headers, dialect, headerFindings);
        return;
      }
      if (isBlankRecord(cells)) return;
      summary.rows++;
      trackRow = onRow !== undefined;
      if (trackRow && rowFindings.length > 0) rowFindings = [];
      const isValid = validator.validate(cells, line, unreadable);
      const { values } = validator;
      // A catalogue without picture files costs one test per row.
      const pictures =
        pictureCheck !== undefined && (values.imageFiles.length > 0 || pictureFolder !== undefined)
          ? pictureCheck.check(values, (code, value, params) => collectCode(code, line, { field: "image_urls", column: imageColumn, value, params }))
          : NO_PICTURES;
      trackRow = false;
      const rejection = onRow?.({ values, line, isValid, cells, findings: rowFindings, pictures });
      if (rejection !== undefined) collectCode(rejection, line, { field: "sku", column: skuColumn === undefined ? undefined : headers[skuColumn], value: validator.values.sku });
      if (isValid && rejection === undefined) summary.validRows++;
    },
    problem(code, line, params) {
      collectCode(code, line, { params });
    },
  };

  return {
    handlers,
    rows: () => summary.rows,
    finish(result, workbook) {
      validator?.finish({ encoding: workbook === undefined ? result.encoding : undefined });
      if (validator !== undefined && summary.rows === 0) collectCode("empty-catalogue", workbook?.headerLine ?? 1);
      if (result.hadInvalidBytes) collectCode("invalid-utf8", result.invalidBytesLine ?? 0);
      findings.sort((a, b) => a.line - b.line);
      return {
        file: options.path,
        encoding: workbook === undefined ? result.encoding : undefined,
        delimiter: workbook === undefined ? result.delimiter : undefined,
        workbook,
        summary,
        findings,
        truncated,
        maxErrors: options.maxErrors,
        assumptions: describeCatalogueSettings(settings),
        positiveList: settings.positiveList === undefined ? undefined : { edition: settings.positiveList.edition, source: settings.positiveList.source, lines: settings.positiveList.lines.size },
      };
    },
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
