import { dirname, resolve } from "node:path";
import type { Delimiter } from "../domain/catalogue/delimiters.js";
import { FIELDS, type FieldName } from "../domain/catalogue/fields.js";
import { compileRowValidator, layOutColumns } from "../domain/catalogue/row-validator.js";
import type { CatalogueSettings } from "../domain/settings.js";
import { readPositiveListFile, type PositiveListRequest } from "./positive-list-file.js";
import { writeCsvFile } from "../io/csv-file.js";
import type { Finding } from "../domain/catalogue/finding.js";
import { validateCatalogue as readAndCheck, type CheckedRow, type ReadProgress, type ValidationResult, type WorkbookSource } from "../io/validate-catalogue.js";
import { EprovenceError } from "../domain/errors.js";
import { summarizeChecks, type BatchSummary, type FileCheck } from "../io/catalogue-batch.js";
import { expandPaths } from "../io/import-sources.js";
import type { PictureSources } from "../io/picture-files.js";
import type { AppDeps } from "./deps.js";

export type { Finding } from "../domain/catalogue/finding.js";
export type { CheckedRow, ReadProgress, ValidationResult, WorkbookSource } from "../io/validate-catalogue.js";
export type { BatchSummary, FileCheck } from "../io/catalogue-batch.js";

/** How to read one catalogue file: what the user forced, and which column feeds which field. */
export interface CatalogueReading {
  /** A path as the user wrote it (reports show it so), or "-" for standard input. */
  readonly path: string;
  readonly encoding?: string | undefined;
  readonly delimiter?: Delimiter | undefined;
  /** A workbook's sheet: a name or a 1-based number; else the first visible catalogue sheet. */
  readonly sheet?: string | undefined;
  /** Header as written → catalogue field (`--map`, a saved mapping). */
  readonly mapping?: Readonly<Record<string, string>> | undefined;
  /** The dated thresholds and rates; the defaults when absent. */
  readonly settings?: CatalogueSettings | undefined;
  /** `--images DIR`: a folder of photos named by SKU (SAV-001.jpg, SAV-001-2.png…), as the user wrote it. */
  readonly imagesFolder?: string | undefined;
  /**
   * The folder a picture path of the image cell is read from; the catalogue's own folder when absent.
   * The wizard keeps the products typed and the rows corrected in a file of its own: their paths are
   * the owner's, from the catalogue's folder (or the folder the products were typed in).
   */
  readonly picturesFrom?: string | undefined;
}

export interface ValidateRequest extends CatalogueReading {
  /** Detail at most this many errors (and as many warnings); the totals stay exact. */
  readonly maxErrors: number;
  readonly onProgress?: ((progress: ReadProgress) => void) | undefined;
}

/** `validate`: reads and checks a catalogue in one pass; what is wrong with the data is findings, not failures. */
export async function validateCatalogue(deps: AppDeps, request: ValidateRequest): Promise<ValidationResult> {
  return readAndCheck(readingOptions(deps, request, request.maxErrors, request.onProgress));
}

export interface ValidateManyRequest extends Omit<ValidateRequest, "path" | "onProgress"> {
  /** Files, folders (every catalogue inside) and patterns, as the user wrote them; "-" is standard input. */
  readonly paths: readonly string[];
  /** Warnings fail a file too. */
  readonly isStrict: boolean;
  /** A positive list read from a file for this run (`validate --positive-list`): no database needed. */
  readonly positiveList?: PositiveListRequest | undefined;
  readonly onProgress?: ((file: string, progress: ReadProgress) => void) | undefined;
}

export interface CatalogueBatch {
  /** False when one file was named (or "-"): its report keeps the one-file shape, and a failure is thrown. */
  readonly isBatch: boolean;
  readonly checks: readonly FileCheck[];
  readonly summary: BatchSummary;
}

/**
 * `validate` over several paths: each file read and checked on its own; a file that cannot be read
 * (or a name that matches nothing) is that file's failure, and the others are still checked. Folders
 * and patterns are expanded as `import` does.
 */
export async function validateCatalogues(deps: AppDeps, given: ValidateManyRequest): Promise<CatalogueBatch> {
  // The list is read (and refused, exit 2) before any catalogue.
  const request =
    given.positiveList === undefined ? given : { ...given, settings: { ...(given.settings ?? deps.settings), positiveList: await readPositiveListFile(deps, given.positiveList) } };
  const [only] = request.paths;
  if (request.paths.length === 1 && only !== undefined) {
    const files = only === "-" ? ["-"] : await expandPaths([only], deps.cwd);
    if (files.length === 1 && files[0] === only) {
      const checks = [await checkFile(deps, request, only)];
      return { isBatch: false, checks, summary: summarizeChecks(checks) };
    }
  }
  const files: { readonly path: string; readonly failure?: EprovenceError }[] = [];
  for (const given of request.paths) {
    if (given === "-") {
      files.push({ path: given });
      continue;
    }
    const expanded = await expandPaths([given], deps.cwd).catch((error: unknown) => {
      if (!(error instanceof EprovenceError)) throw error;
      files.push({ path: given, failure: error });
      return [];
    });
    files.push(...expanded.map((path) => ({ path })));
  }
  const seen = new Set<string>();
  const checks: FileCheck[] = [];
  for (const { path, failure } of files) {
    if (seen.has(path)) continue;
    seen.add(path);
    if (failure !== undefined) {
      checks.push({ file: path, isValid: false, failure });
      continue;
    }
    checks.push(
      await checkFile(deps, request, path).catch((error: unknown): FileCheck => {
        if (!(error instanceof EprovenceError)) throw error;
        return { file: path, isValid: false, failure: error };
      }),
    );
  }
  return { isBatch: true, checks, summary: summarizeChecks(checks) };
}

async function checkFile(deps: AppDeps, request: ValidateManyRequest, path: string): Promise<FileCheck> {
  const onProgress = request.onProgress;
  const result = await validateCatalogue(deps, { ...request, path, onProgress: onProgress && ((progress) => onProgress(path, progress)) });
  const { errors, warnings } = result.summary;
  return { file: path, result, isValid: errors === 0 && !(request.isStrict && warnings > 0) };
}

/**
 * Every row of a catalogue as the rules judged it (`eligibility --catalogue`, the wizard's corrections),
 * with the report of the whole file.
 */
export async function readCatalogueRows(
  deps: AppDeps,
  reading: CatalogueReading,
  onRow: (row: CheckedRow, headers: readonly string[]) => void,
  maxErrors = 0,
): Promise<ValidationResult> {
  let headers: readonly string[] = [];
  return readAndCheck({
    ...readingOptions(deps, reading, maxErrors, undefined),
    onHeader(found) {
      headers = [...found];
    },
    onRow(row) {
      onRow(row, headers);
      return undefined;
    },
  });
}

/** What the wizard shows before importing: what was detected, and which column feeds which field. */
export interface CataloguePreview {
  /** A CSV's encoding and delimiter; undefined for a workbook, which says its sheet and header row instead. */
  readonly encoding: string | undefined;
  readonly delimiter: Delimiter | undefined;
  readonly workbook: WorkbookSource | undefined;
  readonly columns: readonly { readonly header: string; readonly field: FieldName | undefined }[];
  /** Required fields no column feeds. */
  readonly missing: readonly FieldName[];
  readonly rows: number;
  readonly errors: number;
  readonly warnings: number;
}

export async function previewCatalogue(deps: AppDeps, reading: CatalogueReading): Promise<CataloguePreview> {
  let headers: readonly string[] = [];
  const result = await readAndCheck({
    ...readingOptions(deps, reading, 0, undefined),
    onHeader(found) {
      headers = [...found];
    },
  });
  const { columnOf } = layOutColumns(headers, reading.mapping ?? {}, () => undefined);
  const fieldAt = new Map(Object.entries(columnOf).map(([field, index]) => [index, field as FieldName]));
  return {
    encoding: result.encoding,
    delimiter: result.delimiter,
    workbook: result.workbook,
    columns: headers.map((header, index) => ({ header, field: fieldAt.get(index) })),
    missing: FIELDS.filter((field) => field.requirement === "required" && columnOf[field.name] === undefined).map((field) => field.name),
    rows: result.summary.rows,
    errors: result.summary.errors,
    warnings: result.summary.warnings,
  };
}

/** Which catalogue field each header feeds (`mapping` first), for the wizard's corrections. */
export function mapColumns(headers: readonly string[], mapping: Readonly<Record<string, string>>): Readonly<Partial<Record<FieldName, number>>> {
  return layOutColumns(headers, mapping, () => undefined).columnOf;
}

/**
 * One catalogue row checked by the very rules of `validate` and `import`, so that a value typed in the
 * wizard — a product entered by hand, a correction — is judged exactly as the file would be. Returns
 * the row's findings; header findings (missing columns…) are not the row's and are left out.
 */
export function checkCatalogueRow(deps: AppDeps, headers: readonly string[], cells: readonly string[], mapping: Readonly<Record<string, string>>): Finding[] {
  const findings: Finding[] = [];
  const layout = layOutColumns(headers, mapping, () => undefined);
  const validator = compileRowValidator(layout, { settings: deps.settings, postcodes: deps.postcodes(), expectedRows: 1 }, (finding) => {
    if (finding.line > 1) findings.push(finding);
  });
  validator.validate(cells, 2);
  return findings;
}

/**
 * Where a catalogue's picture files are read from: a path in its image cell from the catalogue's
 * folder (the working folder for standard input), and the photos folder of `--images`.
 */
export function pictureSourcesOf(
  deps: Pick<AppDeps, "cwd">,
  path: string,
  folders: { readonly imagesFolder?: string | undefined; readonly picturesFrom?: string | undefined },
  isHashed: boolean,
): PictureSources {
  const { imagesFolder, picturesFrom } = folders;
  return {
    catalogueFolder: picturesFrom !== undefined ? resolve(deps.cwd, picturesFrom) : path === "-" ? deps.cwd : dirname(resolve(deps.cwd, path)),
    imagesFolder: imagesFolder === undefined ? undefined : { given: imagesFolder, path: resolve(deps.cwd, imagesFolder) },
    isHashed,
  };
}

function readingOptions(deps: AppDeps, reading: CatalogueReading, maxErrors: number, onProgress: ((progress: ReadProgress) => void) | undefined) {
  return {
    pictures: pictureSourcesOf(deps, reading.path, reading, false),
    path: reading.path,
    stdin: deps.stdin,
    encoding: reading.encoding,
    delimiter: reading.delimiter,
    sheet: reading.sheet,
    mapping: reading.mapping ?? {},
    maxErrors,
    settings: reading.settings ?? deps.settings,
    onProgress,
  };
}

/**
 * A small catalogue CSV kept for the user (the products typed in the wizard, the rows it corrected),
 * written whole, then imported like any file — so that it meets the same rules and stays on disk.
 */
export function saveCatalogueFile(path: string, header: readonly string[], rows: readonly (readonly string[])[], delimiter: Delimiter): void {
  writeCsvFile(path, header, rows, delimiter);
}
