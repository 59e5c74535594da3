import type { Migration } from "./index.js";

/**
 * MERGE PLACEHOLDER — version 7 belongs to the product pictures, written on another branch; this no-op
 * only keeps the versions contiguous on this branch so that migration 008 runs. When the pictures'
 * 007 is merged, this file goes and theirs takes its place in MIGRATIONS.
 */
export const migration007: Migration = {
  version: 7,
  description: "reserved for the product pictures (another branch): nothing here",
  up: "",
};
