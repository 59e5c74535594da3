import { createHash } from "node:crypto";
import type { Database } from "better-sqlite3";
import { READINESS_PROFILE_VERSION, summariseProductReadiness, type ReadinessContext } from "../domain/catalogue/readiness.js";
import { readPositiveListSummary } from "../store/positive-list.js";
import { restampReadiness, type ReadinessStamp } from "../store/products.js";
import type { AppDeps } from "./deps.js";
import { withStoredPositiveList } from "./positive-list.js";

/**
 * The readiness the store keeps with each product (see migration 009), assessed by the domain's one
 * function and stamped with its basis: the profile and its rules, the dated settings, the positive list
 * loaded and the tool's version (which carries the postcode directory). Any of them changing makes
 * every stored summary stale, and stale summaries are assessed again before a figure is read. The
 * company's own profile plays no part (the assessment reads only the product and this context), so
 * `merchant add | update | import` leave the stored readiness as it is. Every writer of products calls
 * the store's `restampReadiness` with this stamp, in its transaction, for the company it wrote.
 */

export type { ReadinessStamp } from "../store/products.js";

/**
 * Today's stamp for this database: the day's settings (`deps.settings`, those `portfolio`, `export` and
 * `dossier` judge by — an import's own overrides, such as `--min-shelf-life`, are for its checks only)
 * and the positive list stored. The basis costs one small read; the context (the postcode directory,
 * the list's lines) is loaded only when a product is to be assessed.
 */
export function createReadinessStamp(db: Database, deps: Pick<AppDeps, "postcodes" | "toolVersion" | "settings">): ReadinessStamp {
  const { settings } = deps;
  const list = readPositiveListSummary(db);
  const basis = createHash("sha256")
    .update(JSON.stringify({ profile: READINESS_PROFILE_VERSION, tool: deps.toolVersion, settings: { ...settings, positiveList: undefined }, positiveList: list ?? null }))
    .digest("hex")
    .slice(0, 16);
  let context: ReadinessContext | undefined;
  return {
    basis,
    summarise(product) {
      context ??= { postcodes: deps.postcodes(), settings: withStoredPositiveList(db, settings) };
      return summariseProductReadiness(product, context);
    },
  };
}

/** For a writer that changed some of a company's products: their readiness assessed again, in its transaction. */
export function refreshStoredReadiness(db: Database, deps: Pick<AppDeps, "postcodes" | "toolVersion" | "settings">, merchantId: number): number {
  return restampReadiness(db, merchantId, createReadinessStamp(db, deps));
}
