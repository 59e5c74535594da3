import { resolve } from "node:path";
import { normaliseIdentifier } from "../domain/company/identifiers.js";
import type { Merchant } from "../domain/company/merchant.js";
import { changedProfileKeys } from "../domain/company/profile-changes.js";
import { columnNamesOf, profileKeyOfColumn } from "../domain/company/profile-columns.js";
import { checkMerchantProfile, checkMerchantProfilePatch, isProfileKey, type ProfileKey, type ProfileProblem } from "../domain/company/profile-problems.js";
import { readProfileText } from "../domain/company/profile-text.js";
import type { MerchantProfile, MerchantProfilePatch } from "../domain/company/profile.js";
import { EprovenceError, type FailureCode, type MessageParams } from "../domain/errors.js";
import { readCompanyFile, type CompanyFile, type CompanyRecord } from "../io/company-file.js";
import { createRejectsWriter, createXlsxRejectsWriter, workbookRejectsPath } from "../io/rejects-writer.js";
import * as merchants from "../store/merchants.js";
import { write } from "../store/write.js";
import type { AppDeps } from "./deps.js";
import { describeProfileProblems, PRINTED_ONLY_KEYS } from "./profile-input.js";

/**
 * `merchant import FILE`: many companies from one CSV, workbook or JSON array, one per row. Each row is
 * checked by the rules of `merchant add` (the same schema, the same readers of typed values); the rows
 * that pass land together in one transaction, the others are reported with their line and reasons.
 * A file that cannot be read as a list of companies is one exit-2 failure, and nothing is stored.
 */

export const MERCHANT_IMPORT_MODES = ["upsert", "create"] as const;
export type MerchantImportMode = (typeof MERCHANT_IMPORT_MODES)[number];

export interface MerchantImportRequest {
  readonly path: string;
  readonly mode: MerchantImportMode;
  readonly isDryRun: boolean;
  readonly rejects: string | undefined;
}

export interface RowReason {
  readonly code: FailureCode;
  readonly params: MessageParams;
}

export interface MerchantImportRow {
  /** The line of a table's row (as the spreadsheet shows it), or undefined for a JSON array's element. */
  readonly line: number | undefined;
  /** A JSON array's element, from 1; undefined for a table's row. */
  readonly item: number | undefined;
  readonly status: "created" | "updated" | "unchanged" | "rejected";
  readonly legalName: string | undefined;
  readonly siren: string | undefined;
  readonly merchantId: number | undefined;
  /** The keys an update changed. */
  readonly changed: readonly ProfileKey[];
  readonly reasons: readonly RowReason[];
}

export interface MerchantImportResult {
  readonly file: string;
  readonly mode: MerchantImportMode;
  readonly isDryRun: boolean;
  readonly rows: readonly MerchantImportRow[];
  /** Columns (or JSON keys) that hold no profile value: not read, named once. */
  readonly ignoredColumns: readonly string[];
  readonly rejectsFile: string | undefined;
}

interface CheckedRow {
  readonly record: CompanyRecord;
  readonly profile: MerchantProfile;
  readonly patch: MerchantProfilePatch;
  readonly siren: string;
}

export async function importMerchants(deps: AppDeps, request: MerchantImportRequest): Promise<MerchantImportResult> {
  const { t } = deps;
  const file = await readCompanyFile(request.path, resolve(deps.cwd, request.path)).catch((error: unknown) => {
    // An empty file is a file without companies, whatever reader found it empty.
    throw error instanceof EprovenceError && error.code === "file-empty" ? new EprovenceError("merchant-file-no-rows", { path: request.path }) : error;
  });
  if (file.records.length === 0) throw new EprovenceError("merchant-file-no-rows", { path: request.path });
  const ignoredColumns = file.header.filter((name) => name !== "" && profileKeyOfColumn(name) === undefined && !PRINTED_ONLY_KEYS.has(name));
  if (file.format !== "json") assertRequiredColumns(file.header, request.path, (names) => t.ui("merchantFileColumnNames", { names }), t.ui("listOr"));

  const rows = new Map<CompanyRecord, MerchantImportRow>();
  const checked: CheckedRow[] = [];
  const firstOfSiren = new Map<string, CompanyRecord>();
  const label = (record: CompanyRecord, name: string) => t.ui(record.kind === "row" ? "merchantFileColumn" : "merchantFileKey", { name });
  const absent = (record: CompanyRecord) => (key: string) =>
    isProfileKey(key) ? (record.kind === "row" ? t.ui("merchantFileColumnNames", { names: columnNamesOf(key).join(t.ui("listOr")) }) : t.ui("merchantFileKey", { name: key })) : key;

  for (const record of file.records) {
    const reject = (reasons: readonly RowReason[], profile?: { legalName?: string | undefined; siren?: string | undefined }) =>
      rows.set(record, { ...placeOf(record), status: "rejected", legalName: profile?.legalName, siren: profile?.siren, merchantId: undefined, changed: [], reasons });
    if (record.entries === undefined) {
      reject([{ code: "merchant-file-not-object", params: { item: record.kind === "item" ? record.item : 0 } }]);
      continue;
    }
    const values: Record<string, unknown> = {};
    const labels: Record<string, string> = {};
    const problems: ProfileProblem[] = [];
    for (const [name, given] of record.entries) {
      const key = profileKeyOfColumn(name);
      if (key === undefined) continue;
      labels[key] = label(record, name);
      // A cell is text, read as `merchant add` reads a flag; a JSON value goes to the schema as `--from` gives it.
      if (typeof given !== "string" || record.kind === "item") {
        values[key] = given;
        continue;
      }
      const parsed = readProfileText(key, given);
      if (parsed === undefined) problems.push({ code: "invalid-profile-value", key, value: given });
      else values[key] = parsed.value;
    }
    const check = checkMerchantProfile(values);
    const all = [...problems, ...(check.isValid ? [] : check.problems)];
    const legalName = typeof values.legalName === "string" ? values.legalName : undefined;
    if (!check.isValid || all.length > 0) {
      reject(describeProfileProblems(all, labels, absent(record), undefined), { legalName });
      continue;
    }
    const { profile } = check;
    const siren = normaliseIdentifier(profile.siret ?? profile.siren ?? "").slice(0, 9);
    const first = firstOfSiren.get(siren);
    if (first !== undefined) {
      reject([{ code: "merchant-file-duplicate-siren", params: { siren, first: describePlace(first, t) } }], { legalName: profile.legalName, siren });
      continue;
    }
    firstOfSiren.set(siren, record);
    const patch = checkMerchantProfilePatch(values);
    if (!patch.isValid) throw new Error("a profile valid in full is valid as a patch");
    checked.push({ record, profile, patch: patch.profile, siren });
  }

  const db = await deps.database.open();
  const now = deps.now();
  write(
    db,
    () => {
      for (const { record, profile, patch, siren } of checked) {
        const existing = merchants.findMerchantBySiren(db, siren);
        const done = (status: MerchantImportRow["status"], merchant: Merchant, changed: readonly ProfileKey[] = [], reasons: readonly RowReason[] = []) =>
          rows.set(record, { ...placeOf(record), status, legalName: profile.legalName, siren, merchantId: status === "rejected" ? undefined : merchant.id, changed, reasons });
        if (existing === undefined) {
          done("created", merchants.addMerchant(db, profile, now));
        } else if (request.mode === "create") {
          done("rejected", existing, [], [{ code: "merchant-exists", params: { siren, id: existing.id, legalName: existing.legalName } }]);
        } else {
          const changed = changedProfileKeys(existing, patch);
          if (changed.length === 0) done("unchanged", existing);
          else done("updated", merchants.updateMerchant(db, existing.id, patch, now), changed);
        }
      }
    },
    { isDryRun: request.isDryRun },
  );

  const ordered = file.records.flatMap((record) => {
    const row = rows.get(record);
    return row === undefined ? [] : [row];
  });
  const wanted = request.rejects === undefined || file.format !== "workbook" ? request.rejects : workbookRejectsPath(request.rejects);
  const rejectsFile = wanted !== undefined && !request.isDryRun && ordered.some((row) => row.status === "rejected") ? wanted : undefined;
  if (rejectsFile !== undefined) await writeRejects(deps, resolve(deps.cwd, rejectsFile), file, rows);
  return { file: request.path, mode: request.mode, isDryRun: request.isDryRun, rows: ordered, ignoredColumns, rejectsFile };
}

/** A table needs a legal name column and a SIRET or SIREN column; without them no row could ever pass. */
function assertRequiredColumns(header: readonly string[], path: string, names: (names: string) => string, or: string): void {
  const keys = new Set(header.map(profileKeyOfColumn));
  const missing: string[] = [];
  if (!keys.has("legalName")) missing.push(names(columnNamesOf("legalName").join(or)));
  if (!keys.has("siret") && !keys.has("siren")) missing.push(names([...columnNamesOf("siret"), ...columnNamesOf("siren")].join(or)));
  if (missing.length > 0) throw new EprovenceError("merchant-file-columns", { path, missing: missing.join(" ; "), found: header.join(", ") });
}

function placeOf(record: CompanyRecord): { line: number | undefined; item: number | undefined } {
  return record.kind === "row" ? { line: record.line, item: undefined } : { line: undefined, item: record.item };
}

function describePlace(record: CompanyRecord, t: AppDeps["t"]): string {
  return record.kind === "row" ? t.ui("merchantFileLine", { line: record.line }) : t.ui("merchantFileItem", { item: record.item });
}

/** The rejected rows under the file's own header, their reasons last: fix them and import this file. */
/** The rejected rows with their reason, in the source's kind of file: a workbook's in an .xlsx the consultant fixes in Excel, else a CSV. */
async function writeRejects(deps: AppDeps, path: string, file: CompanyFile, rows: ReadonlyMap<CompanyRecord, MerchantImportRow>): Promise<void> {
  const { t } = deps;
  const { header, records } = file;
  const writer = file.format === "workbook" ? createXlsxRejectsWriter(path, header, t.ui("rejectReason"), t.ui("merchantRejectsSheet")) : createRejectsWriter(path, header, ";", t.ui("rejectReason"));
  for (const record of records) {
    const row = rows.get(record);
    if (row?.status !== "rejected") continue;
    const reason = row.reasons.map((one) => t.message(one.code, one.params)).join(" ");
    if (record.kind === "row") {
      writer.write(record.cells, reason);
    } else {
      const given = new Map(record.entries ?? []);
      writer.write(header.map((key) => toCell(given.get(key))), reason);
    }
  }
  await writer.commit();
}

function toCell(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (Array.isArray(value)) return value.map(String).join(", ");
  return typeof value === "object" ? JSON.stringify(value) : String(value as string | number | boolean);
}

