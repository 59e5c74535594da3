import type { Database, Statement } from "better-sqlite3";
import type { ProductValues, Storage } from "../domain/catalogue/row-validator.js";
import type { StoredPicture } from "../domain/catalogue/pictures.js";
import type { NameZhStatus, ReadinessSummary, StoredProduct } from "../domain/catalogue/readiness.js";

/**
 * Writes one file's accepted rows for one merchant, inside the caller's open transaction. Every
 * statement is scoped by merchant id: one merchant's import never touches another's products.
 */

export const IMPORT_MODES = ["upsert", "create", "replace"] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

export type WriteOutcome = "created" | "updated" | "unchanged" | "exists";

/** A picture to keep with a product, in order (the first is the main one); its file is already copied. */
export type PictureRecord = Omit<StoredPicture, "position">;

export interface ProductWriter {
  /**
   * Writes one valid row and its pictures. "exists": create mode met a SKU already stored (the row is
   * rejected). A row that brings no picture keeps the stored ones in upsert mode, as a blank cell does.
   */
  write(values: ProductValues, pictures?: readonly PictureRecord[]): WriteOutcome;
  /** Replace mode: a rejected row's SKU still belongs to the file, so its stored product is kept. */
  keep(sku: string): void;
  /** Replace mode: deletes the merchant's products the file did not name; returns how many. */
  deleteUnnamed(): number;
}

/** Stored columns in bind order (after merchant_id and sku). */
type Row = [
  nameFr: string,
  nameZh: string | null,
  nameEn: string | null,
  brand: string,
  category: string,
  gtin: string | null,
  hsCode: string,
  originPostcode: string,
  shelfLifeMonths: number | null,
  storage: string | null,
  netWeightMg: number,
  priceCents: number,
  stock: number | null,
  labels: string | null,
  imageUrls: string | null,
  ingredients: string | null,
  ingredientsZh: string | null,
  manufacturer: string | null,
  manufacturerAddress: string | null,
  netContent: string | null,
  netContentMl: number | null,
];

/** The Chinese name's and the Chinese ingredients' places in Row. */
const NAME_ZH = 1;
const INGREDIENTS_ZH = 16;

/** Each Chinese text's status and when it last changed, written with it: the name's, then the ingredients'. */
const ZH_ORIGINS = "name_zh_status, name_zh_updated_at, ingredients_zh_status, ingredients_zh_updated_at";

type Origin = [status: NameZhStatus | null, updatedAt: string | null];

/** A Chinese text a catalogue file brings is the owner's: `supplied`, from now; no text, no status. */
function supplied(text: string | number | null, timestamp: string): Origin {
  return text === null ? [null, null] : ["supplied", timestamp];
}

/**
 * The same Chinese text brought again keeps its status (a reviewed name stays reviewed, a draft stays
 * a draft); another is the owner's.
 */
function originOf(text: string | number | null, stored: string | number | null, origin: Origin, timestamp: string): Origin {
  return text === stored ? origin : supplied(text, timestamp);
}

/** The net content as printed, and its volume read from it (which follows it, never kept on its own). */
const NET_CONTENT = 19;
const NET_CONTENT_ML = 20;

/** Optional columns (indexes in Row) that a blank cell leaves as stored in upsert mode (the volume with its text). */
const OPTIONAL_COLUMNS: readonly number[] = [1, 2, 5, 8, 9, 12, 13, 14, 15, 16, 17, 18, NET_CONTENT];

const COLUMNS =
  "name_fr, name_zh, name_en, brand, category, gtin, hs_code, origin_postcode, shelf_life_months, storage, net_weight_mg, price_cents, stock, labels, image_urls, ingredients, ingredients_zh, manufacturer, manufacturer_address, net_content, net_content_ml";

/**
 * A write that changes a product without assessing it (a Chinese name given) leaves its stored
 * readiness to be assessed again — a null basis is never today's — and its caller runs
 * `restampReadiness` in the same transaction.
 */
const READINESS_TO_ASSESS = "readiness_basis = NULL";

/** The stored readiness, written with the values it was assessed on. */
const READINESS = "readiness_basis, readiness_is_ready, readiness_met_weight";

/**
 * The writer of an import: each product it stores or changes is assessed with `stamp` as it is
 * written (one pass over the file, no second read of the catalogue).
 */
export function createProductWriter(db: Database, merchantId: number, importId: number, mode: ImportMode, now: Date, stamp: ReadinessStamp): ProductWriter {
  const timestamp = now.toISOString();
  // Bound in this order: the values, where each Chinese text comes from, the import, then the readiness.
  const written = [...COLUMNS.split(", "), ...ZH_ORIGINS.split(", "), "import_id", "updated_at", ...READINESS.split(", ")];
  const insert = db.prepare(`INSERT INTO products (merchant_id, sku, ${written.join(", ")}) VALUES (?, ?, ${written.map(() => "?").join(", ")})`);
  const update = db.prepare(`UPDATE products SET ${written.map((column) => `${column} = ?`).join(", ")} WHERE id = ?`);
  const readinessOf = (sku: string, row: Row, nameOrigin: Origin, ingredientsOrigin: Origin, kept: readonly StoredPicture[]): [string, number, number] => {
    const summary = stamp.summarise(toStoredProduct(productRowOf(sku, row, nameOrigin[0], ingredientsOrigin[0]), kept));
    return [stamp.basis, summary.isReady ? 1 : 0, summary.metWeight];
  };
  const select = db.prepare(`SELECT id, ${ZH_ORIGINS}, ${COLUMNS} FROM products WHERE merchant_id = ? AND sku = ?`).raw();
  // An empty catalogue cannot hold the SKU: skip the lookup (a first import of a large file is all inserts).
  const isEmptyAtStart = db.prepare("SELECT 1 FROM products WHERE merchant_id = ? LIMIT 1").get(merchantId) === undefined;
  const named = mode === "replace" ? createNamedSkus(db) : undefined;
  const pictures = createPictureWriter(db);

  return {
    write(values, brought = []) {
      const row = toRow(values);
      named?.insert.run(values.sku);
      const stored = isEmptyAtStart
        ? undefined
        : (select.get(merchantId, values.sku) as [number, NameZhStatus | null, string | null, NameZhStatus | null, string | null, ...Row] | undefined);
      if (stored === undefined) {
        const nameOrigin = supplied(row[NAME_ZH], timestamp);
        const ingredientsOrigin = supplied(row[INGREDIENTS_ZH], timestamp);
        const readiness = readinessOf(values.sku, row, nameOrigin, ingredientsOrigin, positioned(brought));
        const id = Number(insert.run(merchantId, values.sku, ...row, ...nameOrigin, ...ingredientsOrigin, importId, timestamp, ...readiness).lastInsertRowid);
        pictures.insert(id, brought);
        return "created";
      }
      if (mode === "create") return "exists";
      const [id, nameStatus, nameAt, ingredientsStatus, ingredientsAt, ...current] = stored;
      if (mode === "upsert") {
        if (row[NET_CONTENT] === null) row[NET_CONTENT_ML] = current[NET_CONTENT_ML] as never;
        for (const index of OPTIONAL_COLUMNS) if (row[index] === null) row[index] = current[index] as never;
      }
      // A catalogue without pictures costs no picture lookup in upsert mode (the stored ones stay).
      const isPictureChange = (brought.length > 0 || mode !== "upsert") && !pictures.isSame(id, brought);
      const isRowChange = !row.every((value, index) => value === current[index]);
      if (!isRowChange && !isPictureChange) return "unchanged";
      if (isPictureChange) pictures.replace(id, brought);
      const nameOrigin = originOf(row[NAME_ZH], current[NAME_ZH], [nameStatus, nameAt], timestamp);
      const ingredientsOrigin = originOf(row[INGREDIENTS_ZH], current[INGREDIENTS_ZH], [ingredientsStatus, ingredientsAt], timestamp);
      const kept = positioned(isPictureChange ? brought : pictures.stored(id));
      update.run(...row, ...nameOrigin, ...ingredientsOrigin, importId, timestamp, ...readinessOf(values.sku, row, nameOrigin, ingredientsOrigin, kept), id);
      return "updated";
    },
    keep(sku) {
      if (sku !== "") named?.insert.run(sku);
    },
    deleteUnnamed() {
      if (named === undefined) return 0;
      return db
        .prepare("DELETE FROM products WHERE merchant_id = ? AND sku NOT IN (SELECT sku FROM temp.named_skus)")
        .run(merchantId).changes;
    },
  };
}

const PICTURE_COLUMNS = "sha256, media_type AS mediaType, width, height, bytes, source";

/** A product's pictures in the store: compared with what a row brings, replaced whole when they differ. */
function createPictureWriter(db: Database): {
  insert(productId: number, pictures: readonly PictureRecord[]): void;
  isSame(productId: number, pictures: readonly PictureRecord[]): boolean;
  stored(productId: number): PictureRecord[];
  replace(productId: number, pictures: readonly PictureRecord[]): void;
} {
  const insert = db.prepare("INSERT INTO product_pictures (product_id, position, sha256, media_type, width, height, bytes, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  const select = db.prepare(`SELECT ${PICTURE_COLUMNS} FROM product_pictures WHERE product_id = ? ORDER BY position`);
  const remove = db.prepare("DELETE FROM product_pictures WHERE product_id = ?");
  const insertAll = (productId: number, pictures: readonly PictureRecord[]): void => {
    pictures.forEach((picture, index) => insert.run(productId, index + 1, picture.sha256, picture.mediaType, picture.width, picture.height, picture.bytes, picture.source));
  };
  return {
    insert: insertAll,
    stored: (productId) => select.all(productId) as PictureRecord[],
    isSame(productId, pictures) {
      const stored = select.all(productId) as PictureRecord[];
      return (
        stored.length === pictures.length &&
        stored.every((picture, index) => {
          const other = pictures[index];
          return other !== undefined && (Object.keys(picture) as (keyof PictureRecord)[]).every((key) => picture[key] === other[key]);
        })
      );
    },
    replace(productId, pictures) {
      remove.run(productId);
      insertAll(productId, pictures);
    },
  };
}

/** Whether a company keeps any picture (the import then reads an unchanged catalogue again: its photos may have changed). */
export function hasStoredPictures(db: Database, merchantId: number): boolean {
  return db.prepare("SELECT 1 FROM product_pictures JOIN products ON products.id = product_pictures.product_id WHERE products.merchant_id = ? LIMIT 1").get(merchantId) !== undefined;
}

/** The pictures a row brings, numbered as the store keeps them (1 = the main one). */
function positioned(pictures: readonly PictureRecord[]): StoredPicture[] {
  return pictures.map((picture, index) => ({ position: index + 1, ...picture }));
}

/** The kept pictures of the products named (a page of them), in order, by product id: one indexed query. */
function picturesOfProducts(db: Database, productIds: readonly number[]): Map<number, StoredPicture[]> {
  const pictures = new Map<number, StoredPicture[]>();
  if (productIds.length === 0) return pictures;
  const rows = db
    .prepare(`SELECT product_id AS productId, position, ${PICTURE_COLUMNS} FROM product_pictures WHERE product_id IN (SELECT value FROM json_each(?)) ORDER BY product_id, position`)
    .all(JSON.stringify(productIds)) as (StoredPicture & { productId: number })[];
  for (const { productId, ...picture } of rows) {
    const list = pictures.get(productId);
    if (list === undefined) pictures.set(productId, [picture]);
    else list.push(picture);
  }
  return pictures;
}

/** The SKUs a replace-mode file names, in a temporary table (a million of them would not fit in a Set cheaply). */
function createNamedSkus(db: Database): { insert: Statement<[string]> } {
  db.exec("CREATE TEMP TABLE IF NOT EXISTS named_skus (sku TEXT PRIMARY KEY) WITHOUT ROWID; DELETE FROM temp.named_skus;");
  return { insert: db.prepare("INSERT OR IGNORE INTO temp.named_skus (sku) VALUES (?)") };
}

function toRow(values: ProductValues): Row {
  return [
    values.nameFr,
    values.nameZh || null,
    values.nameEn || null,
    values.brand,
    values.category?.id ?? "",
    values.gtin || null,
    values.hsCode,
    values.originPostcode,
    values.shelfLifeMonths ?? null,
    values.storage ?? null,
    values.netWeightMg ?? 0,
    values.priceCents ?? 0,
    values.stock ?? null,
    values.labels.length > 0 ? values.labels.join("|") : null,
    values.imageUrls.length > 0 ? values.imageUrls.join("|") : null,
    values.ingredients || null,
    values.ingredientsZh || null,
    values.manufacturer || null,
    values.manufacturerAddress || null,
    values.netContent || null,
    values.netContentMl ?? null,
  ];
}

/** The import that last wrote a company's product; undefined when there is no such product. */
export function findProductImportId(db: Database, merchantId: number, sku: string): number | undefined {
  return (db.prepare("SELECT import_id FROM products WHERE merchant_id = ? AND sku = ?").pluck().get(merchantId, sku) as number | null | undefined) ?? undefined;
}

export function countProducts(db: Database, merchantId: number): number {
  return (db.prepare("SELECT count(*) FROM products WHERE merchant_id = ?").pluck().get(merchantId) as number) ?? 0;
}

/**
 * How many products one read of the store holds (design choice): a page of 1,000 products is ~1 MB,
 * and pages cost nothing measurable against one read of the whole catalogue, so memory stays flat
 * whatever the catalogue's size.
 */
export const PRODUCT_PAGE_SIZE = 1000;

type ProductRow = {
  id: number;
  sku: string;
  nameFr: string;
  nameZh: string | null;
  nameEn: string | null;
  brand: string;
  category: string;
  gtin: string | null;
  hsCode: string;
  originPostcode: string;
  shelfLifeMonths: number | null;
  storage: Storage | null;
  netWeightMg: number;
  priceCents: number;
  stock: number | null;
  labels: string | null;
  imageUrls: string | null;
  nameZhStatus: NameZhStatus | null;
  ingredients: string | null;
  ingredientsZh: string | null;
  ingredientsZhStatus: NameZhStatus | null;
  manufacturer: string | null;
  manufacturerAddress: string | null;
  netContent: string | null;
  netContentMl: number | null;
};

/**
 * A merchant's stored products, ordered by SKU (stable): what the channel readiness, the export, the
 * dossier and the eligibility rules read. Read page by page (keyset on the SKU, so no statement stays
 * open between pages and other queries may run meanwhile); each iteration reads the store afresh, so
 * one value serves several passes.
 */
export function readProducts(db: Database, merchantId: number, pageSize: number = PRODUCT_PAGE_SIZE): Iterable<StoredProduct> {
  const page = db.prepare(`SELECT id, ${PRODUCT_FIELDS} FROM products WHERE merchant_id = ? AND sku > ? ORDER BY sku LIMIT ?`);
  return {
    *[Symbol.iterator]() {
      for (const rows of pagesBySku((after) => page.all(merchantId, after, pageSize) as ProductRow[], pageSize)) {
        const pictures = picturesOfProducts(db, rows.map((row) => row.id));
        for (const row of rows) yield toStoredProduct(row, pictures.get(row.id) ?? []);
      }
    },
  };
}

const PRODUCT_FIELDS = `sku, name_fr AS nameFr, name_zh AS nameZh, name_en AS nameEn, brand, category, gtin, hs_code AS hsCode,
  origin_postcode AS originPostcode, shelf_life_months AS shelfLifeMonths, storage, net_weight_mg AS netWeightMg,
  price_cents AS priceCents, stock, labels, image_urls AS imageUrls, name_zh_status AS nameZhStatus,
  ingredients, ingredients_zh AS ingredientsZh, ingredients_zh_status AS ingredientsZhStatus, manufacturer,
  manufacturer_address AS manufacturerAddress, net_content AS netContent, net_content_ml AS netContentMl`;

/** Pages keyed on the SKU (the unique index per merchant): no statement stays open between pages. */
function* pagesBySku<R extends { sku: string }>(readPage: (after: string) => R[], pageSize: number): Generator<R[]> {
  let after = "";
  for (;;) {
    const rows = readPage(after);
    if (rows.length > 0) yield rows;
    const last = rows[rows.length - 1];
    if (last === undefined || rows.length < pageSize) return;
    after = last.sku;
  }
}

/** How a product's readiness is assessed today: `basis` names the profile, settings and list it is assessed on. */
export interface ReadinessStamp {
  readonly basis: string;
  summarise(product: StoredProduct): ReadinessSummary;
}

/**
 * Assesses again, page by page, a company's products whose stored readiness is not on today's basis
 * (just written, or stored before the profile, the settings or the positive list changed), inside the
 * caller's transaction; returns how many. The assessment is the domain's: the store only keeps it.
 * Each page is found by seeks on the readiness index, and leaves the stale set once stamped, so the
 * work follows the stale products, not the catalogue (a name given in a catalogue of a million).
 */
export function restampReadiness(db: Database, merchantId: number, stamp: ReadinessStamp, pageSize: number = PRODUCT_PAGE_SIZE): number {
  const pages = STALE_CONDITIONS.map((condition) => db.prepare(`SELECT id, ${PRODUCT_FIELDS} FROM products WHERE merchant_id = :merchantId AND ${condition} LIMIT :pageSize`));
  const save = db.prepare("UPDATE products SET readiness_basis = ?, readiness_is_ready = ?, readiness_met_weight = ? WHERE id = ?");
  let count = 0;
  for (const page of pages) {
    for (;;) {
      const rows = page.all({ merchantId, basis: stamp.basis, pageSize }) as ProductRow[];
      const pictures = picturesOfProducts(db, rows.map((row) => row.id));
      for (const row of rows) {
        const summary = stamp.summarise(toStoredProduct(row, pictures.get(row.id) ?? []));
        save.run(stamp.basis, summary.isReady ? 1 : 0, summary.metWeight, row.id);
      }
      count += rows.length;
      if (rows.length < pageSize) break;
    }
  }
  return count;
}

/** A company's catalogue as the stored readiness sums it. `isStale`: some product is not assessed on the basis asked. */
export interface CatalogueTally {
  readonly products: number;
  readonly ready: number;
  readonly metWeight: number;
  readonly draftNames: number;
  readonly isStale: boolean;
  /** The newest product write (ISO time); undefined without products. */
  readonly latestUpdate: string | undefined;
}

/** A product not assessed on `:basis`, as three ranges of the readiness index (SQL's `IS NOT` would scan it). */
const STALE_CONDITIONS = ["readiness_basis IS NULL", "readiness_basis < :basis", "readiness_basis > :basis"] as const;

/**
 * Whether the company `company` (an SQL expression) has a product not assessed on `:basis`: three seeks
 * on the readiness index, not a pass over its products.
 */
const hasStaleProducts = (company: string): string =>
  STALE_CONDITIONS.map((condition) => `EXISTS (SELECT 1 FROM products WHERE merchant_id = ${company} AND ${condition})`).join(" OR ");

/** The newest product write of the company `company` (an SQL expression): one seek on (merchant_id, updated_at). */
const latestUpdateOf = (company: string): string => `(SELECT max(updated_at) FROM products WHERE merchant_id = ${company})`;

/**
 * Every company's catalogue summed (companies without products sum to zero): one pass over the readiness
 * index for the sums, the partial index for the drafted names, and per company two index seeks for
 * its latest change and whether anything is stale.
 */
export function tallyCatalogues(db: Database, basis: string): Map<number, CatalogueTally> {
  const sums = db.prepare("SELECT merchant_id AS merchantId, count(*) AS products, total(readiness_is_ready) AS ready, total(readiness_met_weight) AS metWeight FROM products GROUP BY merchant_id").all() as (Sums & { merchantId: number })[];
  const drafts = db.prepare("SELECT merchant_id, count(*) FROM products WHERE name_zh_status = 'draft' GROUP BY merchant_id").raw().all() as [number, number][];
  const state = db.prepare(`SELECT id AS merchantId, ${latestUpdateOf("merchants.id")} AS latestUpdate, ${hasStaleProducts("merchants.id")} AS isStale FROM merchants`).all({ basis }) as (State & { merchantId: number })[];
  const sumsOf = new Map(sums.map(({ merchantId, ...each }) => [merchantId, each]));
  const draftsOf = new Map(drafts);
  return new Map(state.map(({ merchantId, ...each }) => [merchantId, toTally(sumsOf.get(merchantId), draftsOf.get(merchantId) ?? 0, each)]));
}

/** One company's catalogue summed, by the same reads. */
export function tallyCatalogue(db: Database, merchantId: number, basis: string): CatalogueTally {
  const sums = db.prepare("SELECT count(*) AS products, total(readiness_is_ready) AS ready, total(readiness_met_weight) AS metWeight FROM products WHERE merchant_id = ?").get(merchantId) as Sums;
  const drafts = db.prepare("SELECT count(*) FROM products WHERE merchant_id = ? AND name_zh_status = 'draft'").pluck().get(merchantId) as number;
  const state = db.prepare(`SELECT ${latestUpdateOf(":merchantId")} AS latestUpdate, ${hasStaleProducts(":merchantId")} AS isStale`).get({ merchantId, basis }) as State;
  return toTally(sums, drafts, state);
}

type Sums = { products: number; ready: number; metWeight: number };
type State = { latestUpdate: string | null; isStale: 0 | 1 };

function toTally(sums: Sums | undefined, draftNames: number, state: State): CatalogueTally {
  return { products: sums?.products ?? 0, ready: sums?.ready ?? 0, metWeight: sums?.metWeight ?? 0, draftNames, isStale: state.isStale === 1, latestUpdate: state.latestUpdate ?? undefined };
}

/** The row a writer is about to store, as the store would read it back. */
function productRowOf(sku: string, row: Row, nameZhStatus: NameZhStatus | null, ingredientsZhStatus: NameZhStatus | null): Omit<ProductRow, "id"> {
  const [nameFr, nameZh, nameEn, brand, category, gtin, hsCode, originPostcode, shelfLifeMonths, storage, netWeightMg, priceCents, stock, labels, imageUrls, ingredients, ingredientsZh, manufacturer, manufacturerAddress, netContent, netContentMl] = row;
  return {
    sku,
    nameFr,
    nameZh,
    nameEn,
    brand,
    category,
    gtin,
    hsCode,
    originPostcode,
    shelfLifeMonths,
    storage: storage as Storage | null,
    netWeightMg,
    priceCents,
    stock,
    labels,
    imageUrls,
    nameZhStatus,
    ingredients,
    ingredientsZh,
    ingredientsZhStatus,
    manufacturer,
    manufacturerAddress,
    netContent,
    netContentMl,
  };
}

function toStoredProduct(row: Omit<ProductRow, "id">, pictures: readonly StoredPicture[]): StoredProduct {
  return {
    sku: row.sku,
    nameFr: row.nameFr,
    nameZh: row.nameZh ?? undefined,
    nameEn: row.nameEn ?? undefined,
    brand: row.brand,
    category: row.category,
    gtin: row.gtin ?? undefined,
    hsCode: row.hsCode,
    originPostcode: row.originPostcode,
    shelfLifeMonths: row.shelfLifeMonths ?? undefined,
    storage: row.storage ?? undefined,
    netWeightMg: row.netWeightMg,
    priceCents: row.priceCents,
    stock: row.stock ?? undefined,
    labels: row.labels === null ? [] : row.labels.split("|"),
    imageUrls: row.imageUrls === null ? [] : row.imageUrls.split("|"),
    pictures,
    nameZhStatus: row.nameZhStatus ?? undefined,
    ingredients: row.ingredients ?? undefined,
    ingredientsZh: row.ingredientsZh ?? undefined,
    ingredientsZhStatus: row.ingredientsZhStatus ?? undefined,
    manufacturer: row.manufacturer ?? undefined,
    manufacturerAddress: row.manufacturerAddress ?? undefined,
    netContent: row.netContent ?? undefined,
    netContentMl: row.netContentMl ?? undefined,
  };
}

/** When a merchant's catalogue last changed (the newest product write, ISO time); undefined without products. */
export function findLatestProductUpdate(db: Database, merchantId: number): string | undefined {
  return (db.prepare("SELECT max(updated_at) FROM products WHERE merchant_id = ?").pluck().get(merchantId) as string | null | undefined) ?? undefined;
}

/** A product's Chinese name and where it comes from; `status` and `updatedAt` are null while it has none. */
export interface ChineseNameRecord {
  readonly sku: string;
  readonly nameFr: string;
  readonly nameZh: string | null;
  readonly status: NameZhStatus | null;
  readonly updatedAt: string | null;
}

/** Which products `names list` shows: by the status of their Chinese name, `missing` for none. */
export type NameZhFilter = NameZhStatus | "missing";

/** A company's products with their Chinese names, by SKU (`names list` filters them with their ingredients). */
export function listChineseNames(db: Database, merchantId: number): ChineseNameRecord[] {
  return db
    .prepare(`SELECT sku, name_fr AS nameFr, name_zh AS nameZh, name_zh_status AS status, name_zh_updated_at AS updatedAt FROM products WHERE merchant_id = ? ORDER BY sku`)
    .all(merchantId) as ChineseNameRecord[];
}

/**
 * Gives a product a Chinese name — ours (`draft`), a translator's (`reviewed`), or one the owner typed
 * in the wizard (`supplied`) — from `now`; the rest of the product is left as it is. False when the
 * company has no such SKU.
 */
export function setChineseName(db: Database, merchantId: number, sku: string, name: { readonly nameZh: string; readonly status: NameZhStatus }, now: Date): boolean {
  return (
    db.prepare(`UPDATE products SET name_zh = ?, name_zh_status = ?, name_zh_updated_at = ?, ${READINESS_TO_ASSESS} WHERE merchant_id = ? AND sku = ?`).run(name.nameZh, name.status, now.toISOString(), merchantId, sku).changes > 0
  );
}

/**
 * Gives a product Chinese ingredients — ours (`draft`) or a translator's (`reviewed`) — from `now`; the
 * rest of the product is left as it is. False when the company has no such SKU.
 */
export function setChineseIngredients(db: Database, merchantId: number, sku: string, ingredients: { readonly ingredientsZh: string; readonly status: NameZhStatus }, now: Date): boolean {
  return (
    db
      .prepare(`UPDATE products SET ingredients_zh = ?, ingredients_zh_status = ?, ingredients_zh_updated_at = ?, ${READINESS_TO_ASSESS} WHERE merchant_id = ? AND sku = ?`)
      .run(ingredients.ingredientsZh, ingredients.status, now.toISOString(), merchantId, sku).changes > 0
  );
}
