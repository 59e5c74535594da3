import { EprovenceError } from "../domain/errors.js";
import type { Finding } from "../domain/catalogue/finding.js";
import { getImport, listImports as listStoredImports, type ImportRecord } from "../store/imports.js";
import { findMerchant, getMerchant } from "../store/merchants.js";
import type { AppDeps } from "./deps.js";

export type { ImportRecord } from "../store/imports.js";

export interface ListedImport extends ImportRecord {
  /** The company's legal name ("" when the company is gone). */
  readonly merchantName: string;
}

/** `imports list`: newest first, for one company or all; a fresh machine has no history (and no file is created). */
export async function listImports(deps: AppDeps, merchantRef: string | undefined): Promise<ListedImport[]> {
  const db = await deps.database.openIfExists();
  if (db === undefined) return [];
  const merchant = merchantRef === undefined ? undefined : findMerchant(db, merchantRef);
  const names = new Map<number, string>();
  return listStoredImports(db, merchant?.id).map((record) => {
    if (!names.has(record.merchantId)) names.set(record.merchantId, getMerchant(db, record.merchantId)?.legalName ?? "");
    return { ...record, merchantName: names.get(record.merchantId) ?? "" };
  });
}

/** `imports show <id>`: one import, its counts and findings. */
export async function showImport(deps: AppDeps, id: number): Promise<{ readonly record: ListedImport; readonly findings: readonly Finding[] }> {
  const db = await deps.database.openIfExists();
  const found = db === undefined ? undefined : getImport(db, id);
  if (db === undefined || found === undefined) throw new EprovenceError("import-not-found", { id });
  return { record: { ...found.record, merchantName: getMerchant(db, found.record.merchantId)?.legalName ?? "" }, findings: found.findings };
}
