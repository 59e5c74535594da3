import type { MerchantImportResult, MerchantImportRow } from "../app/merchant-import.js";
import { escapeControlCharacters } from "../domain/control-characters.js";
import type { Translator } from "../domain/messages/index.js";
import type { TextStyle } from "../io/reports/pretty.js";
import { formatIdentifier } from "./merchant-output.js";

/** How `merchant import` reports each row: its place, what happened, and why a row was rejected. */

export function countRows(rows: readonly MerchantImportRow[]): Record<MerchantImportRow["status"], number> {
  const totals = { created: 0, updated: 0, unchanged: 0, rejected: 0 };
  for (const row of rows) totals[row.status]++;
  return totals;
}

/** `--format json`: one object, the reasons with their stable code, sentence and hint. */
export function writeMerchantImportJson(result: MerchantImportResult, t: Translator): string {
  const rows = result.rows.map((row) => ({
    line: row.line ?? null,
    item: row.item ?? null,
    status: row.status,
    legalName: row.legalName ?? null,
    siren: row.siren ?? null,
    merchantId: row.merchantId ?? null,
    changed: row.changed,
    reasons: row.reasons.map((reason) => ({ code: reason.code, message: t.message(reason.code, reason.params), hint: t.hint(reason.code, reason.params) })),
  }));
  const totals = { rows: result.rows.length, ...countRows(result.rows) };
  const document = { file: result.file, mode: result.mode, dryRun: result.isDryRun, rows, totals, ignoredColumns: result.ignoredColumns, rejectsFile: result.rejectsFile ?? null };
  return `${JSON.stringify(document, null, 2)}\n`;
}

export function writeMerchantImportPretty(result: MerchantImportResult, t: Translator, style: TextStyle): string {
  const out: string[] = [style.heading(t.ui("merchantImportTitle", { file: escapeControlCharacters(result.file), count: result.rows.length, mode: result.mode }))];
  if (result.isDryRun) out.push(style.warning(t.ui("merchantImportDryRun")));
  if (result.ignoredColumns.length > 0) out.push(style.dim(t.ui("merchantImportIgnored", { columns: result.ignoredColumns.map((name) => escapeControlCharacters(name)).join(", ") })));
  out.push("");
  const places = result.rows.map((row) => (row.line === undefined ? t.ui("merchantFileItem", { item: row.item ?? 0 }) : t.ui("merchantFileLine", { line: row.line })));
  const statuses = result.rows.map((row) => t.ui("merchantImportStatus", { status: row.status }));
  const placeWidth = Math.max(...places.map((place) => place.length));
  const statusWidth = Math.max(...statuses.map((status) => status.length));
  result.rows.forEach((row, index) => {
    const status = (statuses[index] ?? "").padEnd(statusWidth);
    const colour = row.status === "rejected" ? style.error : row.status === "unchanged" ? style.dim : style.success;
    const who = [row.legalName === undefined ? "" : escapeControlCharacters(row.legalName), row.siren === undefined ? "" : `(SIREN ${formatIdentifier(row.siren)})`].filter(Boolean).join(" ");
    const changed = row.changed.length > 0 ? style.dim(` — ${row.changed.map((field) => t.ui("merchantLabel", { field })).join(", ")}`) : "";
    out.push(`  ${(places[index] ?? "").padEnd(placeWidth)}  ${colour(status)}  ${who}${changed}`.trimEnd());
    for (const reason of row.reasons) out.push(`      – ${t.message(reason.code, reason.params)} ${style.dim(t.hint(reason.code, reason.params))}`);
  });
  out.push("");
  out.push(t.ui("merchantImportTotals", countRows(result.rows)));
  return `${out.join("\n")}\n`;
}
