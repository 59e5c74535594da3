import type { Database } from "better-sqlite3";

/** Column mappings a merchant saved (header as written → catalogue field), reused at each import. */
export function readColumnMappings(db: Database, merchantId: number): Record<string, string> {
  const rows = db.prepare("SELECT header, field FROM column_mappings WHERE merchant_id = ?").all(merchantId) as { header: string; field: string }[];
  return Object.fromEntries(rows.map((row) => [row.header, row.field]));
}

export function saveColumnMappings(db: Database, merchantId: number, mapping: Readonly<Record<string, string>>): void {
  const upsert = db.prepare(
    "INSERT INTO column_mappings (merchant_id, header, field) VALUES (?, ?, ?) ON CONFLICT (merchant_id, header) DO UPDATE SET field = excluded.field",
  );
  for (const [header, field] of Object.entries(mapping)) upsert.run(merchantId, header, field);
}
