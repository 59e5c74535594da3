import { open, stat } from "node:fs/promises";
import { resolve } from "node:path";
import type { Readable } from "node:stream";
import { EprovenceError } from "../domain/errors.js";
import { toFileFailure } from "../domain/system-failures.js";

/** Large reads: fewer parser calls per megabyte (measured: 256 KiB beats the 64 KiB default). */
export const CHUNK_BYTES = 256 * 1024;

/**
 * Opens a catalogue: a path, or "-" for standard input. A missing, unreadable or non-regular file is
 * a failure (exit 2) that names the path, found before any reading starts.
 */
export interface Input {
  readonly chunks: AsyncIterable<Buffer>;
  /** Bytes in the file; unknown for standard input. */
  readonly size: number | undefined;
}

export async function openInput(path: string, stdin: Readable): Promise<Input> {
  if (path === "-") return { chunks: stdin, size: undefined };
  let handle;
  let size: number;
  try {
    handle = await open(path, "r");
    const stats = await handle.stat();
    if (stats.isDirectory()) throw directoryFailure(path);
    size = stats.size;
  } catch (error) {
    await handle?.close();
    throw toInputError(error, path);
  }
  return { chunks: handle.createReadStream({ highWaterMark: CHUNK_BYTES }), size };
}

/**
 * The first `count` bytes of a stream (fewer if it ends sooner), and the stream whole again, those
 * bytes first: standard input can be read only once, and its first bytes tell a workbook from a CSV.
 */
export async function peekChunks(chunks: AsyncIterable<Buffer>, count: number): Promise<{ readonly head: Buffer; readonly chunks: AsyncIterable<Buffer> }> {
  const iterator = chunks[Symbol.asyncIterator]();
  const taken: Buffer[] = [];
  let size = 0;
  let isDone = false;
  while (size < count) {
    const next = await iterator.next();
    if (next.done === true) {
      isDone = true;
      break;
    }
    const chunk = toBuffer(next.value);
    taken.push(chunk);
    size += chunk.length;
  }
  return {
    head: Buffer.concat(taken, size).subarray(0, count),
    chunks: (async function* () {
      try {
        yield* taken;
        if (isDone) return;
        for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) yield toBuffer(next.value);
      } finally {
        // A reader that stops early (a CSV cut short) stops the stream too.
        await iterator.return?.();
      }
    })(),
  };
}

/** A stream's chunk as bytes (a test's stdin may yield strings). */
export function toBuffer(chunk: unknown): Buffer {
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
}

/**
 * What a catalogue's name designates, for a reader that reads it more than once (the import): a
 * regular file, or a pipe (a FIFO, `<(…)`), to be read once into a copy. A device (/dev/zero, a
 * terminal, a socket) is refused before any byte is read; a folder, a missing or unreadable name is a
 * failure naming the path.
 */
export async function inspectInput(path: string): Promise<"file" | "pipe"> {
  const stats = await stat(path).catch((error: unknown) => {
    throw toInputError(error, path);
  });
  if (stats.isFile()) return "file";
  if (stats.isFIFO()) return "pipe";
  if (stats.isDirectory()) throw directoryFailure(path);
  throw new EprovenceError("file-device", { path });
}

/** A folder named where a file was expected: opening one succeeds on Linux, so no errno says it. */
export function directoryFailure(path: string): EprovenceError {
  return new EprovenceError("file-unreadable", { path, reason: "directory" });
}

/** A file that could not be opened or read, as the failure naming it (the one mapping of domain/system-failures). */
export function toInputError(error: unknown, path: string): unknown {
  return toFileFailure(error, path, "read") ?? error;
}

/**
 * A small document read whole (a profile, a cost scenario, an answers file): a path relative to `cwd`,
 * or "-" for standard input; UTF-8, a BOM dropped. Missing or unreadable: exit 2 naming the path.
 */
export async function readTextInput(path: string, cwd: string, stdin: Readable): Promise<string> {
  const input = await openInput(path === "-" ? path : resolve(cwd, path), stdin).catch((error: unknown) => {
    // Name the file as the user wrote it, not as it was resolved.
    throw error instanceof EprovenceError ? new EprovenceError(error.code, { ...error.params, path }) : error;
  });
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of input.chunks) chunks.push(toBuffer(chunk));
  } catch (error) {
    throw toInputError(error, path);
  }
  return Buffer.concat(chunks).toString("utf8").replace(/^\uFEFF/, "");
}

/** JSON text, or why not with the line and column people look for (V8 says "at position 18"). */
export function parseJsonText(text: string): { readonly isValid: true; readonly value: unknown } | { readonly isValid: false; readonly detail: string; readonly line?: number; readonly column?: number } {
  try {
    return { isValid: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const match = /at position (\d+)/.exec(detail);
    if (match === null) return text.trim() === "" ? { isValid: false, detail, line: 1, column: 1 } : { isValid: false, detail };
    const before = text.slice(0, Number(match[1]));
    return { isValid: false, detail, line: before.split("\n").length, column: before.length - before.lastIndexOf("\n") };
  }
}
