import * as nodeFs from "node:fs";
import { basename, join } from "node:path";
import { EprovenceError } from "../domain/errors.js";

/**
 * Writes a set of files into a folder so that a failure leaves no partial file under a final name
 * (PRODUCT.md, "Data that is never lost"):
 *
 * 1. every file is written complete into a hidden staging folder inside the target folder (the same
 *    file system, so a rename is atomic) — a full disk or a kill stops here, nothing visible changed;
 * 2. each file is then moved into place: without `force` by a hard link, which fails rather than
 *    replace a file another process put there since the check; with `force`, a file already there is
 *    first hard-linked into the staging folder, then replaced by a rename in one step (readers see the
 *    old or the new file, never half of one);
 * 3. when a move fails, the files already moved are put back (the previous versions restored, the
 *    new ones removed) before the error is reported, and the staging folder is always removed.
 *
 * A folder the call created is removed again on failure. A killed process can leave the hidden
 * staging folder (`.eprovence-export-…`) behind, never a partial file under a final name.
 */

export interface FileToWrite {
  readonly name: string;
  readonly content: Buffer;
}

/** The few fs calls used, injectable so tests can make one of them fail. */
export type AtomicFs = Pick<
  typeof nodeFs,
  "existsSync" | "mkdirSync" | "mkdtempSync" | "writeFileSync" | "renameSync" | "linkSync" | "copyFileSync" | "rmSync" | "rmdirSync"
>;

export const STAGING_PREFIX = ".eprovence-export-";

/** The names among `names` that already exist in `dir`. */
export function findExistingFiles(dir: string, names: readonly string[], fs: AtomicFs = nodeFs): string[] {
  return names.filter((name) => fs.existsSync(join(dir, name)));
}

export function writeFilesAtomically(dir: string, files: readonly FileToWrite[], options: { readonly force: boolean }, fs: AtomicFs = nodeFs): void {
  const existing = findExistingFiles(
    dir,
    files.map((file) => file.name),
    fs,
  );
  if (existing.length > 0 && !options.force) throw new EprovenceError("export-output-exists", { path: dir, files: existing.join(", ") });

  const isNewDir = !fs.existsSync(dir);
  let staging: string;
  try {
    fs.mkdirSync(dir, { recursive: true });
    staging = fs.mkdtempSync(join(dir, STAGING_PREFIX));
  } catch (error) {
    if (isNewDir) removeEmptyDir(dir, fs);
    throw unwritable(dir, error);
  }

  const committed: { target: string; backup: string | undefined }[] = [];
  let isDone = false;
  try {
    for (const file of files) fs.writeFileSync(join(staging, file.name), file.content, { flag: "wx" });
    for (const file of files) {
      const staged = join(staging, file.name);
      const target = join(dir, file.name);
      let backup: string | undefined;
      if (!options.force) {
        moveWithoutReplacing(staged, target, dir, fs);
      } else {
        if (fs.existsSync(target)) {
          backup = join(staging, `${file.name}.previous`);
          keepCopy(target, backup, fs);
        }
        fs.renameSync(staged, target);
      }
      committed.push({ target, backup });
    }
    isDone = true;
  } catch (error) {
    rollBack(committed, fs);
    throw unwritable(dir, error);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
    if (!isDone && isNewDir) removeEmptyDir(dir, fs);
  }
}

/**
 * Without `force` a file that appeared since the check (another export running) is not replaced: a hard
 * link fails when the name exists, where a rename would silently replace it.
 */
function moveWithoutReplacing(staged: string, target: string, dir: string, fs: AtomicFs): void {
  try {
    fs.linkSync(staged, target);
  } catch (error) {
    if (isErrorCode(error, "EEXIST")) throw new EprovenceError("export-output-exists", { path: dir, files: basename(target) });
    if (!isErrorCode(error, "EPERM", "ENOTSUP", "EXDEV", "EMLINK", "ENOSYS")) throw error;
    // No hard links here (FAT, some network shares): check, then rename.
    if (fs.existsSync(target)) throw new EprovenceError("export-output-exists", { path: dir, files: basename(target) });
    fs.renameSync(staged, target);
  }
}

/** A hard link costs nothing; file systems without links (FAT on a USB stick) get a copy. */
function keepCopy(target: string, backup: string, fs: AtomicFs): void {
  try {
    fs.linkSync(target, backup);
  } catch (error) {
    if (!isErrorCode(error, "EPERM", "ENOTSUP", "EXDEV", "EMLINK", "ENOSYS")) throw error;
    fs.copyFileSync(target, backup);
  }
}

/** Newest first: restore the previous file or remove the new one. Best effort: the first error is the one reported. */
function rollBack(committed: readonly { target: string; backup: string | undefined }[], fs: AtomicFs): void {
  for (const { target, backup } of [...committed].reverse()) {
    try {
      if (backup === undefined) fs.rmSync(target, { force: true });
      else fs.renameSync(backup, target);
    } catch {
      // Nothing better to do: the original error says what went wrong.
    }
  }
}

function removeEmptyDir(dir: string, fs: AtomicFs): void {
  try {
    fs.rmdirSync(dir);
  } catch {
    // Not empty or already gone: leave it.
  }
}

function unwritable(path: string, error: unknown): EprovenceError {
  if (error instanceof EprovenceError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const detail = code ?? (error instanceof Error ? error.message : String(error));
  return new EprovenceError(code === "ENOSPC" ? "disk-full" : "export-output-unwritable", { path, detail });
}

function isErrorCode(error: unknown, ...codes: string[]): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code !== undefined && codes.includes(code);
}
