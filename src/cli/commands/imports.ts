import { listImports, showImport } from "../../app/imports-history.js";
import { describeLocation, renderFinding } from "../../io/reports/render.js";
import { parseFormat, parseWholeNumber, readMerchantRef, RESULT_FORMATS } from "../options.js";
import type { Outcome } from "../outcome.js";
import type { CommandContext } from "../program.js";
import { createTextStyle } from "../style.js";

/** `eprovence imports list | show <id>`: the import history, read-only. */

export async function runImportsList(options: Record<string, unknown>, context: CommandContext): Promise<Outcome> {
  const { io, t } = context;
  const format = parseFormat(options.format, RESULT_FORMATS);
  const records = await listImports(context.deps(), readMerchantRef(options.merchant));
  if (format === "json") {
    io.stdout.write(`${JSON.stringify(records, null, 2)}\n`);
    return "ok";
  }
  if (records.length === 0) {
    io.stdout.write(`${t.ui("importsEmpty")}\n`);
    return "ok";
  }
  const style = createTextStyle(io.isStdoutTTY, io.env);
  const header = t.ui("importsHeader").split("|");
  const rows = records.map((record) => [
    String(record.id),
    t.dateTime(record.startedAt),
    record.merchantName,
    record.fileName,
    record.mode,
    record.status === "failed" ? t.ui("statusFailed") : t.ui("statusImported"),
    String(record.created),
    String(record.updated),
    String(record.unchanged),
    String(record.rejected),
    String(record.warnings),
  ]);
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((cells) => (cells[column] ?? "").length)));
  const line = (cells: readonly string[]) => cells.map((cell, column) => (column >= 6 ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0))).join("  ");
  io.stdout.write(`${style.heading(line(header))}\n${rows.map(line).join("\n")}\n`);
  return "ok";
}

export async function runImportsShow(id: string, options: Record<string, unknown>, context: CommandContext): Promise<Outcome> {
  const { io, t } = context;
  const format = parseFormat(options.format, RESULT_FORMATS);
  const { record, findings } = await showImport(context.deps(), parseWholeNumber(id, "<id>", { min: 0 }));
  if (format === "json") {
    io.stdout.write(`${JSON.stringify({ ...record, findings }, null, 2)}\n`);
    return "ok";
  }
  const style = createTextStyle(io.isStdoutTTY, io.env);
  const out = [
    style.heading(
      t.ui("importDetail", {
        id: record.id,
        file: record.fileName,
        merchant: record.merchantName,
        mode: record.mode,
        status: record.status === "failed" ? t.ui("statusFailed") : t.ui("statusImported"),
        started: t.dateTime(record.startedAt),
        source:
          record.workbook === undefined
            ? t.ui("importSourceCsv", { encoding: record.encoding ?? "—", delimiter: record.delimiter === "\t" ? t.ui("tab") : (record.delimiter ?? "—") })
            : t.ui("importSourceWorkbook", { format: record.workbook.format, sheet: record.workbook.sheet }),
      }),
    ),
    t.ui("importCounts", {
      rows: record.rows,
      created: record.created,
      updated: record.updated,
      unchanged: record.unchanged,
      deleted: record.deleted,
      rejected: record.rejected,
      warnings: record.warnings,
    }),
  ];
  if (record.failure !== undefined) out.push(style.error(t.ui("importFailure", { failure: record.failure })));
  for (const finding of findings) {
    const { message, hint } = renderFinding({ ...finding, field: finding.field as never }, t);
    // Where validate's report says it: « Ligne 11 », or in a workbook « Feuille Produits, cellule E11 ».
    const where = describeLocation(finding, t);
    const label = finding.severity === "error" ? style.error(`✖ ${where}`) : style.warning(`⚠ ${where}`);
    out.push(`${label} ${message}`, `    ${style.dim(`→ ${hint}`)}`);
  }
  io.stdout.write(`${out.join("\n")}\n`);
  return "ok";
}
