import type { Migration } from "./index.js";

/**
 * The official CBEC positive list the consultant supplies: one list at a time (a new import replaces
 * it), with its edition date, where the copy came from and when it was loaded, and its 8-digit lines.
 */
export const migration006: Migration = {
  version: 6,
  description: "the CBEC positive list supplied by the consultant: its edition, source and 8-digit lines",
  up: `
    CREATE TABLE positive_list (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      edition TEXT NOT NULL,
      source TEXT NOT NULL,
      imported_at TEXT NOT NULL
    );
    CREATE TABLE positive_list_lines (
      code TEXT PRIMARY KEY CHECK (length(code) = 8 AND code NOT GLOB '*[^0-9]*')
    );
  `,
};
