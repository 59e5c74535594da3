import type { Migration } from "./index.js";

/**
 * A product's picture files, checked and copied beside the database by the import (`pictures/`, each
 * file named by its SHA-256: the same photo twice is kept once). One row per picture, position 1 the
 * main one; `source` is where it came from, as the catalogue wrote it (or its name in the photos
 * folder). Deleted with their product.
 */
export const migration007: Migration = {
  version: 7,
  description: "product pictures: position, SHA-256, media type, width, height, size and source of each picture a product keeps",
  up: `
    CREATE TABLE product_pictures (
      id INTEGER PRIMARY KEY,
      product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
      position INTEGER NOT NULL CHECK (position BETWEEN 1 AND 5),
      sha256 TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
      media_type TEXT NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png')),
      width INTEGER NOT NULL CHECK (width > 0),
      height INTEGER NOT NULL CHECK (height > 0),
      bytes INTEGER NOT NULL CHECK (bytes > 0),
      source TEXT NOT NULL,
      UNIQUE (product_id, position)
    );
  `,
};
