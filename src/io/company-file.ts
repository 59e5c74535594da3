import { readFile } from "node:fs/promises";
import { EprovenceError } from "../domain/errors.js";
import { parseJsonText, toInputError } from "./input.js";
import { readTable } from "./table-file.js";
import { detectFileKind } from "./workbook-reader.js";

/**
 * A file of companies (`merchant import`), told by its bytes: a JSON array of objects (text whose
 * first character is `[` or `{`), else a table — a CSV in any encoding and delimiter, or a workbook's
 * first sheet — whose first row is the header. Blank cells are "not given"; blank rows are skipped.
 */
export type CompanyRecord =
  /** A table's row: its cells under the header's names, with the line the spreadsheet shows. */
  | { readonly kind: "row"; readonly line: number; readonly cells: readonly string[]; readonly entries: readonly (readonly [string, string])[] }
  /** An element of a JSON array (1-based), as given; `entries` is undefined when it is not an object. */
  | { readonly kind: "item"; readonly item: number; readonly value: unknown; readonly entries: readonly (readonly [string, unknown])[] | undefined };

export interface CompanyFile {
  /** A CSV's table, a workbook's (its rejects are then a workbook too), or a JSON array. */
  readonly format: "csv" | "workbook" | "json";
  /** A table's header as written; a JSON array's keys in their first order. */
  readonly header: readonly string[];
  readonly records: readonly CompanyRecord[];
}

export async function readCompanyFile(path: string, onDisk: string): Promise<CompanyFile> {
  const bytes = await readFile(onDisk).catch((error: unknown) => {
    throw toInputError(error, path);
  });
  if (detectFileKind(bytes) === "text" && /^\uFEFF?\s*[[{]/.test(bytes.subarray(0, 64).toString("utf8"))) return readJsonCompanies(path, bytes);
  const rows = await readTable(bytes, path, (code, line) => {
    throw new EprovenceError("merchant-file-unreadable", { path, line, detail: code });
  });
  const [header, ...body] = rows;
  const names = header?.cells ?? [];
  const records: CompanyRecord[] = [];
  for (const row of body) {
    if (row.cells.every((cell) => cell === "")) continue;
    const entries = names.flatMap((name, column) => {
      const cell = row.cells[column] ?? "";
      return cell === "" || name === "" ? [] : [[name, cell] as const];
    });
    records.push({ kind: "row", line: row.line, cells: row.cells, entries });
  }
  return { format: detectFileKind(bytes) === "text" ? "csv" : "workbook", header: names, records };
}

function readJsonCompanies(path: string, bytes: Buffer): CompanyFile {
  const parsed = parseJsonText(bytes.toString("utf8").replace(/^\uFEFF/, ""));
  if (!parsed.isValid) {
    const { detail, line, column } = parsed;
    throw new EprovenceError("profile-invalid-json", { path, detail, ...(line === undefined ? {} : { line }), ...(column === undefined ? {} : { column }) });
  }
  if (!Array.isArray(parsed.value)) throw new EprovenceError("merchant-file-not-array", { path });
  const header = new Set<string>();
  const records = (parsed.value as unknown[]).map((value, index): CompanyRecord => {
    const isObject = typeof value === "object" && value !== null && !Array.isArray(value);
    const entries = isObject ? Object.entries(value as Record<string, unknown>).filter(([, given]) => given !== null && given !== "") : undefined;
    for (const [key] of entries ?? []) header.add(key);
    return { kind: "item", item: index + 1, value, entries };
  });
  return { format: "json", header: [...header], records };
}
