import { resolve } from "node:path";
import { readPositiveListLines, type PositiveList } from "../domain/catalogue/positive-list.js";
import { EprovenceError } from "../domain/errors.js";
import { readTableFile } from "../io/table-file.js";
import type { AppDeps } from "./deps.js";

// Apart from the store's side: `validate --positive-list` reads a list without loading SQLite.

export interface PositiveListRequest {
  readonly path: string;
  /** YYYY-MM-DD, checked by the command. */
  readonly edition: string;
  readonly source: string;
}

/**
 * Reads a positive list from a CSV or workbook, whole or not at all: every code must be 8 digits
 * (dots and spaces allowed), else the file is refused with the line at fault.
 */
export async function readPositiveListFile(deps: AppDeps, request: PositiveListRequest): Promise<PositiveList> {
  const rows = await readTableFile(request.path, resolve(deps.cwd, request.path), (code, line) => {
    throw new EprovenceError("file-malformed", { path: request.path, line, detail: deps.t.message(code) });
  });
  const lines = readPositiveListLines(rows, request.path);
  return { edition: request.edition, source: request.source, importedAt: deps.now().toISOString(), lines };
}

