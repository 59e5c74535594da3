// The "raw loop" reference for the import benchmark: csv-parse in array mode and ONE prepared INSERT
// into the same products table, in one transaction, with no validation at all — the floor for any
// import built on csv-parse and better-sqlite3. The database must exist with merchant 1 (the bench
// creates it with `eprovence merchant add`, so the schema and indexes are the tool's own).
//
//   node scripts/bench-raw-insert.mjs <file.csv> <database.db>

import { createReadStream } from "node:fs";
import process from "node:process";
import Database from "better-sqlite3";
import { parse } from "csv-parse";

const [file, databasePath] = process.argv.slice(2);
if (!file || !databasePath) {
  process.stderr.write("usage: node scripts/bench-raw-insert.mjs <file.csv> <database.db>\n");
  process.exit(2);
}
const db = new Database(databasePath);
db.pragma("journal_mode = WAL");
db.pragma("synchronous = NORMAL");
const insert = db.prepare(
  `INSERT INTO products (merchant_id, sku, name_fr, name_zh, name_en, brand, category, gtin, hs_code, origin_postcode,
   shelf_life_months, storage, net_weight_mg, price_cents, stock, labels, image_urls, updated_at)
   VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
);
const now = new Date().toISOString();
let rows = 0;
let header = true;
db.exec("BEGIN");
for await (const record of createReadStream(file).pipe(parse())) {
  if (header) {
    header = false;
    continue;
  }
  // Column order of the generated catalogue; duplicate SKUs (the generator plants some) are skipped.
  const [sku, nameFr, nameZh, nameEn, brand, category, gtin, hsCode, postcode, shelfLife, storage, weight, price, stock, labels, images] = record;
  try {
    insert.run(sku, nameFr, nameZh, nameEn, brand, category, gtin, hsCode, postcode, shelfLife || null, storage || null, weight, price, stock || null, labels || null, images || null, now);
    rows++;
  } catch {
    // UNIQUE (merchant_id, sku): a planted duplicate.
  }
}
db.exec("COMMIT");
db.close();
process.stdout.write(`${rows}\n`);
