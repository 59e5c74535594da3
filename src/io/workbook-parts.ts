import { StringDecoder } from "node:string_decoder";
import { createInflateRaw } from "node:zlib";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import yauzl, { type Entry, type ZipFile } from "yauzl";
import type { UnreadableCells } from "../domain/catalogue/row-validator.js";
import { EprovenceError } from "../domain/errors.js";
import type { WorkbookFormat } from "../domain/catalogue/finding.js";

export type { WorkbookFormat };

/**
 * A workbook's zip read part by part — the plumbing both formats share (.xlsx and .ods are zips of
 * XML parts): each part parsed as it inflates, under caps that refuse a zip bomb before the memory
 * blows, and the rows of a sheet collected under a cell limit.
 */

/** No real catalogue sheet inflates past this; a zip bomb does. */
export const MAX_ENTRY_BYTES = 512 * 1024 * 1024;

export interface WorkbookRow {
  readonly cells: string[];
  /** The row number as the spreadsheet shows it. */
  readonly line: number;
  /** Cells that show no data (a formula's error, a formula never computed): their text is not read. */
  readonly unreadable: UnreadableCells | undefined;
}

export function openZip(bytes: Buffer, path: string): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    // Sizes are checked by parsePart, which tells a part inflating past its declared size (a zip bomb's
    // trick) from a truncated one; yauzl's own check would call both a broken stream.
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: false, strictFileNames: false }, (error, zip) => {
      if (error || zip === undefined) reject(new EprovenceError("workbook-unreadable", { path, reason: "corrupt" }));
      else resolve(zip);
    });
  });
}

export function listEntries(zip: ZipFile, path: string): Promise<Map<string, Entry>> {
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

export interface XmlHandlers {
  open?(tag: SaxesTagPlain): void;
  close?(name: string): void;
  text?(text: string): void;
}

/** Parses one part of the workbook's zip with these handlers. */
export type PartReader = (name: string, handlers: XmlHandlers) => Promise<void>;

/**
 * saxes keeps the text of a node (and a tag's attributes) as one string until its end: a part that
 * runs this far without completing one is refused rather than held (Excel's cells stop at 32,767 characters).
 */
const MAX_XML_RUN = 4 * 1024 * 1024;

/**
 * One part of the zip parsed as it inflates: each chunk goes to saxes as it comes, so a sheet is never
 * held as one string. Refused as too large, besides what `streamPart` refuses: a run of MAX_XML_RUN
 * characters with no complete tag nor text in it. A handler's throw (a sheet past its cell limit)
 * stops the inflating too.
 */
export async function parsePart(zip: ZipFile, entries: ReadonlyMap<string, Entry>, name: string, path: string, handlers: XmlHandlers): Promise<void> {
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
  try {
    await streamPart(zip, entries, name, path, (text) => {
      sinceMarkup += text.length;
      parser.write(text);
      if (sinceMarkup > MAX_XML_RUN) throw new EprovenceError("workbook-too-large", { path, part: name });
    });
    parser.close();
  } catch (error) {
    throw error instanceof EprovenceError ? error : new EprovenceError("workbook-unreadable", { path, reason: "corrupt" });
  }
}

/** A small part read whole as text (an .ods file's `mimetype`); a longer one is cut at `maxChars`. */
export async function readPartText(zip: ZipFile, entries: ReadonlyMap<string, Entry>, name: string, path: string, maxChars: number): Promise<string> {
  let text = "";
  await streamPart(zip, entries, name, path, (chunk) => {
    text = (text + chunk).slice(0, maxChars);
  });
  return text;
}

const STORED = 0;
const DEFLATED = 8;
/**
 * The zip's entries are inflated here, not by yauzl, for this: each chunk is a round trip to zlib's
 * thread while the parser waits, and yauzl's 16 KB ones left a large sheet's reading idle a fifth of its time.
 */
const INFLATE_CHUNK_BYTES = 64 * 1024;
/** The inflated text waiting for the parser, at most (design choice: a few chunks ahead is all it takes). */
const QUEUE_LIMIT_BYTES = 1024 * 1024;

/**
 * One part of the zip as text, chunk by chunk as it inflates (UTF-8 decoded across chunk ends).
 * Refused as too large: a part declaring more than MAX_ENTRY_BYTES (before a byte is inflated), and
 * one inflating past the size it declares. `consume` may throw: the inflating stops, and the promise
 * rejects with its error.
 */
function streamPart(zip: ZipFile, entries: ReadonlyMap<string, Entry>, name: string, path: string, consume: (text: string) => void): Promise<void> {
  const entry = entries.get(name);
  if (entry === undefined) return Promise.reject(new EprovenceError("workbook-unreadable", { path, reason: "not-workbook" }));
  const declared = entry.uncompressedSize;
  if (declared > MAX_ENTRY_BYTES) return Promise.reject(new EprovenceError("workbook-too-large", { path, part: name }));
  // Stored or deflated, as Office and LibreOffice write them; an encrypted entry is no workbook's.
  if (entry.isEncrypted() || (entry.compressionMethod !== STORED && entry.compressionMethod !== DEFLATED)) return Promise.reject(new EprovenceError("workbook-unreadable", { path, reason: "corrupt" }));
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, { decodeFileData: false }, (error, raw) => {
      if (error || raw === undefined) {
        reject(new EprovenceError("workbook-unreadable", { path, reason: "corrupt" }));
        return;
      }
      const inflate = entry.compressionMethod === DEFLATED ? createInflateRaw({ chunkSize: INFLATE_CHUNK_BYTES }) : undefined;
      const stream = inflate === undefined ? raw : raw.pipe(inflate);
      const decoder = new StringDecoder("utf8");
      let inflated = 0;
      let isStopped = false;
      const stop = (failure: unknown): void => {
        isStopped = true;
        raw.destroy();
        inflate?.destroy();
        reject(failure);
      };
      raw.on("error", () => stop(new EprovenceError("workbook-unreadable", { path, reason: "corrupt" })));
      // zlib hands each inflated chunk over from its own thread and inflates the next one only once the
      // handler returns: parsing in the handler would leave one of the two idle at any time. The chunks
      // are queued and parsed on the next turn instead, so zlib inflates while the parser parses; the
      // stream pauses when the queue holds QUEUE_LIMIT_BYTES, so memory stays bounded.
      const queue: Buffer[] = [];
      let queued = 0;
      let isScheduled = false;
      let hasEnded = false;
      const finish = (): void => {
        if (inflated < declared) {
          reject(new EprovenceError("workbook-unreadable", { path, reason: "corrupt" }));
          return;
        }
        consume(decoder.end());
        resolve();
      };
      const drain = (): void => {
        isScheduled = false;
        if (isStopped) return;
        try {
          for (let chunk = queue.shift(); chunk !== undefined; chunk = queue.shift()) consume(decoder.write(chunk));
          queued = 0;
          if (hasEnded) finish();
          else stream.resume();
        } catch (failure) {
          stop(failure);
        }
      };
      const schedule = (): void => {
        if (isScheduled) return;
        isScheduled = true;
        setImmediate(drain);
      };
      stream.on("data", (chunk: Buffer) => {
        if (isStopped) return;
        inflated += chunk.length;
        if (inflated > declared) {
          stop(new EprovenceError("workbook-too-large", { path, part: name, reason: "size-mismatch" }));
          return;
        }
        queue.push(chunk);
        queued += chunk.length;
        if (queued >= QUEUE_LIMIT_BYTES) stream.pause();
        schedule();
      });
      inflate?.on("error", () => stop(new EprovenceError("workbook-unreadable", { path, reason: "corrupt" })));
      stream.on("end", () => {
        if (isStopped) return;
        hasEnded = true;
        schedule();
      });
    });
  });
}

/**
 * A figure of at most 15 digits, no leading zero, no trailing zero after a point, not below 0.000001:
 * it reads back from a double digit for digit, so it is already as the owner typed it — most number
 * cells of a catalogue, spared the conversions below.
 */
const PLAIN_NUMBER = /^-?(?:[1-9]\d*|0(?=\.0{0,5}[1-9]))(?:\.\d*[1-9])?$/;

/** A number as the owner typed it: exact digits for an EAN, no float noise (4.9000000000000004 → 4.9). */
export function formatNumber(raw: string): string {
  if (raw.length <= 15 && PLAIN_NUMBER.test(raw)) return raw;
  const value = Number(raw);
  if (!Number.isFinite(value)) return raw;
  if (Number.isInteger(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER) return BigInt(value).toString();
  if (Number.isInteger(value)) return raw;
  return String(Number(value.toPrecision(15)));
}

/**
 * The most cells a sheet may hold, each row counted up to its last filled cell — a design choice: a
 * small workbook's rows are held for the import's checks (they run inside one synchronous transaction,
 * which cannot wait for an inflating zip; a large one is read in a worker thread, see workbook-stream.ts),
 * and so are those the wizard corrects; 10 million cells (100,000 products of 100 columns, a million
 * of 10) is far past a real catalogue yet well within memory. Past it the sheet is refused while it is
 * read, before its rows fill the memory; a CSV, read as a stream, has no such limit.
 */
export const MAX_SHEET_CELLS = 10_000_000;
/** Excel's last column (XFD): a cell reference past it is a damaged file, not a reason to pad a row forever. */
export const MAX_COLUMNS = 16_384;

/** A sheet as its workbook lists it. */
export interface SheetRef {
  readonly name: string;
  readonly isHidden: boolean;
}

/** Where a sheet's rows and merged cells go as they are read. */
export interface SheetReading {
  row(row: WorkbookRow): void;
  /** A cell merged across columns; an .xlsx lists them after its rows, an .ods with the cell. */
  span(span: CellSpan): void;
}

/** A merged cell that spans columns (`B1:C1`): 0-based columns, rows as the spreadsheet numbers them. */
export interface CellSpan {
  readonly firstRow: number;
  readonly lastRow: number;
  readonly firstColumn: number;
  readonly lastColumn: number;
}

/** One format's way into a workbook: its sheets, in order, and the rows of one of them. */
export interface WorkbookSheets {
  readonly format: WorkbookFormat;
  readonly sheets: readonly SheetRef[];
  /** Reads a sheet's rows into `reading`; resolves to the number of hidden rows holding cells, read like the others. */
  readSheet(index: number, reading: SheetReading): Promise<number>;
}


/**
 * A sheet's rows handed on as they are read: a row's empty trailing cells dropped, empty rows left
 * out, the cells counted.
 */
export function createRowCollector(
  sheet: string,
  path: string,
  reading: SheetReading,
): { add(cells: string[], line: number, isHidden: boolean, unreadable: UnreadableCells | undefined): void; addSpan(span: CellSpan): void; finish(): number } {
  let held = 0;
  let hiddenRows = 0;
  return {
    add(cells, line, isHidden, unreadable) {
      while (cells.length > 0 && (cells[cells.length - 1] ?? "") === "") cells.pop();
      if (cells.length === 0) return;
      held += cells.length;
      if (held > MAX_SHEET_CELLS) throw new EprovenceError("sheet-too-large", { path, sheet, limitMillions: MAX_SHEET_CELLS / 1_000_000 });
      if (isHidden) hiddenRows++;
      reading.row({ cells, line, unreadable });
    },
    addSpan(span) {
      // Counted as a cell: a sheet of millions of merges is bounded too.
      if (span.lastColumn <= span.firstColumn) return;
      if (++held > MAX_SHEET_CELLS) throw new EprovenceError("sheet-too-large", { path, sheet, limitMillions: MAX_SHEET_CELLS / 1_000_000 });
      reading.span(span);
    },
    finish: () => hiddenRows,
  };
}
