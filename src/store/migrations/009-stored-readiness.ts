import type { Migration } from "./index.js";

/**
 * Each product's channel readiness as the domain assessed it, kept with the product so that the
 * portfolio sums a thousand catalogues in SQL: whether it is ready, the weight of the requirements it
 * meets, and the basis it was assessed on (the profile, the settings, the positive list, the tool's
 * version). A product whose basis is not today's — null for the products stored before this version —
 * is assessed again before any figure is read. The indexes serve the portfolio's three reads per
 * company: the sums (covered), whether any product is stale (seeks on the basis), the latest change
 * and the drafted names (a partial index: imports never write drafts, so it costs them nothing).
 */
export const migration009: Migration = {
  version: 9,
  description: "each product's stored readiness (ready, weight met) and the basis it was assessed on",
  up: `
    ALTER TABLE products ADD COLUMN readiness_basis TEXT;
    ALTER TABLE products ADD COLUMN readiness_is_ready INTEGER NOT NULL DEFAULT 0 CHECK (readiness_is_ready IN (0, 1));
    ALTER TABLE products ADD COLUMN readiness_met_weight REAL NOT NULL DEFAULT 0;
    CREATE INDEX products_readiness ON products (merchant_id, readiness_basis, readiness_is_ready, readiness_met_weight);
    CREATE INDEX products_latest_update ON products (merchant_id, updated_at);
    CREATE INDEX products_draft_names ON products (merchant_id) WHERE name_zh_status = 'draft';
  `,
};
