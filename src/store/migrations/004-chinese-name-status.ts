import type { Migration } from "./index.js";

/**
 * Where each product's Chinese name comes from: `supplied` (the owner's catalogue), `draft` (drafted by
 * eprovence from its glossary, to be reviewed) or `reviewed` (accepted by a translator), and when it
 * last changed. Both are null while a product has no Chinese name. Names already stored came from the
 * owners' catalogues: they are `supplied`, as of their product's last write.
 */
export const migration004: Migration = {
  version: 4,
  description: "the status of each product's Chinese name (supplied, draft, reviewed) and when it changed",
  up: `
    ALTER TABLE products ADD COLUMN name_zh_status TEXT CHECK (name_zh_status IN ('supplied', 'draft', 'reviewed'));
    ALTER TABLE products ADD COLUMN name_zh_updated_at TEXT;
    UPDATE products SET name_zh_status = 'supplied', name_zh_updated_at = updated_at WHERE name_zh IS NOT NULL;
  `,
};
