import type { EprovenceError } from "../../domain/errors.js";
import { escapeControlCharacters } from "../../domain/control-characters.js";
import type { Translator } from "../../domain/messages/index.js";
import type { TextStyle } from "./pretty.js";

/** What the import reports about one file (the pipeline's outcome has these fields and more). */
export interface ImportReportRow {
  readonly file: string;
  readonly merchant: string;
  readonly merchantName: string | undefined;
  readonly status: "imported" | "unchanged" | "failed";
  readonly rows: number;
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly deleted: number;
  readonly rejected: number;
  readonly warnings: number;
  readonly importId: number | undefined;
  readonly failure: EprovenceError | undefined;
  readonly rejectsFile: string | undefined;
  readonly sameAsImport: number | undefined;
}

export interface ImportRun {
  readonly mode: string;
  readonly isDryRun: boolean;
}

const COUNTS = ["created", "updated", "unchanged", "deleted", "rejected", "warnings"] as const;

function totalsOf(rows: readonly ImportReportRow[]): Record<(typeof COUNTS)[number], number> {
  const totals = { created: 0, updated: 0, unchanged: 0, deleted: 0, rejected: 0, warnings: 0 };
  for (const row of rows) for (const key of COUNTS) totals[key] += row[key];
  return totals;
}

/** The `import --format json` shape of the issue: `{ files: [...], totals }` (scripts rely on it). */
export function writeImportJson(rows: readonly ImportReportRow[], run: ImportRun): string {
  const files = rows.map((row) => ({
    file: row.file,
    merchant: row.merchant,
    merchantName: row.merchantName ?? null,
    status: row.status,
    rows: row.rows,
    created: row.created,
    updated: row.updated,
    unchanged: row.unchanged,
    deleted: row.deleted,
    rejected: row.rejected,
    warnings: row.warnings,
    importId: row.importId ?? null,
    rejectsFile: row.rejectsFile ?? null,
    failure: row.failure === undefined ? null : { code: row.failure.code, ...row.failure.params },
  }));
  const count = (status: ImportReportRow["status"]) => rows.filter((row) => row.status === status).length;
  const totals = { files: rows.length, filesImported: count("imported"), filesUnchanged: count("unchanged"), filesFailed: count("failed"), ...totalsOf(rows) };
  return `${JSON.stringify({ mode: run.mode, dryRun: run.isDryRun, files, totals }, null, 2)}\n`;
}

/** The summary table a consultant reads at the end of a batch, then what to do about each problem. */
export function writeImportPretty(rows: readonly ImportReportRow[], run: ImportRun, t: Translator, style: TextStyle): string {
  const out: string[] = [];
  out.push(style.heading(t.ui("importTitle", { files: rows.length, mode: run.mode })));
  if (run.isDryRun) out.push(style.warning(t.ui("importDryRun")));
  out.push("");
  const header = [t.ui("colFile"), t.ui("colStatus"), ...COUNTS.map((key) => t.ui(`col_${key}`))];
  const status = (row: ImportReportRow): string =>
    row.status === "failed" ? t.ui("statusFailed") : row.status === "unchanged" ? t.ui("statusUnchanged") : run.isDryRun ? t.ui("statusDryRun") : t.ui("statusImported");
  const body = rows.map((row) => [shorten(escapeControlCharacters(row.file), 32), status(row), ...COUNTS.map((key) => String(row[key]))]);
  const totals = totalsOf(rows);
  const footer = [t.ui("colTotal"), "", ...COUNTS.map((key) => String(totals[key]))];
  const table = [header, ...body, footer];
  const widths = header.map((_, column) => Math.max(...table.map((cells) => (cells[column] ?? "").length)));
  const format = (cells: readonly string[]): string =>
    cells.map((cell, column) => (column < 2 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join("  ");
  out.push(style.heading(format(header)));
  for (const cells of body) out.push(format(cells));
  out.push(style.dim(format(footer)));
  out.push("");
  for (const row of rows) {
    if (row.failure !== undefined) {
      out.push(style.error(`✖ ${escapeControlCharacters(row.file)} : ${t.message(row.failure.code, row.failure.params)}`));
      out.push(`  ${style.dim(`→ ${t.hint(row.failure.code, row.failure.params)}`)}`);
    } else if (row.status === "unchanged") {
      out.push(style.dim(t.ui("importUnchanged", { file: row.file, id: row.sameAsImport ?? "" })));
    }
    if (row.rejectsFile !== undefined) out.push(style.warning(t.ui("importRejectsWritten", { file: row.file, rejects: row.rejectsFile, count: row.rejected })));
    else if (row.rejected > 0 && row.status === "imported") out.push(style.warning(t.ui("importRejectedHint", { file: row.file, count: row.rejected })));
  }
  return `${out.join("\n")}\n`;
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `…${text.slice(text.length - max + 1)}`;
}
