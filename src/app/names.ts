import { findMerchant } from "../store/merchants.js";
import { listChineseNames, type ChineseNameRecord, type NameZhFilter } from "../store/products.js";
import { EprovenceError } from "../domain/errors.js";
import type { AppDeps } from "./deps.js";

export { NAME_ZH_STATUSES, type NameZhStatus } from "../domain/catalogue/readiness.js";
export type { ChineseNameRecord, NameZhFilter } from "../store/products.js";

/** `names list`: a company's products and the origin of each Chinese name (the owner's, a draft, reviewed). */
export async function listNames(deps: AppDeps, request: { readonly merchantRef: string; readonly statuses: readonly NameZhFilter[] }): Promise<ChineseNameRecord[]> {
  const db = await deps.database.openIfExists();
  if (db === undefined) throw new EprovenceError("merchant-not-found", { ref: request.merchantRef });
  return listChineseNames(db, findMerchant(db, request.merchantRef).id, request.statuses);
}
