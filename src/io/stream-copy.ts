import { createHash } from "node:crypto";
import { closeSync, lstatSync, mkdirSync, readdirSync, unlinkSync, writeSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { EprovenceError } from "../domain/errors.js";
import { createTemporaryFile, isRunning, TEMPORARY_PREFIX, toOutputError } from "./atomic-write.js";
import { checkTextHead, SNIFF_BYTES } from "./csv-reader.js";
import { toBuffer } from "./input.js";
import { detectFileKind } from "./workbook-reader.js";

/**
 * Standard input, or a pipe named on the command line (`<(…)`, a FIFO), read once into a temporary
 * copy: the import reads its content more than once (its SHA-256 first, then the rows, and again for
 * the rejects of an earlier import), and a pipe can be read only once.
 *
 * - The first bytes are judged before anything is kept: a binary stream (`cat /dev/zero | …`) is
 *   `file-binary` and no byte reaches the disk; a workbook (a zip, an OLE container) is copied, to be
 *   read as one.
 * - The copy holds at most `maxBytes` (1,000 MB unless `EPROVENCE_STREAM_MAX_MB` says otherwise):
 *   past it, `stream-too-large` and the copy is gone.
 * - The copy is a file of the current user's folder `$TMPDIR/eprovence-copies-<user>/`, created
 *   exclusively under an unpredictable name, and unlinked as soon as it is open: its bytes are read
 *   back through the open descriptor, and the system frees them when the process ends, however it
 *   ends (Ctrl-C, SIGTERM, kill -9). Where an open file cannot be unlinked, it is removed by `close`,
 *   and a copy whose process died is removed by the next run (`removeStaleCopies`).
 */
export interface StreamCopy {
  /** Open for reading at any position: read it with positional reads (`readSync(fd, …, position)`). */
  readonly fd: number;
  readonly size: number;
  /** SHA-256 of the bytes, computed while they were copied. */
  readonly sha256: string;
  close(): void;
}

/** The default limit on a copy, in MB (10^6 bytes): about 2.5 million catalogue rows. */
export const STREAM_COPY_MAX_MB = 1000;

const COPY_NAME = "copy";
/** A copy older than this is stale even if a process with its number runs (numbers are reused). */
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

/** The current user's folder for copies (each user has their own: a folder in /tmp is shared). */
export function streamCopyFolder(): string {
  const user = typeof process.getuid === "function" ? String(process.getuid()) : userInfo().username;
  return join(tmpdir(), `eprovence-copies-${user}`);
}

export async function copyStream(
  chunks: AsyncIterable<Buffer>,
  options: { readonly displayName: string; readonly encoding: string | undefined; readonly maxBytes: number; readonly folder: string },
): Promise<StreamCopy> {
  const iterator = chunks[Symbol.asyncIterator]();
  const hash = createHash("sha256");
  let file: { readonly fd: number; path: string | undefined } | undefined;
  let size = 0;
  const fail = (error: unknown): never => {
    if (file !== undefined) discard(file);
    throw error instanceof EprovenceError ? error : toOutputError(error, options.folder);
  };
  try {
    const head: Buffer[] = [];
    let headSize = 0;
    let isDone = false;
    while (headSize < SNIFF_BYTES) {
      const next = await iterator.next();
      if (next.done === true) {
        isDone = true;
        break;
      }
      const chunk = toBuffer(next.value);
      head.push(chunk);
      headSize += chunk.length;
    }
    // A workbook is copied like a CSV, and told by its first bytes when the copy is read.
    const headBytes = Buffer.concat(head, headSize);
    if (detectFileKind(headBytes) === "text") checkTextHead(headBytes, { displayName: options.displayName, encoding: options.encoding });
    const { fd } = (file = createCopyFile(options.folder));
    const append = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > options.maxBytes) throw new EprovenceError("stream-too-large", { path: options.displayName, limitMb: Math.floor(options.maxBytes / 1_000_000) });
      hash.update(chunk);
      for (let written = 0; written < chunk.length; ) written += writeSync(fd, chunk, written);
    };
    for (const chunk of head) append(chunk);
    while (!isDone) {
      const next = await iterator.next();
      if (next.done === true) break;
      append(toBuffer(next.value));
    }
  } catch (error) {
    return fail(error);
  } finally {
    // Stops reading a stream left unfinished (too large, binary): its writer gets a closed pipe.
    await iterator.return?.();
  }
  const copy = file;
  return {
    fd: copy.fd,
    size,
    sha256: hash.digest("hex"),
    close: () => discard(copy),
  };
}

/** Created exclusively (for reading too) with an unpredictable name, for its owner only, then unlinked at once. */
function createCopyFile(folder: string): { readonly fd: number; path: string | undefined } {
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  // The process number in the name tells a later run whether the copy's owner still runs.
  const { path, fd } = createTemporaryFile(folder, `${COPY_NAME}-${process.pid}`, undefined, { isReadable: true, mode: 0o600 });
  try {
    unlinkSync(path);
    return { fd, path: undefined };
  } catch {
    return { fd, path }; // Not on this system: `close` removes it.
  }
}

function discard(file: { readonly fd: number; path: string | undefined }): void {
  closeSync(file.fd);
  if (file.path !== undefined) unlinkSync(file.path);
  file.path = undefined;
}

/**
 * At the start of a run: removes the copies earlier runs left in `folder` — those whose process no
 * longer runs (or had this run's number), and any older than a day. Only files named as copies are
 * touched (a link is removed, never followed).
 */
export function removeStaleCopies(folder: string, now: Date): void {
  let entries: string[];
  try {
    entries = readdirSync(folder);
  } catch {
    return; // No copy was ever made here.
  }
  const pattern = new RegExp(`^${TEMPORARY_PREFIX.replace(".", "\\.")}${COPY_NAME}-(\\d+)\\.[0-9a-f]+\\.tmp$`);
  for (const entry of entries) {
    const pid = Number(pattern.exec(entry)?.[1]);
    if (!Number.isSafeInteger(pid)) continue;
    const path = join(folder, entry);
    try {
      const isOld = now.getTime() - lstatSync(path).mtimeMs > STALE_AFTER_MS;
      if (isOld || pid === process.pid || !isRunning(pid)) unlinkSync(path);
    } catch {
      // Removed by another run meanwhile, or not ours to remove: leave it.
    }
  }
}
