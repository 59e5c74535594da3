import type { Entry, ZipFile } from "yauzl";
import { matchHeader } from "../domain/catalogue/fields.js";
import { EprovenceError } from "../domain/errors.js";
import { openOdsSheets } from "./ods-sheets.js";
import { describeOleContainer } from "./ole-container.js";
import { listEntries, openZip, parsePart, readPartText, type CellSpan, type PartReader, type SheetRef, type WorkbookFormat, type WorkbookRow, type WorkbookSheets } from "./workbook-parts.js";
import { openXlsxSheets } from "./xlsx-sheets.js";

export type { WorkbookFormat, WorkbookRow } from "./workbook-parts.js";

/**
 * Reads a workbook — Excel (.xlsx, .xlsm: values only, macros never run) or LibreOffice Calc (.ods) —
 * to rows of cells, for the same validator as the CSV reader. The kind of file is told by its bytes,
 * not its name. The zip is read with yauzl and each part's XML with saxes, chunk by chunk as it
 * inflates: a part is never held as one string, a zip bomb is refused before the memory blows, and a
 * sheet past MAX_SHEET_CELLS while it is read.
 */

/** What a file's first bytes say it is. */
export type FileKind = "zip" | "cfb" | "text";

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The bytes `detectFileKind` needs. */
export const WORKBOOK_SIGNATURE_BYTES = CFB_SIGNATURE.length;

export function detectFileKind(head: Buffer): FileKind {
  if (ZIP_SIGNATURE.every((byte, index) => head[index] === byte)) return "zip";
  if (CFB_SIGNATURE.every((byte, index) => head[index] === byte)) return "cfb";
  return "text";
}

/** The header is looked for within the first rows (owners put a title and a blank row above it). */
const HEADER_SEARCH_ROWS = 20;

/** Where a workbook's catalogue was read: which sheet, which header row. */
export interface WorkbookSource {
  readonly format: WorkbookFormat;
  readonly sheet: string;
  /** The row number of the header, as the spreadsheet shows it. */
  readonly headerLine: number;
  /** Rows hidden in the sheet, read like the others. */
  readonly hiddenRows: number;
}

export interface ReadWorkbookOptions {
  readonly displayName: string;
  /** A sheet's name or its 1-based number; else the first visible sheet whose header is a catalogue's. */
  readonly sheet?: string | undefined;
}

/** Where a sheet's rows go: the header row first, then the data rows (rows above the header are left out). */
export interface SheetRows {
  row(row: WorkbookRow): void;
}

/**
 * Reads a workbook's catalogue sheet into the rows `open` returns, each handed on as it is read.
 * `open` is called once the sheet is known, before its first row — and again, for a fresh start, when
 * an .xlsx's header turns out merged across columns: its sheet lists its merged cells after its rows,
 * which are then read again with the merge known. Resolves to where the catalogue was found and the
 * rows last opened.
 */
export async function readWorkbook<Rows extends SheetRows>(bytes: Buffer, options: ReadWorkbookOptions, open: (sheet: string) => Rows): Promise<{ readonly source: WorkbookSource; readonly rows: Rows }> {
  const { displayName } = options;
  const kind = detectFileKind(bytes);
  if (kind === "cfb") {
    const content = describeOleContainer(bytes);
    if (content === "other") throw new EprovenceError("workbook-unreadable", { path: displayName, reason: "not-workbook-ole" });
    throw new EprovenceError("workbook-old-or-encrypted", { path: displayName, kind: content === "encrypted-workbook" ? "encrypted" : "xls" });
  }
  const zip = await openZip(bytes, displayName);
  try {
    const workbook = await openSheets(zip, await listEntries(zip, displayName), displayName);
    const chosen = chooseSheets(workbook.sheets, options);
    for (const index of chosen) {
      const read = await readCatalogueSheet(workbook, index, chosen.length === 1, open);
      if (read !== undefined) return read;
    }
    throw new EprovenceError("sheet-not-found", { path: displayName, sheet: options.sheet ?? "" });
  } finally {
    zip.close();
  }
}

/** The rows of a workbook's catalogue sheet, held whole: for a reader that needs them all before it starts. */
export async function readWorkbookRows(bytes: Buffer, options: ReadWorkbookOptions): Promise<{ readonly source: WorkbookSource; readonly rows: readonly WorkbookRow[] }> {
  const { source, rows } = await readWorkbook(bytes, options, () => {
    const held: WorkbookRow[] = [];
    return { held, row: (row: WorkbookRow) => void held.push(row) };
  });
  return { source, rows: rows.held };
}

/**
 * One sheet's rows from its header on, handed to `open`'s rows as they are read; undefined when the
 * sheet has no header within its first rows and others are tried (`isOnlyChoice` false): the sheet
 * is still read to its end, so that a damaged or oversized one is refused whichever sheet is used.
 * Without a header, the only sheet tried is read from its first row. `knownSpans`: the merged cells,
 * when they are read again because they came after the rows.
 */
async function readCatalogueSheet<Rows extends SheetRows>(
  workbook: WorkbookSheets,
  index: number,
  isOnlyChoice: boolean,
  open: (sheet: string) => Rows,
  knownSpans?: readonly CellSpan[],
): Promise<{ readonly source: WorkbookSource; readonly rows: Rows } | undefined> {
  const name = workbook.sheets[index]?.name ?? "";
  const spans: CellSpan[] = [...(knownSpans ?? [])];
  /** The rows read while the header is looked for. */
  let pending: WorkbookRow[] = [];
  let isSkipped = false;
  let headerLine: number | undefined;
  let rows: Rows | undefined;
  let deliver: ((row: WorkbookRow) => void) | undefined;
  let isMergeLate = false;
  const start = (headerIndex: number): void => {
    const header = pending[headerIndex];
    headerLine = header?.line ?? 1;
    const opened = open(name);
    rows = opened;
    deliver = (row) => {
      joinMergedHeaders(row, spans, headerLine ?? 1);
      opened.row(row);
    };
    for (const row of pending.slice(headerIndex)) deliver(row);
    pending = [];
  };
  const hiddenRows = await workbook.readSheet(index, {
    row(row) {
      if (deliver !== undefined) {
        deliver(row);
        return;
      }
      if (isSkipped) return;
      pending.push(row);
      if (isHeaderRow(row)) start(pending.length - 1);
      else if (pending.length < HEADER_SEARCH_ROWS) return;
      else if (isOnlyChoice) start(0);
      else {
        isSkipped = true;
        pending = [];
      }
    },
    span(span) {
      if (knownSpans !== undefined) return;
      spans.push(span);
      if (deliver !== undefined && isOnHeader(span, headerLine ?? 1)) isMergeLate = true;
    },
  });
  if (rows === undefined) {
    if (isSkipped || !isOnlyChoice) return undefined;
    start(0);
  }
  if (isMergeLate) return readCatalogueSheet(workbook, index, isOnlyChoice, open, spans);
  return rows === undefined ? undefined : { source: { format: workbook.format, sheet: name, headerLine: headerLine ?? 1, hiddenRows }, rows };
}

const ODS_MIMETYPE = /^application\/vnd\.oasis\.opendocument\.spreadsheet(-template)?$/;

/** The format, told by the zip's content: an OpenDocument's `mimetype` entry, or Excel's parts. */
async function openSheets(zip: ZipFile, entries: ReadonlyMap<string, Entry>, path: string): Promise<WorkbookSheets> {
  const read: PartReader = (name, handlers) => parsePart(zip, entries, name, path, handlers);
  if (entries.has("mimetype") && entries.has("content.xml") && ODS_MIMETYPE.test((await readPartText(zip, entries, "mimetype", path, 100)).trim())) return openOdsSheets(read, path);
  if (entries.has("[Content_Types].xml") && entries.has("xl/workbook.xml")) return openXlsxSheets(read, (part) => entries.has(part), path);
  throw new EprovenceError("workbook-unreadable", { path, reason: "not-workbook" });
}

/** The sheets to try, by index: the one asked for, else every visible one in order. */
function chooseSheets(sheets: readonly SheetRef[], options: ReadWorkbookOptions): number[] {
  const asked = options.sheet;
  if (asked === undefined) return sheets.flatMap((sheet, index) => (sheet.isHidden ? [] : [index]));
  const byName = sheets.findIndex((sheet) => sheet.name.toLowerCase() === asked.trim().toLowerCase());
  if (byName >= 0) return [byName];
  const byNumber = /^\d+$/.test(asked.trim()) ? Number(asked) - 1 : -1;
  if (byNumber >= 0 && byNumber < sheets.length) return [byNumber];
  throw new EprovenceError("sheet-not-found", { path: options.displayName, sheet: asked });
}

const isOnHeader = (span: CellSpan, headerLine: number): boolean => span.firstRow <= headerLine && span.lastRow >= headerLine;

/**
 * A header cell merged across columns (B1:C1) is one column, as the owner sees it: the spreadsheet
 * shows the text of its first cell over the whole span, and the cells it covers, which show nothing,
 * are no columns of their own (no unknown, empty or duplicate column, whatever a program left in
 * them). Below it, each row's span is read as one cell: its filled cells joined by a space — a value
 * typed under any part of the header is read, and two values under one header are both shown, never
 * one silently dropped. A row whose span holds a cell showing no data (#N/A) is left as it is, for
 * that cell's own finding. Joining a row twice changes nothing (an .ods row repeated is one array).
 */
function joinMergedHeaders({ cells, line, unreadable }: WorkbookRow, spans: readonly CellSpan[], headerLine: number): void {
  for (const span of spans) {
    if (!isOnHeader(span, headerLine)) continue;
    const last = Math.min(span.lastColumn, cells.length - 1);
    if (last <= span.firstColumn) continue;
    if (line <= span.lastRow) {
      // The merged cell itself: only its first cell shows (and on a row below its first, none).
      cells.fill("", line === span.firstRow ? span.firstColumn + 1 : span.firstColumn, last + 1);
      continue;
    }
    const covered = cells.slice(span.firstColumn, last + 1);
    if (unreadable !== undefined && covered.some((_, offset) => unreadable.has(span.firstColumn + offset))) continue;
    cells.fill("", span.firstColumn, last + 1);
    cells[span.firstColumn] = covered.filter((cell) => cell.trim() !== "").join(" ");
  }
}

/** A row where at least two cells are catalogue column names. */
function isHeaderRow(row: WorkbookRow): boolean {
  return row.cells.filter((cell) => cell.trim() !== "" && matchHeader(cell) !== undefined).length >= 2;
}
