import { readdir, readFile, stat } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, resolve } from "node:path";
import { EprovenceError } from "../domain/errors.js";
import { toFileFailure } from "../domain/system-failures.js";
import { readCsv } from "./csv-reader.js";

/** One file to import and the merchant it belongs to (as the user wrote the reference). */
export interface ImportSource {
  readonly path: string;
  readonly merchantRef: string;
}

/**
 * Expands what the user named: files, directories (every .csv inside, sorted), and globs in the file
 * name part (`catalogues/*.csv`, `2026-??.csv`: shells usually expand these, Windows shells do not).
 * A name that matches nothing is a failure (exit 2) rather than a silent empty batch.
 */
export async function expandPaths(paths: readonly string[], cwd: string): Promise<string[]> {
  // Paths stay as the user wrote them (reports show them so); `cwd` resolves them for the file system.
  const files: string[] = [];
  const onDisk = (path: string): string => (isAbsolute(path) ? path : resolve(cwd, path));
  for (const given of paths) {
    const name = basename(given);
    if (/[*?]/.test(name)) {
      const pattern = globToRegExp(name);
      const folder = dirname(given);
      const matches = (await readdir(onDisk(folder)).catch(() => [] as string[])).filter((entry) => pattern.test(entry)).sort();
      if (matches.length === 0) throw new EprovenceError("file-not-found", { path: given });
      files.push(...matches.map((entry) => join(folder, entry)));
      continue;
    }
    const stats = await stat(onDisk(given)).catch((error: unknown) => {
      throw toFileFailure(error, given, "read") ?? error;
    });
    if (stats.isDirectory()) {
      const entries = (await readdir(onDisk(given))).filter((entry) => entry.toLowerCase().endsWith(".csv")).sort();
      if (entries.length === 0) throw new EprovenceError("no-csv-in-folder", { path: given });
      files.push(...entries.map((entry) => join(given, entry)));
    } else {
      files.push(given);
    }
  }
  return [...new Set(files)];
}

function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
  return new RegExp(`^${escaped}$`, "i");
}

/**
 * Reads a batch manifest: a CSV with columns `file` and `merchant` (French: `fichier`, `entreprise`),
 * paths relative to the manifest. Read with the same reader as catalogues (any encoding, any delimiter).
 */
export async function readBatchManifest(path: string, cwd: string): Promise<ImportSource[]> {
  const manifestPath = isAbsolute(path) ? path : resolve(cwd, path);
  const bytes = await readFile(manifestPath).catch((error: unknown) => {
    throw toFileFailure(error, path, "read") ?? error;
  });
  const records: { cells: string[]; line: number }[] = [];
  await readCsv(
    (async function* () {
      yield bytes;
    })(),
    { displayName: path },
    {
      dialect() {},
      record(cells, line) {
        records.push({ cells: cells.map((cell) => cell.trim()), line });
      },
      problem(code, line) {
        throw new EprovenceError("invalid-manifest", { path, line, detail: code });
      },
    },
  );
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
    // A missing file is that file's failure ("failed" in the summary, exit 2), not the batch's: the
    // manifest's other files are still imported.
    const isPattern = /[*?]/.test(basename(relativeToCwd));
    if (!isPattern && (await stat(isAbsolute(relativeToCwd) ? relativeToCwd : resolve(cwd, relativeToCwd)).catch(() => undefined)) === undefined) {
      sources.push({ path: relativeToCwd, merchantRef });
      continue;
    }
    for (const expanded of await expandPaths([relativeToCwd], cwd)) sources.push({ path: expanded, merchantRef });
  }
  return sources;
}
