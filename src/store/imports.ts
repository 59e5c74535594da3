import type { Database } from "better-sqlite3";
import type { FieldName } from "../domain/catalogue/fields.js";
import type { Finding, WorkbookFormat } from "../domain/catalogue/finding.js";
import type { FindingCode, MessageParams, Severity } from "../domain/errors.js";
import type { ImportMode } from "./products.js";

/** The history of imports: one row per file and merchant, with its counts and findings. */

export interface ImportCounts {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  deleted: number;
  rejected: number;
  errors: number;
  warnings: number;
}

export interface ImportRecord extends ImportCounts {
  readonly id: number;
  readonly merchantId: number;
  readonly fileName: string;
  readonly sha256: string;
  readonly mode: ImportMode;
  readonly encoding: string | undefined;
  readonly delimiter: string | undefined;
  /** A workbook's kind and the sheet read; undefined for a CSV. */
  readonly workbook: { readonly format: WorkbookFormat; readonly sheet: string } | undefined;
  readonly status: "imported" | "failed";
  /** The failure code when status is "failed". */
  readonly failure: string | undefined;
  readonly startedAt: string;
  readonly finishedAt: string;
}

export const ZERO_COUNTS: Readonly<ImportCounts> = { rows: 0, created: 0, updated: 0, unchanged: 0, deleted: 0, rejected: 0, errors: 0, warnings: 0 };

const SELECT_IMPORT = `SELECT id, merchant_id AS merchantId, file_name AS fileName, sha256, mode, encoding, delimiter, workbook_format, sheet, rows, created,
  updated, unchanged, deleted, rejected, errors, warnings, status, failure, started_at AS startedAt, finished_at AS finishedAt FROM imports`;

function toRecord(row: Record<string, unknown> | undefined): ImportRecord | undefined {
  if (row === undefined) return undefined;
  const { workbook_format: format, sheet, ...rest } = row;
  return {
    ...(rest as unknown as ImportRecord),
    encoding: (row.encoding as string | null) ?? undefined,
    delimiter: (row.delimiter as string | null) ?? undefined,
    workbook: typeof format === "string" ? { format: format as WorkbookFormat, sheet: String(sheet ?? "") } : undefined,
    failure: (row.failure as string | null) ?? undefined,
  };
}

/** The last successful import of the same content, for the same merchant, in the same mode. */
export function findSameImport(db: Database, merchantId: number, sha256: string, mode: ImportMode): ImportRecord | undefined {
  return toRecord(
    db.prepare(`${SELECT_IMPORT} WHERE merchant_id = ? AND sha256 = ? AND mode = ? AND status = 'imported' ORDER BY id DESC LIMIT 1`).get(merchantId, sha256, mode) as
      | Record<string, unknown>
      | undefined,
  );
}

export interface NewImport {
  readonly merchantId: number;
  readonly fileName: string;
  readonly sha256: string;
  readonly mode: ImportMode;
  readonly startedAt: Date;
}

/** Opens the import's row (status "imported": it only becomes visible if its transaction commits). */
export function beginImport(db: Database, started: NewImport): number {
  const at = started.startedAt.toISOString();
  return Number(
    db
      .prepare(
        "INSERT INTO imports (merchant_id, file_name, sha256, mode, status, started_at, finished_at) VALUES (?, ?, ?, ?, 'imported', ?, ?)",
      )
      .run(started.merchantId, started.fileName, started.sha256, started.mode, at, at).lastInsertRowid,
  );
}

export interface FinishedImport {
  readonly counts: ImportCounts;
  /** A CSV's; none for a workbook. */
  readonly encoding: string | undefined;
  readonly delimiter: string | undefined;
  /** A workbook's kind and sheet; undefined for a CSV. */
  readonly workbook?: { readonly format: WorkbookFormat; readonly sheet: string } | undefined;
  readonly findings: readonly Finding[];
  readonly finishedAt: Date;
}

export function finishImport(db: Database, importId: number, finished: FinishedImport): void {
  const { counts } = finished;
  db.prepare(
    `UPDATE imports SET encoding = ?, delimiter = ?, workbook_format = ?, sheet = ?, rows = ?, created = ?, updated = ?, unchanged = ?, deleted = ?, rejected = ?,
      errors = ?, warnings = ?, finished_at = ? WHERE id = ?`,
  ).run(
    finished.encoding ?? null,
    finished.delimiter ?? null,
    finished.workbook?.format ?? null,
    finished.workbook?.sheet ?? null,
    counts.rows,
    counts.created,
    counts.updated,
    counts.unchanged,
    counts.deleted,
    counts.rejected,
    counts.errors,
    counts.warnings,
    finished.finishedAt.toISOString(),
    importId,
  );
  const insert = db.prepare(
    "INSERT INTO import_findings (import_id, severity, code, line, field, column_name, value, params, sheet, cell) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
  );
  for (const finding of finished.findings) {
    insert.run(
      importId,
      finding.severity,
      finding.code,
      finding.line,
      finding.field ?? null,
      finding.column ?? null,
      finding.value ?? null,
      finding.params === undefined ? null : JSON.stringify(finding.params),
      finding.sheet ?? null,
      finding.cell ?? null,
    );
  }
}

/** A file that could not be imported leaves a trace in the history (in its own small transaction). */
export function recordFailedImport(db: Database, failed: NewImport & { readonly failure: string; readonly finishedAt: Date }): number {
  return Number(
    db
      .prepare(
        "INSERT INTO imports (merchant_id, file_name, sha256, mode, status, failure, started_at, finished_at) VALUES (?, ?, ?, ?, 'failed', ?, ?, ?)",
      )
      .run(failed.merchantId, failed.fileName, failed.sha256, failed.mode, failed.failure, failed.startedAt.toISOString(), failed.finishedAt.toISOString())
      .lastInsertRowid,
  );
}

/** A company's latest import (imported or failed), or undefined when it has none. */
export function findLatestImport(db: Database, merchantId: number): ImportRecord | undefined {
  return toRecord(db.prepare(`${SELECT_IMPORT} WHERE merchant_id = ? ORDER BY id DESC LIMIT 1`).get(merchantId) as Record<string, unknown> | undefined);
}

export function listImports(db: Database, merchantId?: number): ImportRecord[] {
  const rows = (
    merchantId === undefined
      ? db.prepare(`${SELECT_IMPORT} ORDER BY id DESC`).all()
      : db.prepare(`${SELECT_IMPORT} WHERE merchant_id = ? ORDER BY id DESC`).all(merchantId)
  ) as Record<string, unknown>[];
  return rows.map((row) => toRecord(row) as ImportRecord);
}

/** A row of import_findings; sheet and cell are NULL for a CSV's findings and for those kept before version 5. */
interface StoredFinding {
  severity: Severity;
  code: FindingCode;
  line: number;
  field: FieldName | null;
  columnName: string | null;
  value: string | null;
  params: string | null;
  sheet: string | null;
  cell: string | null;
}

export function getImport(db: Database, id: number): { record: ImportRecord; findings: Finding[] } | undefined {
  const record = toRecord(db.prepare(`${SELECT_IMPORT} WHERE id = ?`).get(id) as Record<string, unknown> | undefined);
  if (record === undefined) return undefined;
  const rows = db
    .prepare("SELECT severity, code, line, field, column_name AS columnName, value, params, sheet, cell FROM import_findings WHERE import_id = ? ORDER BY line, rowid")
    .all(id) as StoredFinding[];
  const findings = rows.map((row): Finding => ({
    severity: row.severity,
    code: row.code,
    line: row.line,
    field: row.field ?? undefined,
    column: row.columnName ?? undefined,
    value: row.value ?? undefined,
    params: row.params === null ? undefined : (JSON.parse(row.params) as MessageParams),
    sheet: row.sheet ?? undefined,
    cell: row.cell ?? undefined,
  }));
  return { record, findings };
}
