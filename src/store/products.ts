import type { Database, Statement } from "better-sqlite3";
import type { ProductValues, Storage } from "../domain/catalogue/row-validator.js";
import type { StoredPicture } from "../domain/catalogue/pictures.js";
import type { NameZhStatus, StoredProduct } from "../domain/catalogue/readiness.js";

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
];

/** The Chinese name's place in Row. */
const NAME_ZH = 1;

/** The Chinese name's status and when it last changed, written with the name. */
const NAME_ZH_ORIGIN = "name_zh_status, name_zh_updated_at";

/** A name a catalogue file brings is the owner's: `supplied`, from now; no name, no status. */
function suppliedName(row: Row, timestamp: string): [NameZhStatus | null, string | null] {
  return row[NAME_ZH] === null ? [null, null] : ["supplied", timestamp];
}

/** Optional columns (indexes in Row) that a blank cell leaves as stored in upsert mode. */
const OPTIONAL_COLUMNS: readonly number[] = [1, 2, 5, 8, 9, 12, 13, 14];

const COLUMNS =
  "name_fr, name_zh, name_en, brand, category, gtin, hs_code, origin_postcode, shelf_life_months, storage, net_weight_mg, price_cents, stock, labels, image_urls";

export function createProductWriter(db: Database, merchantId: number, importId: number, mode: ImportMode, now: Date): ProductWriter {
  const timestamp = now.toISOString();
  const insert = db.prepare(
    `INSERT INTO products (merchant_id, sku, ${COLUMNS}, ${NAME_ZH_ORIGIN}, import_id, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const select = db.prepare(`SELECT id, ${NAME_ZH_ORIGIN}, ${COLUMNS} FROM products WHERE merchant_id = ? AND sku = ?`).raw();
  const update = db.prepare(
    `UPDATE products SET ${[...COLUMNS.split(", "), ...NAME_ZH_ORIGIN.split(", ")].map((column) => `${column} = ?`).join(", ")}, import_id = ?, updated_at = ? WHERE id = ?`,
  );
  // An empty catalogue cannot hold the SKU: skip the lookup (a first import of a large file is all inserts).
  const isEmptyAtStart = db.prepare("SELECT 1 FROM products WHERE merchant_id = ? LIMIT 1").get(merchantId) === undefined;
  const named = mode === "replace" ? createNamedSkus(db) : undefined;
  const pictures = createPictureWriter(db);

  return {
    write(values, brought = []) {
      const row = toRow(values);
      named?.insert.run(values.sku);
      const stored = isEmptyAtStart ? undefined : (select.get(merchantId, values.sku) as [number, NameZhStatus | null, string | null, ...Row] | undefined);
      if (stored === undefined) {
        const id = Number(insert.run(merchantId, values.sku, ...row, ...suppliedName(row, timestamp), importId, timestamp).lastInsertRowid);
        pictures.insert(id, brought);
        return "created";
      }
      if (mode === "create") return "exists";
      const [id, status, statusAt, ...current] = stored;
      if (mode === "upsert") {
        for (const index of OPTIONAL_COLUMNS) if (row[index] === null) row[index] = current[index] as never;
      }
      // A catalogue without pictures costs no picture lookup in upsert mode (the stored ones stay).
      const isPictureChange = (brought.length > 0 || mode !== "upsert") && !pictures.isSame(id, brought);
      const isRowChange = !row.every((value, index) => value === current[index]);
      if (!isRowChange && !isPictureChange) return "unchanged";
      if (isPictureChange) pictures.replace(id, brought);
      // The same Chinese name brought again keeps its status (a reviewed name stays reviewed); another is the owner's.
      const origin = row[NAME_ZH] === current[NAME_ZH] ? [status, statusAt] : suppliedName(row, timestamp);
      update.run(...row, ...origin, importId, timestamp, id);
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
};

/**
 * A merchant's stored products, ordered by SKU (stable): what the channel readiness, the export, the
 * dossier and the eligibility rules read. Read page by page (keyset on the SKU, so no statement stays
 * open between pages and other queries may run meanwhile); each iteration reads the store afresh, so
 * one value serves several passes.
 */
export function readProducts(db: Database, merchantId: number, pageSize: number = PRODUCT_PAGE_SIZE): Iterable<StoredProduct> {
  const page = db.prepare(
    `SELECT id, sku, name_fr AS nameFr, name_zh AS nameZh, name_en AS nameEn, brand, category, gtin, hs_code AS hsCode,
      origin_postcode AS originPostcode, shelf_life_months AS shelfLifeMonths, storage, net_weight_mg AS netWeightMg,
      price_cents AS priceCents, stock, labels, image_urls AS imageUrls, name_zh_status AS nameZhStatus
      FROM products WHERE merchant_id = ? AND sku > ? ORDER BY sku LIMIT ?`,
  );
  // One query per page for the pictures of its products (none at all costs one indexed lookup).
  const picturesOf = db.prepare(
    `SELECT product_pictures.product_id AS productId, position, ${PICTURE_COLUMNS} FROM product_pictures JOIN products ON products.id = product_pictures.product_id
      WHERE products.merchant_id = ? AND products.sku > ? AND products.sku <= ? ORDER BY product_pictures.product_id, position`,
  );
  return {
    *[Symbol.iterator]() {
      let after = "";
      for (;;) {
        const rows = page.all(merchantId, after, pageSize) as ProductRow[];
        const last = rows[rows.length - 1];
        const pictures = new Map<number, StoredPicture[]>();
        if (last !== undefined) {
          for (const { productId, ...picture } of picturesOf.all(merchantId, after, last.sku) as (StoredPicture & { productId: number })[]) {
            const list = pictures.get(productId);
            if (list === undefined) pictures.set(productId, [picture]);
            else list.push(picture);
          }
        }
        for (const row of rows) yield toStoredProduct(row, pictures.get(row.id) ?? []);
        if (last === undefined || rows.length < pageSize) return;
        after = last.sku;
      }
    },
  };
}

function toStoredProduct(row: ProductRow, pictures: readonly StoredPicture[]): StoredProduct {
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

/** A company's products with their Chinese names, by SKU; only those of the statuses asked, when asked. */
export function listChineseNames(db: Database, merchantId: number, statuses: readonly NameZhFilter[] = []): ChineseNameRecord[] {
  const rows = db
    .prepare(`SELECT sku, name_fr AS nameFr, name_zh AS nameZh, name_zh_status AS status, name_zh_updated_at AS updatedAt FROM products WHERE merchant_id = ? ORDER BY sku`)
    .all(merchantId) as ChineseNameRecord[];
  return statuses.length === 0 ? rows : rows.filter((row) => statuses.includes(row.status ?? "missing"));
}

/**
 * Gives a product a Chinese name — ours (`draft`), a translator's (`reviewed`), or one the owner typed
 * in the wizard (`supplied`) — from `now`; the rest of the product is left as it is. False when the
 * company has no such SKU.
 */
export function setChineseName(db: Database, merchantId: number, sku: string, name: { readonly nameZh: string; readonly status: NameZhStatus }, now: Date): boolean {
  return (
    db.prepare("UPDATE products SET name_zh = ?, name_zh_status = ?, name_zh_updated_at = ? WHERE merchant_id = ? AND sku = ?").run(name.nameZh, name.status, now.toISOString(), merchantId, sku).changes > 0
  );
}
