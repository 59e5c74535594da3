// The portfolio bench's reference when the `sqlite3` command is not installed: the same one query,
// `SELECT merchant_id, COUNT(*) FROM products GROUP BY merchant_id`, through better-sqlite3 in its own
// process. Prints how many companies it counted.
//
//   node scripts/bench-group-count.mjs <database.db>

import process from "node:process";
import Database from "better-sqlite3";

const [databasePath] = process.argv.slice(2);
if (!databasePath) {
  process.stderr.write("usage: node scripts/bench-group-count.mjs <database.db>\n");
  process.exit(2);
}
const db = new Database(databasePath, { readonly: true });
const rows = db.prepare("SELECT merchant_id, COUNT(*) FROM products GROUP BY merchant_id").all();
process.stdout.write(`${rows.length}\n`);
db.close();
