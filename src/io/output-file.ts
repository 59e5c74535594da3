import { existsSync, linkSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { EprovenceError } from "../domain/errors.js";

/**
 * Writes a whole file the user named (a dossier): first to a temporary file beside it, then into
 * place, so that a crash, a kill or a full disk never leaves half a file under the user's name.
 * Without `overwrite`, an existing file is never replaced, not even one another process created while
 * this one was writing: the temporary file is hard-linked to the name, which fails if the name exists
 * (a rename would silently replace it). Failures become exit-2 errors naming `shownPath`.
 */
export function writeFileAtomically(path: string, content: string, options: { readonly overwrite: boolean; readonly shownPath?: string }): void {
  const shown = options.shownPath ?? path;
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, content, { flag: "wx" });
    if (options.overwrite) renameSync(temporary, path);
    else moveWithoutReplacing(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw toOutputError(error, shown);
  }
}

function moveWithoutReplacing(temporary: string, path: string): void {
  try {
    linkSync(temporary, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Some file systems (FAT, some network shares) have no hard links: check, then rename.
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "ENOSYS") throw error;
    if (existsSync(path)) throw Object.assign(new Error("exists"), { code: "EEXIST" });
    renameSync(temporary, path);
    return;
  }
  rmSync(temporary, { force: true });
}

function toOutputError(error: unknown, path: string): unknown {
  if (error instanceof EprovenceError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "EEXIST") return new EprovenceError("output-exists", { path });
  if (code === "ENOSPC" || code === "EDQUOT") return new EprovenceError("disk-full", { path });
  if (code !== undefined) return new EprovenceError("output-unwritable", { path, reason: code });
  return error;
}
