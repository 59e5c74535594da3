import { isAscii, isUtf8 } from "node:buffer";
import { CsvError, Parser } from "csv-parse";
import { DELIMITERS, type Delimiter } from "../domain/catalogue/delimiters.js";
import { EprovenceError, type FindingCode } from "../domain/errors.js";

/**
 * Reads a CSV file as French spreadsheets write it, streaming in constant memory: detects the
 * encoding on the bytes (BOM; valid UTF-8; else Windows-1252 — decoded with iconv-lite, because Node
 * 20's TextDecoder treats windows-1252 as Latin-1 and loses € œ ’ …), sniffs the delimiter, and hands
 * each record to `onRecord` with the physical line where it starts.
 */

export type { Delimiter };

export interface Dialect {
  /** What was read: "utf-8", "utf-8-bom", "windows-1252", "utf-16le"… */
  readonly encoding: string;
  readonly delimiter: Delimiter;
  /** Mean bytes per record in the first block (after decoding to UTF-8): with the file size, an estimate of the row count. */
  readonly bytesPerRecord: number;
}

export interface ReadCsvOptions {
  /** Force an encoding (any name iconv-lite knows); detected when absent. */
  readonly encoding?: string | undefined;
  readonly delimiter?: Delimiter | undefined;
  /** Shown in failures ("-" for standard input). */
  readonly displayName: string;
}

export interface CsvHandlers {
  /** Called once, before any record, with what was detected. */
  dialect(dialect: Dialect): void;
  /** Each record (the header included), with the 1-based physical line where it starts. */
  record(cells: string[], line: number): void;
  /** Structural problems found while reading: they end the reading of the file. */
  problem(code: FindingCode, line: number, params?: Record<string, string | number>): void;
}

export interface ReadCsvResult extends Omit<Dialect, "bytesPerRecord"> {
  /** Set when bytes invalid in the chosen encoding were replaced. */
  readonly hadInvalidBytes: boolean;
  /** The line of the first record holding a replaced byte, when there is one. */
  readonly invalidBytesLine?: number | undefined;
}

/** Enough bytes to see the encoding and the header of any real catalogue. */
export const SNIFF_BYTES = 64 * 1024;
/** A record larger than this is a misplaced quote swallowing the file, not a product. */
const MAX_RECORD_CHARS = 1 << 20;

const BINARY_SIGNATURES: readonly Buffer[] = [
  Buffer.from("PK\x03\x04", "latin1"), // .xlsx, .zip
  Buffer.from("%PDF", "latin1"),
  Buffer.from([0x89, 0x50, 0x4e, 0x47]), // PNG
  Buffer.from([0xff, 0xd8, 0xff]), // JPEG
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), // .xls (OLE2)
];

export async function readCsv(
  chunks: AsyncIterable<Buffer>,
  options: ReadCsvOptions,
  handlers: CsvHandlers,
): Promise<ReadCsvResult> {
  const iterator = chunks[Symbol.asyncIterator]();
  try {
    const prepared = await prepareCsv(await readHead(iterator), options, { isSynchronous: false });
    const pass = new CsvPass(prepared, handlers);
    let ok = pass.start();
    while (ok) {
      const next = await iterator.next();
      if (next.done) break;
      if (pass.needsIconv(next.value)) await loadIconv();
      ok = pass.push(next.value);
    }
    if (pass.needsIconv()) await loadIconv();
    return pass.end(ok);
  } finally {
    await iterator.return?.();
  }
}

/**
 * The same reading without a single `await` once `prepared` is known, for a caller that must not yield
 * (the import writes each record into an open SQLite transaction, which cannot span an `await`):
 * `readChunk` returns the next bytes of the file, or undefined at its end.
 */
export function readCsvSync(prepared: PreparedCsv, readChunk: () => Buffer | undefined, handlers: CsvHandlers): ReadCsvResult {
  const pass = new CsvPass(prepared, handlers);
  let ok = pass.start();
  while (ok) {
    const chunk = readChunk();
    if (chunk === undefined) break;
    ok = pass.push(chunk);
  }
  return pass.end(ok);
}

/** What the first bytes of a file told: its encoding and dialect, with the decoder that read them. */
export interface PreparedCsv {
  readonly dialect: Dialect;
  readonly decoder: Decoder;
  /** The first bytes, already decoded to UTF-8 (the decoder has consumed them). */
  readonly firstText: Buffer;
  readonly isMixed: boolean;
}

/**
 * Reads the dialect from the file's first bytes (`head`: up to SNIFF_BYTES). For a synchronous pass,
 * iconv-lite is loaded now whenever a later byte might still switch the file to Windows-1252.
 */
export async function prepareCsv(head: Buffer, options: ReadCsvOptions, mode: { readonly isSynchronous: boolean }): Promise<PreparedCsv> {
  if (isBlank(head)) throw new EprovenceError("file-empty", { path: options.displayName });
  const decoder = await createDecoder(head, options);
  if (mode.isSynchronous && decoder.mayFallBack) await loadIconv();
  const firstText = decoder.decode(head);
  const headText = firstText.toString("utf8");
  const delimiter = options.delimiter ?? sniffDelimiter(headText);
  return { dialect: { encoding: decoder.encoding, delimiter, bytesPerRecord: measureBytesPerRecord(firstText) }, decoder, firstText, isMixed: hasMixedLineEndings(headText) };
}

/** One pass over a prepared file: bytes in, records out (through the handlers), in constant memory. */
class CsvPass {
  private readonly records: RecordStream;
  /** The line of the first record holding a replaced byte. */
  private invalidBytesLine: number | undefined;

  constructor(
    private readonly prepared: PreparedCsv,
    private readonly handlers: CsvHandlers,
  ) {
    const { decoder } = prepared;
    // Bytes that are not UTF-8 come out of the parser as U+FFFD: once the decoder has met some, look
    // for the first record carrying one, so the warning can name its line (no cost on clean files).
    this.records = new RecordStream(prepared.dialect.delimiter, prepared.isMixed, {
      ...handlers,
      record: (cells, line) => {
        if (this.invalidBytesLine === undefined && decoder.hadInvalidBytes && cells.some((cell) => cell.includes("\uFFFD"))) this.invalidBytesLine = line;
        handlers.record(cells, line);
      },
    });
  }

  /** Says the dialect, then reads the first bytes; false when a structural problem ended the reading. */
  start(): boolean {
    this.handlers.dialect(this.prepared.dialect);
    return this.records.push(this.prepared.firstText);
  }

  /** Whether iconv-lite must be loaded before `chunk` (or the end, without one) can be decoded. */
  needsIconv(chunk?: Buffer): boolean {
    return iconvModule === undefined && this.prepared.decoder.mayFallBack && (chunk === undefined || !isAscii(chunk));
  }

  push(chunk: Buffer): boolean {
    return this.records.push(this.prepared.decoder.decode(chunk));
  }

  /** `ok`: the reading was not ended by a structural problem. */
  end(ok: boolean): ReadCsvResult {
    const { decoder, dialect } = this.prepared;
    // Bytes held back at a chunk boundary belong to the last record (a final "é" with no newline).
    if (ok && this.records.push(decoder.end())) this.records.end();
    return { encoding: decoder.encoding, delimiter: dialect.delimiter, hadInvalidBytes: decoder.hadInvalidBytes, invalidBytesLine: this.invalidBytesLine };
  }
}

async function readHead(iterator: AsyncIterator<Buffer>): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  while (size < SNIFF_BYTES) {
    const next = await iterator.next();
    if (next.done) break;
    parts.push(next.value);
    size += next.value.length;
  }
  return Buffer.concat(parts, size);
}

function isBlank(head: Buffer): boolean {
  for (const byte of head) {
    // Whitespace and a lone UTF-8 BOM do not make a catalogue.
    if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0xef && byte !== 0xbb && byte !== 0xbf) {
      return false;
    }
  }
  return true;
}

export interface Decoder {
  encoding: string;
  hadInvalidBytes: boolean;
  /** Bytes in the file's encoding → UTF-8 bytes for the parser. */
  decode(chunk: Buffer): Buffer;
  /** What is still held back at the end of the input. */
  end(): Buffer;
  /** Still ASCII so far: the next non-ASCII byte may switch it to Windows-1252 (iconv-lite must be loaded). */
  readonly mayFallBack: boolean;
}

type Iconv = typeof import("iconv-lite");
let iconvModule: Iconv | undefined;

/** iconv-lite and its tables cost ~20 ms to load: only files that are not UTF-8 pay it. */
async function loadIconv(): Promise<Iconv> {
  iconvModule ??= (await import("iconv-lite")).default;
  return iconvModule;
}

function loadedIconv(): Iconv {
  if (iconvModule === undefined) throw new Error("iconv-lite is used before loadIconv()");
  return iconvModule;
}

function startsWith(buffer: Buffer, prefix: readonly number[] | Buffer): boolean {
  if (buffer.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (buffer[i] !== prefix[i]) return false;
  return true;
}

/** UTF-16, told by its BOM or asked for: the one text encoding whose bytes hold zeros. */
function findUtf16(head: Buffer, options: ReadCsvOptions): "utf-16le" | "utf-16be" | undefined {
  const forced = options.encoding?.toLowerCase();
  if (startsWith(head, [0xff, 0xfe]) || forced === "utf-16le" || forced === "utf16le") return "utf-16le";
  if (startsWith(head, [0xfe, 0xff]) || forced === "utf-16be") return "utf-16be";
  return undefined;
}

/**
 * Refuses a file that is not text (exit 2, `file-binary`), from its first bytes: a zero byte outside
 * UTF-16, or the signature of a workbook, a PDF or an image. `validate`, `import` and the copy of a
 * pipe all judge with this one check.
 */
export function checkTextHead(head: Buffer, options: ReadCsvOptions): void {
  if (findUtf16(head, options) !== undefined) return;
  if (head.includes(0) || BINARY_SIGNATURES.some((signature) => startsWith(head, signature))) {
    throw new EprovenceError("file-binary", { path: options.displayName });
  }
}

async function createDecoder(head: Buffer, options: ReadCsvOptions): Promise<Decoder> {
  const forced = options.encoding?.toLowerCase();
  const utf16 = findUtf16(head, options);
  if (utf16 !== undefined) {
    await loadIconv();
    return iconvDecoder(utf16);
  }
  checkTextHead(head, options);
  const hasBom = startsWith(head, [0xef, 0xbb, 0xbf]);
  if (forced !== undefined && forced !== "utf-8" && forced !== "utf8") {
    const iconv = await loadIconv();
    if (!iconv.encodingExists(forced)) throw new EprovenceError("unknown-encoding", { value: options.encoding ?? "" });
    return iconvDecoder(forced === "cp1252" || forced === "win1252" ? "windows-1252" : forced);
  }
  if (forced !== undefined || hasBom || isUtf8(head.subarray(0, completeUtf8Length(head)))) {
    return utf8Decoder(hasBom ? "utf-8-bom" : "utf-8", forced === undefined && !hasBom);
  }
  // UTF-8 text with a few stray Windows-1252 bytes pasted in: decoding it all as Windows-1252 would
  // silently turn every "è" into "Ã¨"; read it as UTF-8 and report the bad bytes instead.
  if (isMostlyUtf8(head)) return utf8Decoder("utf-8", false);
  await loadIconv();
  return iconvDecoder("windows-1252");
}

function iconvDecoder(encoding: string): Decoder {
  const stream = loadedIconv().getDecoder(encoding);
  return {
    encoding,
    hadInvalidBytes: false,
    mayFallBack: false,
    decode: (chunk) => Buffer.from(stream.write(chunk), "utf8"),
    end: () => Buffer.from(stream.end() ?? "", "utf8"),
  };
}

/**
 * UTF-8 bytes go to the parser untouched (the fast path). When only ASCII has been seen so far the
 * choice is still open (`mayFallBack`): the first non-ASCII byte that is not valid UTF-8 means
 * Windows-1252, which is identical on everything already read.
 */
function utf8Decoder(encoding: string, mayFallBack: boolean): Decoder {
  let isUndecided = mayFallBack;
  let carry: Buffer = Buffer.alloc(0);
  let fallback: Decoder | undefined;
  const decoder: Decoder = {
    encoding,
    hadInvalidBytes: false,
    get mayFallBack() {
      return isUndecided && fallback === undefined;
    },
    decode(chunk) {
      if (fallback) return fallback.decode(chunk);
      if (isAscii(chunk) && carry.length === 0) return chunk;
      const bytes = carry.length === 0 ? chunk : Buffer.concat([carry, chunk]);
      const complete = completeUtf8Length(bytes);
      if (!isUtf8(bytes.subarray(0, complete))) {
        if (isUndecided) {
          fallback = iconvDecoder("windows-1252");
          decoder.encoding = fallback.encoding;
          carry = Buffer.alloc(0);
          return fallback.decode(bytes);
        }
        decoder.hadInvalidBytes = true;
      }
      // Only a real multi-byte character settles it: a chunk may end just after a Windows-1252 "é",
      // held back in `carry` as the start of a UTF-8 sequence while the rest is ASCII.
      if (isUndecided && !isAscii(bytes.subarray(0, complete))) isUndecided = false;
      carry = Buffer.from(bytes.subarray(complete));
      return bytes.subarray(0, complete);
    },
    end() {
      if (fallback) return fallback.end();
      if (carry.length === 0) return carry;
      const rest = carry;
      carry = Buffer.alloc(0);
      // The input ends inside a UTF-8 sequence: it never was one.
      if (isUndecided) {
        fallback = iconvDecoder("windows-1252");
        decoder.encoding = fallback.encoding;
        return Buffer.concat([fallback.decode(rest), fallback.end()]);
      }
      decoder.hadInvalidBytes = true;
      return rest;
    },
  };
  return decoder;
}

/**
 * More valid multi-byte UTF-8 sequences than stray high bytes. Windows-1252 text rarely forms a valid
 * sequence ("É»" does), and UTF-8 text with one pasted Windows-1252 "é" has many.
 */
function isMostlyUtf8(bytes: Buffer): boolean {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] ?? 0;
    if (byte < 0x80) continue;
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc2 ? 2 : 0;
    if (length > 0 && i + length <= bytes.length && isUtf8(bytes.subarray(i, i + length))) {
      valid++;
      i += length - 1;
    } else {
      invalid++;
    }
  }
  return valid > invalid;
}

/** Length of `bytes` without a UTF-8 sequence cut at the end (it is completed by the next chunk). */
function completeUtf8Length(bytes: Buffer): number {
  const length = bytes.length;
  for (let back = 1; back <= 3 && back <= length; back++) {
    const byte = bytes[length - back] ?? 0;
    if (byte < 0x80) return length;
    if (byte >= 0xc0) {
      const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return needed > back ? length - back : length;
    }
  }
  return length;
}

/**
 * Picks the delimiter that splits the first lines most consistently (quotes respected): French Excel
 * writes `;`, others `,` or tab. Ties go to `;` (a French decimal comma must not win).
 */
export function sniffDelimiter(text: string): Delimiter {
  const lines = splitFirstLines(text, 20);
  let best: Delimiter = ";";
  let bestScore = -1;
  for (const delimiter of DELIMITERS) {
    const counts = lines.map((line) => countOutsideQuotes(line, delimiter));
    const headerCount = counts[0] ?? 0;
    if (headerCount === 0) continue;
    const consistent = counts.filter((count) => count === headerCount).length;
    const score = consistent * 1000 + headerCount;
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

/** Mean size of the complete records in `head` (quotes respected); the whole head when it holds one. */
function measureBytesPerRecord(head: Buffer): number {
  let records = 0;
  let lastEnd = 0;
  let inQuotes = false;
  for (let i = 0; i < head.length; i++) {
    const byte = head[i];
    if (byte === 0x22) inQuotes = !inQuotes;
    else if (byte === 0x0a && !inQuotes) {
      records++;
      lastEnd = i + 1;
    }
  }
  return records === 0 ? Math.max(1, head.length) : lastEnd / records;
}

/** `true` when more than one kind of line ending (CRLF, LF, CR) ends lines outside quotes. */
export function hasMixedLineEndings(text: string): boolean {
  const kinds = new Set<string>();
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && char === "\r") {
      // A CR that ends the sample may be half of a CRLF cut by the chunk: it proves nothing.
      if (i === text.length - 1) break;
      if (text[i + 1] === "\n") {
        kinds.add("crlf");
        i++;
      } else kinds.add("cr");
    } else if (!inQuotes && char === "\n") kinds.add("lf");
  }
  return kinds.size > 1;
}

function splitFirstLines(text: string, max: number): string[] {
  const lines: string[] = [];
  let inQuotes = false;
  let start = 0;
  for (let i = 0; i < text.length && lines.length < max; i++) {
    const char = text[i];
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (char === "\n" || char === "\r")) {
      if (i > start) lines.push(text.slice(start, i));
      start = i + 1;
    }
  }
  if (lines.length === 0 && start < text.length) lines.push(text.slice(start));
  return lines;
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let inQuotes = false;
  for (const char of line) {
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && char === delimiter) count++;
  }
  return count;
}

interface ParserApi {
  parse(buffer: Buffer | undefined, end: boolean, push: (record: string[]) => void, close: () => void): Error | undefined;
}

/**
 * Drives csv-parse's synchronous core directly (the `api` behind its stream), so each record is seen
 * while the parser's running line count still describes it: no object-mode stream in between, and no
 * `info: true` (measured: +30 %).
 */
class RecordStream {
  private readonly api: ParserApi;
  private readonly parser: Parser;
  /** Last physical line of the previous record. */
  private lastLine = 0;
  /** The parser's line count at the previous record (it counts each CR and LF inside quotes apart). */
  private lastParserLine = 0;
  /** The parser's count of skipped blank lines at the previous record. */
  private lastEmptyLines = 0;
  private readonly onRecord = (cells: string[]): void => {
    this.lastEmptyLines = this.parser.info.empty_lines;
    const parserLine = this.parser.info.lines;
    const delta = parserLine - this.lastParserLine;
    this.lastParserLine = parserLine;
    let start: number;
    if (delta === 1) {
      start = ++this.lastLine;
    } else {
      // Multi-line record or skipped blank lines: count the line breaks inside the cells.
      const { parserBreaks, physicalBreaks } = countBreaks(cells);
      const blankLines = Math.max(0, delta - 1 - parserBreaks);
      start = this.lastLine + 1 + blankLines;
      this.lastLine = start + physicalBreaks;
    }
    this.handlers.record(cells, start);
  };

  constructor(
    delimiter: Delimiter,
    isMixed: boolean,
    private readonly handlers: CsvHandlers,
  ) {
    this.parser = new Parser({
      delimiter,
      bom: true,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: MAX_RECORD_CHARS,
      // Files pieced together from several exports mix line endings, and csv-parse keeps the first
      // one it sees, gluing the next lines into one cell. Accepting all three costs ~9 % of the
      // parse, so only files whose first lines mix them pay it.
      ...(isMixed ? { record_delimiter: ["\r\n", "\n", "\r"] } : {}),
    });
    this.api = (this.parser as unknown as { api: ParserApi }).api;
  }

  /** Feeds UTF-8 bytes; returns `false` when a structural problem ended the reading. */
  push(chunk: Buffer): boolean {
    return this.handle(this.api.parse(chunk, false, this.onRecord, noop));
  }

  end(): void {
    this.handle(this.api.parse(undefined, true, this.onRecord, noop));
  }

  private handle(error: Error | undefined): boolean {
    if (error === undefined) return true;
    // The broken record starts after the last good one and the blank lines skipped since.
    const line = this.lastLine + 1 + (this.parser.info.empty_lines - this.lastEmptyLines);
    if (error instanceof CsvError && error.code === "CSV_QUOTE_NOT_CLOSED") this.handlers.problem("unclosed-quote", line);
    else if (error instanceof CsvError && error.code === "CSV_MAX_RECORD_SIZE") this.handlers.problem("record-too-large", line);
    else this.handlers.problem("malformed-csv", line, { detail: error.message });
    return false;
  }
}

function noop(): void {}

function countBreaks(cells: readonly string[]): { parserBreaks: number; physicalBreaks: number } {
  let parserBreaks = 0;
  let physicalBreaks = 0;
  for (const cell of cells) {
    if (!cell.includes("\n") && !cell.includes("\r")) continue;
    for (let i = 0; i < cell.length; i++) {
      const code = cell.charCodeAt(i);
      if (code === 10) {
        parserBreaks++;
        physicalBreaks++;
      } else if (code === 13) {
        parserBreaks++;
        // CRLF is one line break; a lone CR (old Mac) is one too.
        if (cell.charCodeAt(i + 1) !== 10) physicalBreaks++;
      }
    }
  }
  return { parserBreaks, physicalBreaks };
}
