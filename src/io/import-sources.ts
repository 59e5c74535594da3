import { readdir, stat } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, resolve } from "node:path";
import { EprovenceError } from "../domain/errors.js";
import { toInputError } from "./input.js";
import { readTableFile } from "./table-file.js";

/** One file to import and the merchant it belongs to (as the user wrote the reference). */
export interface ImportSource {
  readonly path: string;
  readonly merchantRef: string;
  /** A manifest entry that names nothing to import (missing, a symlink loop, a folder without .csv, a pattern matching nothing): why. */
  readonly failure?: EprovenceError | undefined;
}

/** The catalogue files a folder is read for, in any case (the pre-commit hook's `files` says the same). */
export const CATALOGUE_FILE_PATTERN = /\.(csv|xlsx|xlsm|ods)$/i;

/**
 * Expands what the user named: files, directories (every .csv, .xlsx, .xlsm and .ods inside, sorted), and globs in the file
 * name part (`catalogues/*.csv`, `2026-??.csv`: shells usually expand these, Windows shells do not).
 * A name that matches nothing is a failure (exit 2) rather than a silent empty batch. A folder or a
 * pattern takes regular files only: a pipe or a device among its entries is left out (named on its
 * own, a pipe is read like standard input), an entry that cannot be looked at is kept, to be reported.
 */
export async function expandPaths(paths: readonly string[], cwd: string): Promise<string[]> {
  const files: string[] = [];
  for (const given of paths) files.push(...(await expandPath(given, cwd)));
  return [...new Set(files)];
}

async function expandPath(given: string, cwd: string): Promise<string[]> {
  // Paths stay as the user wrote them (reports show them so); `cwd` resolves them for the file system.
  const onDisk = (path: string): string => (isAbsolute(path) ? path : resolve(cwd, path));
  const name = basename(given);
  if (/[*?]/.test(name)) {
    const pattern = globToRegExp(name);
    const folder = dirname(given);
    const entries = (await readdir(onDisk(folder)).catch(() => [] as string[])).filter((entry) => pattern.test(entry)).sort();
    const matches = await keepFiles(folder, entries, onDisk);
    if (matches.length === 0) throw new EprovenceError("file-not-found", { path: given });
    return matches;
  }
  const stats = await stat(onDisk(given)).catch((error: unknown) => {
    throw toInputError(error, given);
  });
  if (!stats.isDirectory()) return [given];
  const entries = await readdir(onDisk(given)).catch((error: unknown) => {
    throw toInputError(error, given);
  });
  const files = await keepFiles(given, entries.filter((entry) => CATALOGUE_FILE_PATTERN.test(entry)).sort(), onDisk);
  if (files.length === 0) throw new EprovenceError("no-csv-in-folder", { path: given });
  return files;
}

/** The entries of `folder` that are regular files, or that cannot be looked at (a broken link: its failure is shown). */
async function keepFiles(folder: string, entries: readonly string[], onDisk: (path: string) => string): Promise<string[]> {
  const paths = entries.map((entry) => join(folder, entry));
  const isFile = await Promise.all(paths.map((path) => stat(onDisk(path)).then((stats) => stats.isFile(), () => true)));
  return paths.filter((_, index) => isFile[index]);
}

function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
  return new RegExp(`^${escaped}$`, "i");
}

/**
 * Reads a batch manifest: a CSV or a workbook with columns `file` and `merchant` (French: `fichier`,
 * `entreprise`), paths relative to the manifest. Read with the same readers as catalogues (a CSV in any
 * encoding and delimiter, an .xlsx).
 */
export async function readBatchManifest(path: string, cwd: string): Promise<ImportSource[]> {
  const manifestPath = isAbsolute(path) ? path : resolve(cwd, path);
  const records = await readTableFile(path, manifestPath, (code, line) => {
    throw new EprovenceError("invalid-manifest", { path, line, detail: code });
  });
  const [header, ...rows] = records;
  const names = (header?.cells ?? []).map((cell) => cell.toLowerCase());
  const fileColumn = names.findIndex((name) => name === "file" || name === "fichier");
  const merchantColumn = names.findIndex((name) => name === "merchant" || name === "entreprise");
  if (fileColumn === -1 || merchantColumn === -1) throw new EprovenceError("invalid-manifest", { path, line: 1, detail: "file,merchant" });
  // Entries are relative to the manifest, which is relative to the working folder.
  const folder = dirname(path);
  const sources: ImportSource[] = [];
  for (const row of rows) {
    const file = row.cells[fileColumn] ?? "";
    const merchantRef = row.cells[merchantColumn] ?? "";
    if (file === "" && merchantRef === "") continue;
    if (file === "" || merchantRef === "") throw new EprovenceError("invalid-manifest", { path, line: row.line, detail: "file,merchant" });
    const relativeToCwd = isAbsolute(file) ? file : join(folder, file);
    // An entry that names nothing to import (missing, a symlink loop, a folder without .csv, a pattern
    // matching nothing) is that entry's failure ("failed" in the summary, exit 2), not the batch's:
    // the manifest's other files are still imported.
    const expanded = await expandPath(relativeToCwd, cwd).catch((error: unknown) => {
      if (!(error instanceof EprovenceError)) throw error;
      sources.push({ path: relativeToCwd, merchantRef, failure: error });
      return [];
    });
    for (const path of expanded) sources.push({ path, merchantRef });
  }
  return sources;
}
