import { EprovenceError } from "../../domain/errors.js";
import { renderFinding } from "../../io/reports/render.js";
import { getImport, listImports, type ImportRecord } from "../../store/imports.js";
import { findMerchant, getMerchant } from "../../store/merchants.js";
import { openCommandDatabase } from "../database.js";
import { EXIT, type ExitCode } from "../errors.js";
import type { CommandContext } from "../program.js";
import { createTextStyle } from "../style.js";

/** `eprovence imports list | show <id>`: the import history, read-only. */

function parseFormat(value: unknown): "pretty" | "json" {
  const format = String(value ?? "pretty");
  if (format !== "pretty" && format !== "json") throw new EprovenceError("invalid-option", { option: "--format", value: format, expected: "pretty, json" });
  return format;
}

export async function runImportsList(options: Record<string, unknown>, context: CommandContext): Promise<ExitCode> {
  const { io, t } = context;
  const format = parseFormat(options.format);
  let records: ImportRecord[] = [];
  const names = new Map<number, string>();
  try {
    const db = await openCommandDatabase(context, { mustExist: true });
    try {
      const merchant = typeof options.merchant === "string" ? findMerchant(db, options.merchant) : undefined;
      records = listImports(db, merchant?.id);
      for (const record of records) if (!names.has(record.merchantId)) names.set(record.merchantId, getMerchant(db, record.merchantId)?.legalName ?? "");
    } finally {
      db.close();
    }
  } catch (error) {
    // A fresh machine has no database yet, hence no history: that is an empty list, not a failure.
    if (!(error instanceof EprovenceError && error.code === "database-missing")) throw error;
  }
  if (format === "json") {
    io.stdout.write(`${JSON.stringify(records.map((record) => ({ ...record, merchantName: names.get(record.merchantId) ?? null })), null, 2)}\n`);
    return EXIT.ok;
  }
  if (records.length === 0) {
    io.stdout.write(`${t.ui("importsEmpty")}\n`);
    return EXIT.ok;
  }
  const style = createTextStyle(io.isStdoutTTY, io.env);
  const header = t.ui("importsHeader").split("|");
  const rows = records.map((record) => [
    String(record.id),
    record.startedAt.slice(0, 16).replace("T", " "),
    names.get(record.merchantId) ?? "",
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
  return EXIT.ok;
}

export async function runImportsShow(id: string, options: Record<string, unknown>, context: CommandContext): Promise<ExitCode> {
  const { io, t } = context;
  const format = parseFormat(options.format);
  const number = Number(id);
  if (!/^\d+$/.test(id) || !Number.isSafeInteger(number)) throw new EprovenceError("invalid-option", { option: "<id>", value: id, expected: "1, 2, 3…" });
  const db = await openCommandDatabase(context, { mustExist: true }).catch((error: unknown) => {
    if (error instanceof EprovenceError && error.code === "database-missing") throw new EprovenceError("import-not-found", { id });
    throw error;
  });
  try {
    const found = getImport(db, number);
    if (found === undefined) throw new EprovenceError("import-not-found", { id });
    const merchantName = getMerchant(db, found.record.merchantId)?.legalName ?? "";
    if (format === "json") {
      io.stdout.write(`${JSON.stringify({ ...found.record, merchantName, findings: found.findings }, null, 2)}\n`);
      return EXIT.ok;
    }
    const style = createTextStyle(io.isStdoutTTY, io.env);
    const { record } = found;
    const out = [
      style.heading(
        t.ui("importDetail", {
          id: record.id,
          file: record.fileName,
          merchant: merchantName,
          mode: record.mode,
          status: record.status === "failed" ? t.ui("statusFailed") : t.ui("statusImported"),
          started: record.startedAt.slice(0, 19).replace("T", " "),
          encoding: record.encoding ?? "—",
          delimiter: record.delimiter === "\t" ? t.ui("tab") : (record.delimiter ?? "—"),
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
    for (const finding of found.findings) {
      const { message, hint } = renderFinding(finding, t);
      const label = finding.severity === "error" ? style.error(`✖ ${t.ui("line", { line: finding.line })}`) : style.warning(`⚠ ${t.ui("line", { line: finding.line })}`);
      out.push(`${label} ${message} ${style.dim(`[${finding.code}]`)}`, `    ${style.dim(`→ ${hint}`)}`);
    }
    io.stdout.write(`${out.join("\n")}\n`);
    return EXIT.ok;
  } finally {
    db.close();
  }
}
