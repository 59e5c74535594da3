import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import process from "node:process";
import { fileURLToPath } from "node:url";
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";
import type { UnreadableCell } from "../domain/catalogue/row-validator.js";
import { EprovenceError, type FailureCode, type MessageParams } from "../domain/errors.js";
import type { WorkbookRow } from "./workbook-parts.js";
import { readWorkbook, type ReadWorkbookOptions, type WorkbookSource } from "./workbook-reader.js";

/**
 * The import's workbook: its catalogue sheet read in a worker thread while this thread checks and
 * writes the rows already read — a large sheet's parsing, and its checks and SQLite writes, run side
 * by side on two cores instead of one after the other, and its rows are never held whole. The rows
 * come over in batches, pulled without an `await`: the import checks and writes them inside one
 * synchronous SQLite transaction, which cannot span one. The worker reads as
 * `readWorkbook` does (the same caps, the same errors): a failure it meets is the very
 * EprovenceError, thrown here. A small workbook is read in this thread first (a worker's start
 * costs more than it saves), and so is any workbook on a machine of one core, and under test the
 * TypeScript sources, which have no built worker beside them; either way the rows go through the
 * same batches.
 */

/** What the reading says, in order: the sheet (again, for a fresh start), its rows, then where the catalogue was found. */
export type WorkbookMessage =
  | { readonly kind: "sheet"; readonly sheet: string }
  | { readonly kind: "rows"; readonly batch: RowBatch }
  | { readonly kind: "done"; readonly source: WorkbookSource }
  | { readonly kind: "failed"; readonly code: FailureCode; readonly params: MessageParams }
  | { readonly kind: "crashed"; readonly message: string };

/**
 * Rows packed for the trip between threads: their cells as arrays of strings (the cheapest thing to
 * copy between threads, measured: cheaper than one string of them all to cut up again) and their
 * lines in one array of numbers, moved rather than copied.
 */
export interface RowBatch {
  readonly cells: readonly string[][];
  readonly lines: Int32Array;
  /** [row in the batch, column, code, what the cell shows], for the rare cells that show no data. */
  readonly unreadable: readonly (readonly [number, number, UnreadableCell["code"], string])[];
}

/** Rows per batch (design choice: ~100 messages for 100,000 rows; a batch is ~0.5 MB). */
const BATCH_ROWS = 1000;
/** Batches read ahead of the checks, at most (design choice): the worker waits past it, so memory stays bounded. */
const MAX_BATCHES_AHEAD = 32;
/** Below this size a workbook is read in this thread (design choice: a worker's start is ~50 ms). */
export const WORKER_MIN_BYTES = 256 * 1024;

/** The shared counters: messages posted by the worker, batches taken by the checks. */
const POSTED = 0;
const TAKEN = 1;

function createBatch(): { add(row: WorkbookRow): void; readonly size: number; seal(): RowBatch } {
  const cells: string[][] = [];
  const lines = new Int32Array(BATCH_ROWS);
  const unreadable: [number, number, UnreadableCell["code"], string][] = [];
  return {
    add(row) {
      if (row.unreadable !== undefined) for (const [column, cell] of row.unreadable) unreadable.push([cells.length, column, cell.code, cell.value]);
      lines[cells.length] = row.line;
      cells.push(row.cells);
    },
    get size() {
      return cells.length;
    },
    seal: () => ({ cells, lines: lines.subarray(0, cells.length), unreadable }),
  };
}

/** A batch's rows, unpacked one by one. */
export function unpackRows({ cells, lines, unreadable }: RowBatch, deliver: (row: WorkbookRow) => void): void {
  let unreadableAt = 0;
  for (let index = 0; index < cells.length; index++) {
    let cellsShowingNoData: Map<number, UnreadableCell> | undefined;
    for (let entry = unreadable[unreadableAt]; entry !== undefined && entry[0] === index; entry = unreadable[++unreadableAt]) {
      (cellsShowingNoData ??= new Map()).set(entry[1], { code: entry[2], value: entry[3] });
    }
    deliver({ cells: cells[index] ?? [], line: lines[index] ?? 0, unreadable: cellsShowingNoData });
  }
}

/**
 * Reads a workbook's catalogue sheet into messages handed to `post` (with the buffers it may move
 * rather than copy). Never throws: a failure is the last message.
 */
export async function produceWorkbookMessages(bytes: Buffer, options: ReadWorkbookOptions, post: (message: WorkbookMessage, transfer: ArrayBuffer[]) => void): Promise<void> {
  try {
    let batch = createBatch();
    const flush = (): void => {
      if (batch.size === 0) return;
      const sealed = batch.seal();
      batch = createBatch();
      post({ kind: "rows", batch: sealed }, [sealed.lines.buffer as ArrayBuffer]);
    };
    const { source } = await readWorkbook(bytes, options, (sheet) => {
      // A fresh start: the rows not yet handed on are read again.
      batch = createBatch();
      post({ kind: "sheet", sheet }, []);
      return {
        row(row: WorkbookRow) {
          batch.add(row);
          if (batch.size >= BATCH_ROWS) flush();
        },
      };
    });
    flush();
    post({ kind: "done", source }, []);
  } catch (error) {
    post(error instanceof EprovenceError ? { kind: "failed", code: error.code, params: error.params } : { kind: "crashed", message: error instanceof Error ? (error.stack ?? error.message) : String(error) }, []);
  }
}

/** What the worker is handed. */
export interface WorkerInput {
  readonly bytes: Uint8Array;
  readonly options: ReadWorkbookOptions;
  readonly port: MessagePort;
  /** Int32Array over a SharedArrayBuffer: [POSTED, TAKEN]. */
  readonly counters: Int32Array;
}

/** The worker's side: each message posted, counted, and the checks woken; reading waits when too far ahead. */
export async function runWorkbookWorker({ bytes, options, port, counters }: WorkerInput, parent: MessagePort): Promise<void> {
  let batches = 0;
  let isDone = false;
  const post = (message: WorkbookMessage, transfer: ArrayBuffer[]): void => {
    port.postMessage(message, transfer);
    // The first message is waited for with an `await`: the worker's own channel wakes that wait.
    if (Atomics.add(counters, POSTED, 1) === 0) parent.postMessage(null);
    Atomics.notify(counters, POSTED);
    if (message.kind === "done" || message.kind === "failed" || message.kind === "crashed") isDone = true;
    if (message.kind !== "rows") return;
    batches++;
    for (let taken = Atomics.load(counters, TAKEN); batches - taken > MAX_BATCHES_AHEAD; taken = Atomics.load(counters, TAKEN)) Atomics.wait(counters, TAKEN, taken, 1000);
  };
  // A worker ending without its last message would leave the checks waiting: it says so instead.
  process.once("exit", () => {
    if (!isDone) post({ kind: "crashed", message: "the reading stopped before its end" }, []);
  });
  await produceWorkbookMessages(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), options, post);
}

/** The messages of a workbook being read, the sheet known. */
export interface WorkbookStream {
  /** The sheet the catalogue is read from. */
  readonly sheet: string;
  /** The next message, waited for without yielding; a failure of the reading is thrown. */
  next(): Exclude<WorkbookMessage, { kind: "failed" | "crashed" }>;
  /** Stops the reading (a worker still running is ended). */
  close(): void;
}

const WORKER_FILE = new URL("./workbook-worker.js", import.meta.url);

/**
 * Starts reading a workbook and waits (yielding) for its sheet: a workbook that cannot be read at all
 * (corrupt, not a workbook, no such sheet…) is refused here, before any row is checked.
 */
export async function openWorkbookStream(bytes: Buffer, options: ReadWorkbookOptions): Promise<WorkbookStream> {
  // One core (availableParallelism 1): a thread beside this one would only share it.
  const isWorthAThread = bytes.length >= WORKER_MIN_BYTES && availableParallelism() > 1 && existsSync(fileURLToPath(WORKER_FILE));
  const source = isWorthAThread ? startWorker(bytes, options) : await readInThread(bytes, options);
  try {
    const first = await source.first;
    if (first.kind !== "sheet") throw toFailure(first);
    let sheet = first.sheet;
    return {
      get sheet() {
        return sheet;
      },
      next() {
        const message = source.take();
        if (message.kind === "failed" || message.kind === "crashed") throw toFailure(message);
        if (message.kind === "sheet") sheet = message.sheet;
        return message;
      },
      close: source.close,
    };
  } catch (error) {
    source.close();
    throw error;
  }
}

function toFailure(message: WorkbookMessage): Error {
  if (message.kind === "failed") return new EprovenceError(message.code, message.params);
  return new Error(message.kind === "crashed" ? `the workbook reader failed: ${message.message}` : `the workbook reader said ${message.kind} first`);
}

interface MessageSource {
  /** The first message, waited for with an `await`. */
  readonly first: Promise<WorkbookMessage>;
  /** The messages after the first, one by one, without an `await`. */
  take(): WorkbookMessage;
  close(): void;
}

/** A small workbook (or the sources under test): read whole here, its messages then taken from a list. */
async function readInThread(bytes: Buffer, options: ReadWorkbookOptions): Promise<MessageSource> {
  const messages: WorkbookMessage[] = [];
  await produceWorkbookMessages(bytes, options, (message) => void messages.push(message));
  let next = 0;
  const take = (): WorkbookMessage => messages[next++] ?? { kind: "crashed", message: "no message past the last" };
  return { first: Promise.resolve(take()), take, close: () => void messages.splice(0) };
}

function startWorker(bytes: Buffer, options: ReadWorkbookOptions): MessageSource {
  const counters = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
  const { port1, port2 } = new MessageChannel();
  const input: WorkerInput = { bytes, options: { displayName: options.displayName, sheet: options.sheet }, port: port2, counters };
  const worker = new Worker(WORKER_FILE, { workerData: input, transferList: [port2] });
  const receive = (): WorkbookMessage | undefined => {
    const received = receiveMessageOnPort(port1) as { message: WorkbookMessage } | undefined;
    if (received === undefined) return undefined;
    if (received.message.kind === "rows") {
      Atomics.add(counters, TAKEN, 1);
      Atomics.notify(counters, TAKEN);
    }
    return received.message;
  };
  const first = new Promise<WorkbookMessage>((resolve, reject) => {
    // A worker that could not start at all (its file unreadable…) is heard here; once running, it posts its own failures.
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the workbook reader stopped (exit code ${code})`)));
    worker.once("message", () => {
      // Past the first message the worker's failures come as messages (its last one, at worst, as it exits).
      worker.removeAllListeners().on("error", () => undefined);
      worker.unref();
      const message = receive();
      if (message === undefined) reject(new Error("the workbook reader's first message is missing"));
      else resolve(message);
    });
  });
  return {
    first,
    take() {
      for (;;) {
        const seen = Atomics.load(counters, POSTED);
        const message = receive();
        if (message !== undefined) return message;
        Atomics.wait(counters, POSTED, seen, 1000);
      }
    },
    close() {
      port1.close();
      void worker.terminate();
    },
  };
}
