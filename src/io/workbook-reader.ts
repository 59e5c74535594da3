import { StringDecoder } from "node:string_decoder";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import yauzl, { type Entry, type ZipFile } from "yauzl";
import { matchHeader } from "../domain/catalogue/fields.js";
import { columnIndex } from "../domain/catalogue/finding.js";
import { EprovenceError } from "../domain/errors.js";

/**
 * Reads an Excel workbook (.xlsx, .xlsm: values only, macros never run) to rows of cells, for the same
 * validator as the CSV reader. The kind of file is told by its bytes, not its name. The zip is read
 * with yauzl and each part's XML with saxes, chunk by chunk as it inflates: a part is never held as one
 * string, a zip bomb is refused before the memory blows, and a sheet past MAX_SHEET_CELLS while it is read.
 */

/** What a file's first bytes say it is. */
export type FileKind = "zip" | "cfb" | "text";

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function detectFileKind(head: Buffer): FileKind {
  if (ZIP_SIGNATURE.every((byte, index) => head[index] === byte)) return "zip";
  if (CFB_SIGNATURE.every((byte, index) => head[index] === byte)) return "cfb";
  return "text";
}

/** No real catalogue sheet inflates past this; a zip bomb does. */
export const MAX_ENTRY_BYTES = 512 * 1024 * 1024;
/** The header is looked for within the first rows (owners put a title and a blank row above it). */
const HEADER_SEARCH_ROWS = 20;

export interface WorkbookRow {
  readonly cells: string[];
  /** The row number as the spreadsheet shows it. */
  readonly line: number;
}

export interface WorkbookContent {
  readonly sheet: string;
  /** The header row first, then the data rows; rows above the header are left out. */
  readonly rows: readonly WorkbookRow[];
  readonly headerLine: number;
  readonly hiddenRows: number;
}

export interface ReadWorkbookOptions {
  readonly displayName: string;
  /** A sheet's name or its 1-based number; else the first visible sheet whose header is a catalogue's. */
  readonly sheet?: string | undefined;
}

interface SheetRef {
  readonly name: string;
  readonly path: string;
  readonly isHidden: boolean;
}

export async function readWorkbook(bytes: Buffer, options: ReadWorkbookOptions): Promise<WorkbookContent> {
  const { displayName } = options;
  const kind = detectFileKind(bytes);
  if (kind === "cfb") throw new EprovenceError("workbook-old-or-encrypted", { path: displayName });
  const zip = await openZip(bytes, displayName);
  try {
    const entries = await listEntries(zip, displayName);
    if (!entries.has("[Content_Types].xml") || !entries.has("xl/workbook.xml")) {
      throw new EprovenceError("workbook-unreadable", { path: displayName, reason: entries.has("mimetype") ? "ods" : "not-workbook" });
    }
    const read: PartReader = (name, handlers) => parsePart(zip, entries, name, displayName, handlers);
    const sheets = await readSheetList(read, entries.has("xl/_rels/workbook.xml.rels"));
    const sharedStrings = entries.has("xl/sharedStrings.xml") ? await readSharedStrings(read) : [];
    const dateStyles = entries.has("xl/styles.xml") ? await readDateStyles(read) : new Set<number>();
    const chosen = chooseSheet(sheets, options);
    for (const sheet of chosen) {
      const content = await readSheet(read, sheet, sharedStrings, dateStyles, displayName);
      const headerIndex = findHeaderRow(content.rows);
      if (headerIndex === undefined && chosen.length > 1) continue;
      const start = headerIndex ?? 0;
      const header = content.rows[start];
      return { sheet: sheet.name, rows: content.rows.slice(start), headerLine: header?.line ?? 1, hiddenRows: content.hiddenRows };
    }
    throw new EprovenceError("sheet-not-found", { path: displayName, sheet: options.sheet ?? "" });
  } finally {
    zip.close();
  }
}

function chooseSheet(sheets: readonly SheetRef[], options: ReadWorkbookOptions): SheetRef[] {
  const asked = options.sheet;
  if (asked === undefined) return sheets.filter((sheet) => !sheet.isHidden);
  const byName = sheets.find((sheet) => sheet.name.toLowerCase() === asked.trim().toLowerCase());
  if (byName) return [byName];
  const byNumber = /^\d+$/.test(asked.trim()) ? sheets[Number(asked) - 1] : undefined;
  if (byNumber) return [byNumber];
  throw new EprovenceError("sheet-not-found", { path: options.displayName, sheet: asked });
}

/** The first row within the first 20 where at least two cells are catalogue column names. */
function findHeaderRow(rows: readonly WorkbookRow[]): number | undefined {
  for (let index = 0; index < rows.length && index < HEADER_SEARCH_ROWS; index++) {
    const recognised = (rows[index]?.cells ?? []).filter((cell) => cell.trim() !== "" && matchHeader(cell) !== undefined).length;
    if (recognised >= 2) return index;
  }
  return undefined;
}

function openZip(bytes: Buffer, path: string): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    // Sizes are checked by parsePart, which tells a part inflating past its declared size (a zip bomb's
    // trick) from a truncated one; yauzl's own check would call both a broken stream.
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: false, strictFileNames: false }, (error, zip) => {
      if (error || zip === undefined) reject(new EprovenceError("workbook-unreadable", { path, reason: "corrupt" }));
      else resolve(zip);
    });
  });
}

function listEntries(zip: ZipFile, path: string): Promise<Map<string, Entry>> {
  return new Promise((resolve, reject) => {
    const entries = new Map<string, Entry>();
    zip.on("entry", (entry: Entry) => {
      entries.set(entry.fileName, entry);
      zip.readEntry();
    });
    zip.on("end", () => resolve(entries));
    zip.on("error", () => reject(new EprovenceError("workbook-unreadable", { path, reason: "corrupt" })));
    zip.readEntry();
  });
}

interface XmlHandlers {
  open?(tag: SaxesTagPlain): void;
  close?(name: string): void;
  text?(text: string): void;
}

/** Parses one part of the workbook's zip with these handlers. */
type PartReader = (name: string, handlers: XmlHandlers) => Promise<void>;

/**
 * saxes keeps the text of a node (and a tag's attributes) as one string until its end: a part that
 * runs this far without completing one is refused rather than held (Excel's cells stop at 32,767 characters).
 */
const MAX_XML_RUN = 4 * 1024 * 1024;

/**
 * One part of the zip parsed as it inflates: each chunk goes to saxes as it comes, so a sheet is never
 * held as one string. Refused as too large: a part declaring more than MAX_ENTRY_BYTES (before a byte
 * is inflated), one inflating past the size it declares, and a run of MAX_XML_RUN characters with no
 * complete tag nor text in it. A handler's throw (a sheet past its cell limit) stops the inflating too.
 */
function parsePart(zip: ZipFile, entries: ReadonlyMap<string, Entry>, name: string, path: string, handlers: XmlHandlers): Promise<void> {
  const entry = entries.get(name);
  if (entry === undefined) return Promise.reject(new EprovenceError("workbook-unreadable", { path, reason: "not-workbook" }));
  const declared = entry.uncompressedSize;
  if (declared > MAX_ENTRY_BYTES) return Promise.reject(new EprovenceError("workbook-too-large", { path, part: name }));
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  let sinceMarkup = 0;
  parser.on("opentag", (tag) => {
    sinceMarkup = 0;
    handlers.open?.(tag);
  });
  parser.on("closetag", (tag) => {
    sinceMarkup = 0;
    handlers.close?.(tag.name);
  });
  parser.on("text", (text) => {
    sinceMarkup = 0;
    handlers.text?.(text);
  });
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || stream === undefined) {
        reject(new EprovenceError("workbook-unreadable", { path, reason: "corrupt" }));
        return;
      }
      const decoder = new StringDecoder("utf8");
      let inflated = 0;
      const fail = (failure: unknown): void => {
        stream.destroy();
        reject(failure instanceof EprovenceError ? failure : new EprovenceError("workbook-unreadable", { path, reason: "corrupt" }));
      };
      stream.on("data", (chunk: Buffer) => {
        inflated += chunk.length;
        if (inflated > declared) {
          fail(new EprovenceError("workbook-too-large", { path, part: name, reason: "size-mismatch" }));
          return;
        }
        const text = decoder.write(chunk);
        sinceMarkup += text.length;
        try {
          parser.write(text);
        } catch (failure) {
          fail(failure);
          return;
        }
        if (sinceMarkup > MAX_XML_RUN) fail(new EprovenceError("workbook-too-large", { path, part: name }));
      });
      stream.on("error", fail);
      stream.on("end", () => {
        if (inflated < declared) {
          reject(new EprovenceError("workbook-unreadable", { path, reason: "corrupt" }));
          return;
        }
        try {
          parser.write(decoder.end()).close();
          resolve();
        } catch (failure) {
          reject(failure instanceof EprovenceError ? failure : new EprovenceError("workbook-unreadable", { path, reason: "corrupt" }));
        }
      });
    });
  });
}

async function readSheetList(read: PartReader, hasRelationships: boolean): Promise<SheetRef[]> {
  const targets = new Map<string, string>();
  if (hasRelationships) {
    await read("xl/_rels/workbook.xml.rels", {
      open(tag) {
        if (tag.name === "Relationship") targets.set(String(tag.attributes.Id), String(tag.attributes.Target));
      },
    });
  }
  const sheets: SheetRef[] = [];
  await read("xl/workbook.xml", {
    open(tag) {
      if (tag.name !== "sheet") return;
      const id = String(tag.attributes["r:id"] ?? "");
      const target = targets.get(id) ?? `worksheets/sheet${sheets.length + 1}.xml`;
      const path = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
      sheets.push({ name: String(tag.attributes.name ?? ""), path, isHidden: tag.attributes.state !== undefined && tag.attributes.state !== "visible" });
    },
  });
  return sheets;
}

/** Shared strings, rich text read as its text (phonetic runs left out). */
async function readSharedStrings(read: PartReader): Promise<string[]> {
  const strings: string[] = [];
  let current = "";
  let inText = false;
  let inPhonetic = false;
  await read("xl/sharedStrings.xml", {
    open(tag) {
      if (tag.name === "si") current = "";
      else if (tag.name === "t") inText = true;
      else if (tag.name === "rPh") inPhonetic = true;
    },
    close(name) {
      if (name === "si") strings.push(current);
      else if (name === "t") inText = false;
      else if (name === "rPh") inPhonetic = false;
    },
    text(text) {
      if (inText && !inPhonetic) current += text;
    },
  });
  return strings;
}

const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** The style indexes whose number format shows a date. */
async function readDateStyles(read: PartReader): Promise<Set<number>> {
  const dateFormats = new Set(BUILTIN_DATE_FORMATS);
  const styles = new Set<number>();
  let inCellXfs = false;
  let index = 0;
  await read("xl/styles.xml", {
    open(tag) {
      if (tag.name === "numFmt") {
        const code = String(tag.attributes.formatCode ?? "").replace(/"[^"]*"|\[[^\]]*\]/g, "");
        if (/[dmy]/i.test(code) && !/^[#0.,\s€%]*$/.test(code)) dateFormats.add(Number(tag.attributes.numFmtId));
      } else if (tag.name === "cellXfs") inCellXfs = true;
      else if (tag.name === "xf" && inCellXfs) {
        if (dateFormats.has(Number(tag.attributes.numFmtId ?? 0))) styles.add(index);
        index++;
      }
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
  });
  return styles;
}

/** A number as the owner typed it: exact digits for an EAN, no float noise (4.9000000000000004 → 4.9). */
export function formatNumber(raw: string): string {
  const value = Number(raw);
  if (!Number.isFinite(value)) return raw;
  if (Number.isInteger(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER) return BigInt(value).toString();
  if (Number.isInteger(value)) return raw;
  return String(Number(value.toPrecision(15)));
}

/** A date serial (days since 1899-12-30, the Excel 1900 system) → YYYY-MM-DD. */
function formatDate(raw: string): string {
  const serial = Number(raw);
  if (!Number.isFinite(serial)) return raw;
  return new Date(Math.round((serial - 25569) * 86400000)).toISOString().slice(0, 10);
}

/**
 * The most cells a sheet may hold, each row counted up to its last filled cell — a design choice: a
 * workbook's rows are held in memory for the checks (the import checks them inside one synchronous
 * transaction, which cannot wait for an inflating zip), and 10 million cells (100,000 products of 100
 * columns, a million of 10) is far past a real catalogue yet well within memory. Past it the sheet is
 * refused while it is read, before its rows fill the memory; a CSV, read as a stream, has no such limit.
 */
export const MAX_SHEET_CELLS = 10_000_000;
/** Excel's last column (XFD): a cell reference past it is a damaged file, not a reason to pad a row forever. */
const MAX_COLUMNS = 16_384;

/** A sheet's rows as they are read: a row's empty trailing cells dropped, empty rows left out, the cells counted. */
function createRowCollector(sheet: string, path: string): { readonly rows: WorkbookRow[]; add(cells: string[], line: number): void } {
  const rows: WorkbookRow[] = [];
  let held = 0;
  return {
    rows,
    add(cells, line) {
      while (cells.length > 0 && (cells[cells.length - 1] ?? "") === "") cells.pop();
      if (cells.length === 0) return;
      held += cells.length;
      if (held > MAX_SHEET_CELLS) throw new EprovenceError("sheet-too-large", { path, sheet, limitMillions: MAX_SHEET_CELLS / 1_000_000 });
      rows.push({ cells, line });
    },
  };
}

async function readSheet(read: PartReader, sheet: SheetRef, sharedStrings: readonly string[], dateStyles: ReadonlySet<number>, path: string): Promise<{ rows: WorkbookRow[]; hiddenRows: number }> {
  const collector = createRowCollector(sheet.name, path);
  let hiddenRows = 0;
  let cells: string[] = [];
  let rowNumber = 0;
  let cellType = "n";
  let cellStyle = 0;
  let cellColumn = 0;
  let value = "";
  let inValue = false;
  let hasValue = false;
  await read(sheet.path, {
    open(tag) {
      switch (tag.name) {
        case "row": {
          rowNumber = tag.attributes.r === undefined ? rowNumber + 1 : Number(tag.attributes.r);
          if (tag.attributes.hidden === "1" || tag.attributes.hidden === "true") hiddenRows++;
          cells = [];
          cellColumn = 0;
          break;
        }
        case "c":
          cellType = String(tag.attributes.t ?? "n");
          cellStyle = Number(tag.attributes.s ?? 0);
          cellColumn = tag.attributes.r === undefined ? cellColumn : columnIndex(String(tag.attributes.r));
          if (cellColumn >= MAX_COLUMNS) throw new EprovenceError("workbook-unreadable", { path, reason: "corrupt" });
          value = "";
          hasValue = false;
          break;
        case "v":
        case "t":
          inValue = true;
          hasValue = true;
          break;
      }
    },
    text(text) {
      if (inValue) value += text;
    },
    close(name) {
      if (name === "v" || name === "t") inValue = false;
      else if (name === "c") {
        if (hasValue) {
          while (cells.length < cellColumn) cells.push("");
          cells[cellColumn] = cellText(cellType, cellStyle, value, sharedStrings, dateStyles);
        }
        cellColumn++;
      } else if (name === "row") {
        collector.add(cells, rowNumber);
      }
    },
  });
  return { rows: collector.rows, hiddenRows };
}

function cellText(type: string, style: number, value: string, sharedStrings: readonly string[], dateStyles: ReadonlySet<number>): string {
  switch (type) {
    case "s":
      return sharedStrings[Number(value)] ?? "";
    case "b":
      return value === "1" ? "TRUE" : "FALSE";
    case "str":
    case "inlineStr":
    case "e":
      return value;
    default:
      return dateStyles.has(style) ? formatDate(value) : formatNumber(value);
  }
}
