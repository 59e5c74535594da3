import { createReadStream, mkdirSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import type { Readable } from "node:stream";
import type { Database } from "better-sqlite3";
import { EprovenceError, type FailureCode } from "../domain/errors.js";
import type { CatalogueSettings } from "../domain/settings.js";
import type { Delimiter } from "../io/csv-reader.js";
import { hashFile } from "../io/file-hash.js";
import { expandPaths, readBatchManifest, type ImportSource } from "../io/import-sources.js";
import { CHUNK_BYTES, inspectInput, toInputError } from "../io/input.js";
import { renderFinding } from "../io/reports/render.js";
import { createRejectsWriter, createXlsxRejectsWriter, workbookRejectsPath, type RejectsWriter } from "../io/rejects-writer.js";
import type { Finding } from "../domain/catalogue/finding.js";
import { copyStream, removeStaleCopies, streamCopyFolder, type StreamCopy } from "../io/stream-copy.js";
import { keepPicture, pictureStoreFolder, type CheckedPicture, type PictureSources } from "../io/picture-files.js";
import { openCatalogue, WorkbookReread, type CheckedRow, type ReadProgress, type ValidationResult } from "../io/validate-catalogue.js";
import { toStoreError } from "../store/database.js";
import { beginImport, findSameImport, finishImport, recordFailedImport, ZERO_COUNTS, type ImportCounts } from "../store/imports.js";
import { readColumnMappings, saveColumnMappings } from "../store/mappings.js";
import { findMerchant, type Merchant } from "../store/merchants.js";
import { createProductWriter, findProductImportId, hasStoredPictures, restampReadiness, type ImportMode, type PictureRecord } from "../store/products.js";
import { write } from "../store/write.js";
import type { AppDeps } from "./deps.js";
import { pictureSourcesOf } from "./catalogue.js";
import { withStoredPositiveList } from "./positive-list.js";
import { createReadinessStamp, type ReadinessStamp } from "./stored-readiness.js";

export { IMPORT_MODES, type ImportMode } from "../store/products.js";

/**
 * The import of one batch, file by file: check before you change (read and validate with the same
 * code as `validate`), then write each file's accepted rows in ONE transaction — a kill, a crash or a
 * full disk leaves the database as before that file, and running the same command again finishes
 * the batch (files already imported are recognised by their SHA-256 and skipped).
 */

/** What is read from each file, and how (`validate`'s reading and rule options). */
export interface ImportReading {
  /** `--map`: saved for the company after a successful import, and used before its saved mapping. */
  readonly mapping: Readonly<Record<string, string>>;
  readonly maxErrors: number;
  readonly encoding: string | undefined;
  readonly delimiter: Delimiter | undefined;
  /** A workbook's sheet (`--sheet`): a name or a 1-based number. */
  readonly sheet?: string | undefined;
  readonly settings: CatalogueSettings;
  /** `--images DIR`: a folder of photos named by SKU, as the user wrote it. */
  readonly imagesFolder?: string | undefined;
  /** Where the picture paths of the image cells are read from (`CatalogueReading.picturesFrom`). */
  readonly picturesFrom?: string | undefined;
}

export interface ImportRequest extends ImportReading {
  /** Files, folders (every .csv inside) and patterns, as the user wrote them; "-" is standard input. */
  readonly paths: readonly string[];
  /** A CSV manifest of files and companies (`--batch`). */
  readonly batchManifest: string | undefined;
  /** The company of `paths` (a manifest names its own). */
  readonly merchantRef: string | undefined;
  readonly mode: ImportMode;
  readonly isDryRun: boolean;
  /** Rejected rows with their reason: this file for one input, else a folder of `<name>.rejects.csv`. */
  readonly rejects: string | undefined;
  readonly onProgress?: ((file: string, progress: ReadProgress) => void) | undefined;
}

export type FileStatus = "imported" | "unchanged" | "failed";

export interface FileOutcome extends ImportCounts {
  /** As the user wrote it ("-" for standard input). */
  readonly file: string;
  readonly merchant: string;
  readonly merchantName: string | undefined;
  readonly status: FileStatus;
  readonly importId: number | undefined;
  /** When status is "failed": why, as a failure code with its message parameters. */
  readonly failure: EprovenceError | undefined;
  readonly validation: ValidationResult | undefined;
  readonly rejectsFile: string | undefined;
  /** For "unchanged": the import that already holds this content. */
  readonly sameAsImport: number | undefined;
}

/**
 * `import`: each file of the batch for its company, in its own transaction. A file that cannot be
 * imported is a "failed" outcome (the others still land); a locked or full database stops the batch.
 * No database means no company to import for: "add the company first", and nothing is created (a dry
 * run, above all, leaves no trace).
 */
export async function importCatalogues(deps: AppDeps, request: ImportRequest): Promise<FileOutcome[]> {
  // Copies of standard input that killed runs left behind (where the system keeps an open file's name).
  removeStaleCopies(streamCopyFolder(), deps.now());
  const sources = await collectSources(deps, request);
  const rejects = request.rejects === undefined ? undefined : resolve(deps.cwd, request.rejects);
  if (rejects !== undefined && sources.length > 1) mkdirSync(rejects, { recursive: true });
  const db = await deps.database.open({ mustExist: true });
  const options = fileOptions(deps, db, { ...request, settings: withStoredPositiveList(db, request.settings) }, (source) =>
    rejects === undefined ? undefined : sources.length > 1 ? join(rejects, `${stemOf(nameOf(source))}.rejects.csv`) : rejects,
  );
  const outcomes: FileOutcome[] = [];
  for (const source of sources) outcomes.push(await importFile(db, source, options));
  return outcomes;
}

/** One file for one company, upsert, no rejects file: the wizard's catalogue, typed products and corrections. */
export async function importCatalogueFile(deps: AppDeps, request: { readonly path: string; readonly merchantRef: string } & Partial<ImportReading>): Promise<FileOutcome> {
  const db = await deps.database.open({ mustExist: true });
  const reading: ImportRequest = {
    paths: [request.path],
    batchManifest: undefined,
    merchantRef: request.merchantRef,
    mode: "upsert",
    isDryRun: false,
    rejects: undefined,
    mapping: request.mapping ?? {},
    maxErrors: request.maxErrors ?? 1000,
    encoding: request.encoding,
    delimiter: request.delimiter,
    sheet: request.sheet,
    settings: withStoredPositiveList(db, request.settings ?? deps.settings),
    imagesFolder: request.imagesFolder,
    picturesFrom: request.picturesFrom,
  };
  return importFile(db, { path: request.path, merchantRef: request.merchantRef }, fileOptions(deps, db, reading, () => undefined));
}

interface FileOptions extends ImportReading {
  /** How the products written get their stored readiness, in the file's transaction. */
  readonly readiness: ReadinessStamp;
  readonly mode: ImportMode;
  readonly isDryRun: boolean;
  readonly rejectsPath: (source: string) => string | undefined;
  readonly now: () => Date;
  readonly stdin: Readable;
  /** The most bytes read from standard input or a pipe (`stream-too-large` past it). */
  readonly streamMaxBytes: number;
  /** Puts a finding into words for the rejects file's reason column. */
  readonly describe: (finding: Finding) => string;
  readonly rejectReasonHeader: string;
  /** Between the reasons of one rejected row (" ; " in French, "; " in English). */
  readonly listSeparator: string;
  readonly onProgress?: ((file: string, progress: ReadProgress) => void) | undefined;
  /** Where each file's picture files are read from (its folder, `--images`). */
  readonly pictures: (path: string) => PictureSources;
  /** Where accepted pictures are copied: `pictures/` beside the database. */
  readonly pictureStore: string;
}

function fileOptions(deps: AppDeps, db: Database, request: ImportRequest, rejectsPath: (source: string) => string | undefined): FileOptions {
  const { t } = deps;
  return {
    readiness: createReadinessStamp(db, deps),
    mode: request.mode,
    isDryRun: request.isDryRun,
    rejectsPath,
    mapping: request.mapping,
    maxErrors: request.maxErrors,
    encoding: request.encoding,
    delimiter: request.delimiter,
    sheet: request.sheet,
    settings: request.settings,
    now: deps.now,
    stdin: deps.stdin,
    streamMaxBytes: deps.streamMaxBytes,
    describe: (finding) => `${renderFinding(finding, t).message} [${finding.code}]`,
    rejectReasonHeader: t.ui("rejectReason"),
    listSeparator: t.ui("listSeparator"),
    onProgress: request.onProgress,
    pictures: (path) => pictureSourcesOf(deps, path, request, true),
    pictureStore: pictureStoreFolder(deps.database.path),
  };
}

async function collectSources(deps: AppDeps, request: ImportRequest): Promise<ImportSource[]> {
  const sources: ImportSource[] = [];
  if (request.batchManifest !== undefined) sources.push(...(await readBatchManifest(request.batchManifest, deps.cwd)));
  const files = request.paths.filter((path) => path !== "-");
  if (request.paths.length > 0 && request.merchantRef === undefined) throw new EprovenceError("merchant-required", { command: "import" });
  if (request.merchantRef !== undefined) {
    for (const path of await expandPaths(files, deps.cwd)) sources.push({ path, merchantRef: request.merchantRef });
    if (request.paths.includes("-")) sources.push({ path: "-", merchantRef: request.merchantRef });
  }
  if (sources.length === 0) throw new EprovenceError("no-import-source", {});
  return sources;
}

/** The file's name in the history and for its rejects file: standard input is "stdin.csv". */
function nameOf(path: string): string {
  return path === "-" ? "stdin.csv" : basename(path);
}

/** A catalogue's name without its extension: "savons.xlsx" and "savons.csv" both give "savons". */
function stemOf(name: string): string {
  return name.replace(/\.(csv|xlsx|xlsm|ods)$/i, "");
}

/**
 * Standard input and pipes are read once, into a bounded copy (the import reads a file's bytes twice:
 * its SHA-256, then its rows); a regular file is read by its name; a device is refused.
 */
async function copyIfStream(source: ImportSource, options: FileOptions): Promise<StreamCopy | undefined> {
  if (source.path !== "-" && (await inspectInput(source.path)) === "file") return undefined;
  const chunks = source.path === "-" ? options.stdin : createReadStream(source.path, { highWaterMark: CHUNK_BYTES });
  return copyStream(chunks, { displayName: source.path, encoding: options.encoding, maxBytes: options.streamMaxBytes, folder: streamCopyFolder() });
}

/** Structural problems end the reading of a file: its rows must not land half-way. */
const STRUCTURAL_CODES = new Set(["unclosed-quote", "record-too-large", "malformed-csv"]);

async function importFile(db: Database, source: ImportSource, options: FileOptions): Promise<FileOutcome> {
  const started = options.now();
  const base = { file: source.path, merchant: source.merchantRef, ...ZERO_COUNTS };
  let merchant: Merchant | undefined;
  let sha256 = "";
  let copy: StreamCopy | undefined;
  try {
    merchant = findMerchant(db, source.merchantRef);
    if (source.failure !== undefined) throw source.failure;
    copy = await copyIfStream(source, options);
    sha256 =
      copy?.sha256 ??
      (await hashFile(source.path).catch((error: unknown) => {
        throw toInputError(error, source.path);
      }));
    // Photos may have changed on disk while the catalogue did not: a catalogue read with a photos
    // folder, or a company that keeps pictures, is read again (unchanged products stay unchanged).
    const isPictureImport = options.imagesFolder !== undefined || hasStoredPictures(db, merchant.id);
    const same = isPictureImport ? undefined : findSameImport(db, merchant.id, sha256, options.mode);
    if (same !== undefined) {
      // Its rejected rows can still be asked for: the first run's hint says "run again with --rejects".
      const rejectsFile =
        same.rejected > 0 && !options.isDryRun && options.rejectsPath(source.path) !== undefined
          ? (await writeFile(db, source, copy, merchant, sha256, started, options, same.id)).rejectsFile
          : undefined;
      return {
        ...base,
        ...same,
        // Nothing is written: what landed last time is all unchanged now.
        created: 0,
        updated: 0,
        deleted: 0,
        unchanged: same.created + same.updated + same.unchanged,
        merchantName: merchant.legalName,
        status: "unchanged",
        importId: same.id,
        failure: undefined,
        validation: undefined,
        rejectsFile,
        sameAsImport: same.id,
      };
    }
    return await writeFile(db, source, copy, merchant, sha256, started, options);
  } catch (caught) {
    // SQLite failures concern the database file, not the catalogue being read: name the database.
    const error = toStoreError(caught, db.name, db);
    // A locked or full database stops the whole batch: every next file would fail the same way.
    if (error instanceof EprovenceError && BATCH_STOPPERS.has(error.code)) throw error;
    if (!(error instanceof EprovenceError)) throw error;
    let importId: number | undefined;
    if (merchant !== undefined && !options.isDryRun) {
      importId = recordFailedImport(db, {
        merchantId: merchant.id,
        fileName: nameOf(source.path),
        sha256,
        mode: options.mode,
        failure: error.code,
        startedAt: started,
        finishedAt: options.now(),
      });
    }
    return {
      ...base,
      merchantName: merchant?.legalName,
      status: "failed",
      importId,
      failure: error,
      validation: undefined,
      rejectsFile: undefined,
      sameAsImport: undefined,
    };
  } finally {
    copy?.close();
  }
}

/**
 * A row's accepted pictures copied beside the database (not in a dry run: it leaves no trace), as the
 * store records them. Copied before the row is written, inside its file's transaction: a failed copy
 * (a full disk) fails the file, and what it copied is harmless — named by content, never half written.
 */
function keepPictures(pictures: readonly CheckedPicture[], folder: string, isRolledBack: boolean): readonly PictureRecord[] {
  if (pictures.length === 0) return NO_PICTURES;
  const records: PictureRecord[] = [];
  for (const picture of pictures) {
    if (picture.sha256 === undefined || picture.content === undefined) continue;
    if (!isRolledBack) keepPicture(folder, { sha256: picture.sha256, mediaType: picture.mediaType, content: picture.content });
    records.push({ sha256: picture.sha256, mediaType: picture.mediaType, width: picture.width, height: picture.height, bytes: picture.bytes, source: picture.source });
  }
  return records;
}

const NO_PICTURES: readonly PictureRecord[] = [];

/**
 * A workbook's sheet read again from its start (an .xlsx's merged header, known only past its rows:
 * see WorkbookReread) rolls the file's transaction back: it is run again on the rows read afresh,
 * its rejects file begun anew by `reset`.
 */
function runAgainOnReread<T>(reset: () => void, run: () => T): T {
  for (;;) {
    try {
      return run();
    } catch (error) {
      if (!(error instanceof WorkbookReread)) throw error;
      reset();
    }
  }
}

const BATCH_STOPPERS: ReadonlySet<FailureCode> = new Set(["database-locked", "disk-full", "database-read-only", "database-unwritable"]);

/**
 * `rejectsOf`: an earlier import of these very bytes. The file is then read again in a transaction
 * that is rolled back, only to write its rejects file: nothing is stored, nothing is counted twice.
 */
async function writeFile(
  db: Database,
  source: ImportSource,
  copy: StreamCopy | undefined,
  merchant: Merchant,
  sha256: string,
  started: Date,
  options: FileOptions,
  rejectsOf?: number,
): Promise<FileOutcome> {
  const mapping = { ...readColumnMappings(db, merchant.id), ...options.mapping };
  const askedRejectsPath = options.isDryRun ? undefined : options.rejectsPath(source.path);
  let rejects: RejectsWriter | undefined;
  // Everything that can wait is done before the transaction: the file is opened and its dialect read.
  const opened = await openCatalogue({
    path: source.path,
    copy,
    stdin: options.stdin,
    encoding: options.encoding,
    delimiter: options.delimiter,
    sheet: options.sheet,
    mapping,
    maxErrors: options.maxErrors,
    settings: options.settings,
    pictures: options.pictures(source.path),
    onProgress: options.onProgress && ((progress) => options.onProgress?.(source.path, progress)),
  });
  // A workbook's rejects are a workbook: the owner fixes them in Excel and imports them again.
  const { workbook } = opened;
  const rejectsPath = askedRejectsPath === undefined || workbook === undefined ? askedRejectsPath : workbookRejectsPath(askedRejectsPath);
  try {
    // One transaction for the file, taken at once (a second importer waits for the lock, never
    // half-way through), its rows streamed into it in constant memory without an await. A dry run —
    // or a re-reading only to write the rejects of an earlier import — is the same transaction, rolled back.
    const isRolledBack = options.isDryRun || rejectsOf !== undefined;
    const { counts, validation, importId } = runAgainOnReread(
      () => {
        (rejects as RejectsWriter | undefined)?.discard();
        rejects = undefined;
      },
      () => write(
        db,
        () => {
          const counts: ImportCounts = { ...ZERO_COUNTS };
          let header: readonly string[] = [];
          let delimiter = ";";
          let fileErrors: readonly Finding[] = [];
          const importId = beginImport(db, { merchantId: merchant.id, fileName: nameOf(source.path), sha256, mode: options.mode, startedAt: started });
          const writer = createProductWriter(db, merchant.id, importId, options.mode, started, options.readiness);
          const reject = (row: CheckedRow, findings: readonly Finding[]): void => {
            counts.rejected++;
            writer.keep(row.values.sku);
            if (rejectsPath === undefined) return;
            rejects ??=
              workbook === undefined
                ? createRejectsWriter(rejectsPath, header, delimiter, options.rejectReasonHeader)
                : createXlsxRejectsWriter(rejectsPath, header, options.rejectReasonHeader, workbook.sheet);
            const errors = findings.filter((finding) => finding.severity === "error");
            rejects.write(row.cells, (errors.length > 0 ? errors : fileErrors).map(options.describe).join(options.listSeparator));
          };
          const validation = opened.check({
            onHeader(headers, dialect, headerFindings) {
              header = headers;
              delimiter = dialect.delimiter;
              fileErrors = headerFindings.filter((finding) => finding.severity === "error");
            },
            onRow(row) {
              if (!row.isValid) {
                reject(row, row.findings);
                return undefined;
              }
              let outcome = writer.write(row.values, keepPictures(row.pictures, options.pictureStore, isRolledBack));
              // Create mode, read again: the SKUs the earlier import created exist now, but it did not reject them.
              if (outcome === "exists" && rejectsOf !== undefined && findProductImportId(db, merchant.id, row.values.sku) === rejectsOf) outcome = "unchanged";
              if (outcome !== "exists") {
                counts[outcome]++;
                return undefined;
              }
              reject(row, [{ severity: "error", code: "sku-exists", line: row.line, field: "sku", value: row.values.sku }]);
              return "sku-exists";
            },
          });
          const structural = validation.findings.find((finding) => STRUCTURAL_CODES.has(finding.code));
          if (structural !== undefined) {
            throw new EprovenceError("file-malformed", { path: source.path, line: structural.line, detail: options.describe(structural) });
          }
          // A header error (no SKU column, a field named twice…) rejects every row: such a file names no
          // product reliably, so replace mode must not read it as "delete the whole catalogue".
          counts.deleted = fileErrors.length > 0 ? 0 : writer.deleteUnnamed();
          restampReadiness(db, merchant.id, options.readiness);
          counts.rows = validation.summary.rows;
          counts.errors = validation.summary.errors;
          counts.warnings = validation.summary.warnings;
          finishImport(db, importId, {
            counts,
            encoding: validation.encoding,
            delimiter: validation.delimiter,
            workbook: validation.workbook === undefined ? undefined : { format: validation.workbook.format, sheet: validation.workbook.sheet },
            findings: validation.findings,
            finishedAt: options.now(),
          });
          if (Object.keys(options.mapping).length > 0) saveColumnMappings(db, merchant.id, options.mapping);
          return { counts, validation, importId };
        },
        { isDryRun: isRolledBack },
      ),
    );
    const committedRejects = rejects as RejectsWriter | undefined;
    await committedRejects?.commit();
    return {
      file: source.path,
      merchant: source.merchantRef,
      merchantName: merchant.legalName,
      ...counts,
      status: "imported",
      importId: options.isDryRun ? undefined : importId,
      failure: undefined,
      validation,
      rejectsFile: committedRejects === undefined ? undefined : rejectsPath,
      sameAsImport: undefined,
    };
  } catch (error) {
    (rejects as RejectsWriter | undefined)?.discard();
    throw error;
  } finally {
    opened.close();
  }
}
