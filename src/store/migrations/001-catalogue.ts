import type { Migration } from "./index.js";

/**
 * The catalogue store: merchants, their products (unique per merchant and SKU), the imports that
 * wrote them with their findings, and the column mappings each merchant saved. Money in cents,
 * weights in milligrams, as in the domain.
 */
export const migration001: Migration = {
  version: 1,
  description: "merchants, products, imports, import findings, column mappings",
  up: `
    CREATE TABLE merchants (
      id INTEGER PRIMARY KEY,
      legal_name TEXT NOT NULL,
      siren TEXT NOT NULL UNIQUE,
      siret TEXT UNIQUE,
      postcode TEXT,
      headcount REAL,
      turnover_cents INTEGER,
      balance_sheet_cents INTEGER,
      independent INTEGER CHECK (independent IN (0, 1)),
      brands TEXT NOT NULL DEFAULT '[]',
      trademark TEXT,
      contact_name TEXT,
      contact_email TEXT,
      contact_phone TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );

    CREATE TABLE imports (
      id INTEGER PRIMARY KEY,
      merchant_id INTEGER NOT NULL REFERENCES merchants(id) ON DELETE CASCADE,
      file_name TEXT NOT NULL,
      sha256 TEXT NOT NULL,
      mode TEXT NOT NULL CHECK (mode IN ('upsert', 'create', 'replace')),
      encoding TEXT,
      delimiter TEXT,
      rows INTEGER NOT NULL DEFAULT 0,
      created INTEGER NOT NULL DEFAULT 0,
      updated INTEGER NOT NULL DEFAULT 0,
      unchanged INTEGER NOT NULL DEFAULT 0,
      deleted INTEGER NOT NULL DEFAULT 0,
      rejected INTEGER NOT NULL DEFAULT 0,
      errors INTEGER NOT NULL DEFAULT 0,
      warnings INTEGER NOT NULL DEFAULT 0,
      status TEXT NOT NULL CHECK (status IN ('imported', 'failed')),
      failure TEXT,
      started_at TEXT NOT NULL,
      finished_at TEXT NOT NULL
    );
    CREATE INDEX imports_by_content ON imports (merchant_id, sha256, mode, status);

    CREATE TABLE import_findings (
      import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
      severity TEXT NOT NULL CHECK (severity IN ('error', 'warning')),
      code TEXT NOT NULL,
      line INTEGER NOT NULL,
      field TEXT,
      column_name TEXT,
      value TEXT,
      params TEXT
    );
    CREATE INDEX import_findings_by_import ON import_findings (import_id, line);

    CREATE TABLE products (
      id INTEGER PRIMARY KEY,
      merchant_id INTEGER NOT NULL REFERENCES merchants(id) ON DELETE CASCADE,
      sku TEXT NOT NULL,
      name_fr TEXT NOT NULL,
      name_zh TEXT,
      name_en TEXT,
      brand TEXT NOT NULL,
      category TEXT NOT NULL,
      gtin TEXT,
      hs_code TEXT NOT NULL,
      origin_postcode TEXT NOT NULL,
      shelf_life_months INTEGER,
      storage TEXT CHECK (storage IN ('ambient', 'chilled', 'frozen')),
      net_weight_mg INTEGER NOT NULL,
      price_cents INTEGER NOT NULL,
      stock INTEGER,
      labels TEXT,
      image_urls TEXT,
      import_id INTEGER REFERENCES imports(id) ON DELETE SET NULL,
      updated_at TEXT NOT NULL,
      UNIQUE (merchant_id, sku)
    );

    CREATE TABLE column_mappings (
      merchant_id INTEGER NOT NULL REFERENCES merchants(id) ON DELETE CASCADE,
      header TEXT NOT NULL,
      field TEXT NOT NULL,
      PRIMARY KEY (merchant_id, header)
    );
  `,
};
