import type { Migration } from "./index.js";

/**
 * The food information a Tmall food listing shows, per product: the ingredients as written and in
 * Chinese — with where the Chinese comes from (`supplied` by the owner, `draft` of ours from the
 * glossary, `reviewed` by a translator) and when it last changed, as for the Chinese name (migration
 * 004) — the maker and its address, and the net content as printed with its volume in millilitres
 * when it is one. All null until a catalogue brings them; Chinese ingredients already there cannot be.
 */
export const migration008: Migration = {
  version: 8,
  description: "the food information of each product: ingredients (French and Chinese, with the Chinese one's status), maker and address, net content",
  up: `
    ALTER TABLE products ADD COLUMN ingredients TEXT;
    ALTER TABLE products ADD COLUMN ingredients_zh TEXT;
    ALTER TABLE products ADD COLUMN ingredients_zh_status TEXT CHECK (ingredients_zh_status IN ('supplied', 'draft', 'reviewed'));
    ALTER TABLE products ADD COLUMN ingredients_zh_updated_at TEXT;
    ALTER TABLE products ADD COLUMN manufacturer TEXT;
    ALTER TABLE products ADD COLUMN manufacturer_address TEXT;
    ALTER TABLE products ADD COLUMN net_content TEXT;
    ALTER TABLE products ADD COLUMN net_content_ml INTEGER CHECK (net_content_ml > 0);
  `,
};
