import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import BetterSqlite3, { type Database } from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { failure, makeTempDir, runCliAs } from "../../test/helpers.js";
import { merchantProfileSchema } from "../domain/company/profile.js";
import { openDatabase } from "./database.js";
import { beginImport, finishImport, getImport, ZERO_COUNTS } from "./imports.js";
import { addMerchant } from "./merchants.js";
import { migrate, MIGRATIONS, readSchemaVersion, SCHEMA_VERSION } from "./migrations/index.js";
import { tallyCatalogue } from "./products.js";

// Real SQLite files in a temporary folder; the failures are checked through openDatabase, as every
// command opens the store, and the read-only case also through the real binary.
const temp = makeTempDir("eprovence-migrations-");
// mkdtemp makes the folder private; the read-only checks run the binary as another user, who must reach it.
chmodSync(temp.dir, 0o755);
afterAll(() => {
  // A read-only folder must be writable again to be removed.
  for (const entry of readdirSync(temp.dir)) chmodSync(join(temp.dir, entry), 0o755);
  temp.remove();
});

let files = 0;
const freshPath = (name = "store") => join(temp.dir, `${name}-${++files}.db`);

/** The file and its WAL companions, to prove that a refused database was left exactly as found. */
function snapshot(path: string): { bytes: Buffer; companions: string[] } {
  const folder = join(path, "..");
  const base = path.slice(folder.length + 1);
  return { bytes: readFileSync(path), companions: readdirSync(folder).filter((name) => name.startsWith(`${base}-`)) };
}

describe("migrations from an empty database", () => {
  let path: string;
  let db: Database;
  beforeAll(() => {
    path = freshPath();
    db = openDatabase(path);
  });
  afterAll(() => db.close());

  it("creates exactly the tables the migrations declare, the catalogue's among them, and records the version", () => {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all();
    const declared = MIGRATIONS.flatMap((migration) => [...migration.up.matchAll(/CREATE TABLE (\w+)/g)].map((match) => match[1])).sort();
    expect(tables).toEqual(declared);
    expect(tables).toEqual(expect.arrayContaining(["column_mappings", "import_findings", "imports", "merchants", "onboarding_sessions", "products"]));
    expect(readSchemaVersion(db)).toBe(SCHEMA_VERSION);
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.at(-1)?.version);
    // 1, 2, 3… with no gap: a database at version N has run every migration up to N, and no other.
    expect(MIGRATIONS.map((migration) => migration.version)).toEqual(MIGRATIONS.map((_, index) => index + 1));
  });

  it("gives the merchants table the columns the store writes (money in cents)", () => {
    const columns = db.prepare("SELECT name FROM pragma_table_info('merchants') ORDER BY cid").pluck().all();
    expect(columns).toEqual([
      "id",
      "legal_name",
      "siren",
      "siret",
      "postcode",
      "headcount",
      "turnover_cents",
      "balance_sheet_cents",
      "independent",
      "brands",
      "trademark",
      "contact_name",
      "contact_email",
      "contact_phone",
      "created_at",
      "updated_at",
    ]);
  });

  it("opens in WAL mode with foreign keys on: deleting a merchant takes its products along", () => {
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.pragma("foreign_keys", { simple: true })).toBe(1);
    const merchant = addMerchant(db, merchantProfileSchema.parse({ legalName: "X", siren: "732829320" }), new Date());
    db.prepare(
      "INSERT INTO products (merchant_id, sku, name_fr, brand, category, hs_code, origin_postcode, net_weight_mg, price_cents, updated_at) VALUES (?, 'A', 'Savon', 'B', 'soap-cosmetics', '340111', '13001', 100000, 490, 'now')",
    ).run(merchant.id);
    db.prepare("DELETE FROM merchants WHERE id = ?").run(merchant.id);
    expect(db.prepare("SELECT count(*) FROM products").pluck().get()).toBe(0);
  });

  it("is not run twice: reopening keeps the data and the version", () => {
    addMerchant(db, merchantProfileSchema.parse({ legalName: "Y", siren: "552100554" }), new Date());
    const again = openDatabase(path);
    try {
      expect(readSchemaVersion(again)).toBe(SCHEMA_VERSION);
      expect(again.prepare("SELECT legal_name FROM merchants").pluck().all()).toEqual(["Y"]);
    } finally {
      again.close();
    }
  });

  it("stops where asked (upTo), and finishes later", () => {
    const raw = new BetterSqlite3(freshPath());
    try {
      migrate(raw, "partial.db", 0);
      expect(readSchemaVersion(raw)).toBe(0);
      expect(raw.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table'").pluck().get()).toBe(0);
      migrate(raw, "partial.db");
      expect(readSchemaVersion(raw)).toBe(SCHEMA_VERSION);
    } finally {
      raw.close();
    }
  });

  /** The schema as SQLite keeps it: what a database migrated step by step must end up with. */
  const schemaOf = (db: Database): string[] =>
    db.prepare("SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_master ORDER BY type, name").pluck().all() as string[];

  // Every earlier version a user may have on disk, brought to the current one.
  it.each([0, ...MIGRATIONS.slice(0, -1).map((migration) => migration.version)])(
    "brings a version-%i database to the current schema, identical to a fresh one, keeping its data",
    (version) => {
      const fresh = new BetterSqlite3(freshPath("fresh"));
      const old = new BetterSqlite3(freshPath(`v${version}`));
      try {
        migrate(fresh, "fresh.db");
        migrate(old, "old.db", version);
        expect(readSchemaVersion(old)).toBe(version);
        if (version >= 1) {
          old.prepare("INSERT INTO merchants (legal_name, siren, created_at, updated_at) VALUES ('Savonnerie', '732829320', 'then', 'then')").run();
        }
        migrate(old, "old.db");
        expect(readSchemaVersion(old)).toBe(SCHEMA_VERSION);
        expect(schemaOf(old)).toEqual(schemaOf(fresh));
        expect(old.prepare("SELECT legal_name FROM merchants").pluck().all()).toEqual(version >= 1 ? ["Savonnerie"] : []);
      } finally {
        fresh.close();
        old.close();
      }
    },
  );

  it("brings a version-2 database (before the wizard) to version 3: its data is kept and the wizard's sessions table appears", () => {
    const path = freshPath("v2");
    const raw = new BetterSqlite3(path);
    try {
      migrate(raw, path, 2);
      raw.prepare("INSERT INTO merchants (legal_name, siren, created_at, updated_at) VALUES ('Z', '732829320', 'then', 'then')").run();
      migrate(raw, path, 3);
      expect(readSchemaVersion(raw)).toBe(3);
      expect(raw.prepare("SELECT legal_name FROM merchants").pluck().all()).toEqual(["Z"]);
      expect(raw.prepare("SELECT name FROM pragma_table_info('onboarding_sessions') ORDER BY cid").pluck().all()).toEqual([
        "id",
        "merchant_id",
        "step",
        "answers",
        "results",
        "status",
        "created_at",
        "updated_at",
      ]);
    } finally {
      raw.close();
    }
  });
});

describe("the origin of the Chinese names (version 4)", () => {
  it("a version-3 database's names came from the owners' catalogues: supplied, as of their product's last write", () => {
    const path = freshPath("v3-names");
    const raw = new BetterSqlite3(path);
    try {
      migrate(raw, path, 3);
      raw.prepare("INSERT INTO merchants (id, legal_name, siren, created_at, updated_at) VALUES (1, 'Savonnerie', '732829320', 'then', 'then')").run();
      const product = raw.prepare(
        "INSERT INTO products (merchant_id, sku, name_fr, name_zh, brand, category, hs_code, origin_postcode, net_weight_mg, price_cents, updated_at) VALUES (1, ?, 'Savon', ?, 'B', 'soap', '340111', '13001', 1, 1, ?)",
      );
      product.run("SAV-1", "马赛皂", "2026-01-05T10:00:00.000Z");
      product.run("SAV-2", null, "2026-01-06T10:00:00.000Z");
      migrate(raw, path);
      expect(raw.prepare("SELECT sku, name_zh_status AS status, name_zh_updated_at AS since FROM products ORDER BY sku").all()).toEqual([
        { sku: "SAV-1", status: "supplied", since: "2026-01-05T10:00:00.000Z" },
        { sku: "SAV-2", status: null, since: null },
      ]);
    } finally {
      raw.close();
    }
  });
});

describe("version 9: each product's stored readiness", () => {
  it("a version-6 database's products keep their values and have no readiness on record: stale on any basis until assessed", () => {
    const path = freshPath("v6-readiness");
    const raw = new BetterSqlite3(path);
    try {
      migrate(raw, path, 6);
      raw.prepare("INSERT INTO merchants (id, legal_name, siren, created_at, updated_at) VALUES (1, 'Savonnerie', '732829320', 'then', 'then')").run();
      raw
        .prepare("INSERT INTO products (merchant_id, sku, name_fr, brand, category, hs_code, origin_postcode, net_weight_mg, price_cents, updated_at) VALUES (1, 'SAV-1', 'Savon', 'B', 'soap-cosmetics', '340111', '13001', 1, 1, 'then')")
        .run();
      migrate(raw, path);
      expect(raw.prepare("SELECT sku, name_fr AS nameFr, readiness_basis AS basis, readiness_is_ready AS isReady, readiness_met_weight AS metWeight FROM products").all()).toEqual([
        { sku: "SAV-1", nameFr: "Savon", basis: null, isReady: 0, metWeight: 0 },
      ]);
      expect(tallyCatalogue(raw, 1, "any basis")).toMatchObject({ products: 1, isStale: true });
    } finally {
      raw.close();
    }
  });
});

describe("version 8: the food information", () => {
  it("a version-7 database's products keep their data and have no food information yet; the Chinese ingredients' status is one of the three", () => {
    const path = freshPath("v7-food");
    const raw = new BetterSqlite3(path);
    try {
      migrate(raw, path, 7);
      raw.prepare("INSERT INTO merchants (id, legal_name, siren, created_at, updated_at) VALUES (1, 'Confiserie', '732829320', 'then', 'then')").run();
      raw
        .prepare("INSERT INTO products (merchant_id, sku, name_fr, brand, category, hs_code, origin_postcode, net_weight_mg, price_cents, updated_at) VALUES (1, 'CAL-1', 'Calissons', 'B', 'confectionery', '170490', '13100', 1, 1, 'then')")
        .run();
      migrate(raw, path);
      expect(raw.prepare("SELECT sku, name_fr, ingredients, ingredients_zh, ingredients_zh_status, manufacturer, manufacturer_address, net_content, net_content_ml FROM products").all()).toEqual([
        { sku: "CAL-1", name_fr: "Calissons", ingredients: null, ingredients_zh: null, ingredients_zh_status: null, manufacturer: null, manufacturer_address: null, net_content: null, net_content_ml: null },
      ]);
      expect(() => raw.prepare("UPDATE products SET ingredients_zh_status = 'guessed'").run()).toThrow(/CHECK/);
      expect(() => raw.prepare("UPDATE products SET net_content_ml = 0").run()).toThrow(/CHECK/);
    } finally {
      raw.close();
    }
  });
});

describe("version 5: where a workbook's finding is, in the import history", () => {
  it("brings a version-4 database with an import to version 5: its findings are kept, with no place, and new ones keep their sheet and cell", () => {
    const path = freshPath("v3");
    const raw = new BetterSqlite3(path);
    try {
      migrate(raw, path, 4);
      const merchant = raw.prepare("INSERT INTO merchants (legal_name, siren, created_at, updated_at) VALUES ('Savonnerie', '732829320', 'then', 'then')").run().lastInsertRowid;
      const before = Number(
        raw
          .prepare("INSERT INTO imports (merchant_id, file_name, sha256, mode, status, rows, rejected, errors, started_at, finished_at) VALUES (?, 'catalogue.xlsx', ?, 'upsert', 'imported', 1, 1, 1, 'then', 'then')")
          .run(merchant, "a".repeat(64)).lastInsertRowid,
      );
      raw.prepare("INSERT INTO import_findings (import_id, severity, code, line, field, column_name, value) VALUES (?, 'error', 'invalid-number', 11, 'price_eur', 'Prix HT (€)', '4,9O')").run(before);

      migrate(raw, path, 5);
      expect(readSchemaVersion(raw)).toBe(5);
      expect(raw.prepare("SELECT name FROM pragma_table_info('import_findings') ORDER BY cid").pluck().all()).toEqual([
        "import_id",
        "severity",
        "code",
        "line",
        "field",
        "column_name",
        "value",
        "params",
        "sheet",
        "cell",
      ]);
      // What was kept before version 5 reads back whole, its place unknown (only the line was stored).
      expect(getImport(raw, before)?.findings).toEqual([
        { severity: "error", code: "invalid-number", line: 11, field: "price_eur", column: "Prix HT (€)", value: "4,9O", params: undefined, sheet: undefined, cell: undefined },
      ]);

      const after = raw.transaction(() => {
        const id = beginImport(raw, { merchantId: Number(merchant), fileName: "catalogue.xlsx", sha256: "b".repeat(64), mode: "upsert", startedAt: new Date() });
        finishImport(raw, id, {
          counts: { ...ZERO_COUNTS, rows: 1, rejected: 1, errors: 1 },
          encoding: undefined,
          delimiter: undefined,
          findings: [{ severity: "error", code: "invalid-number", line: 11, field: "price_eur", value: "4,9O", sheet: "Produits", cell: "E11" }],
          finishedAt: new Date(),
        });
        return id;
      })();
      expect(getImport(raw, after)?.findings[0]).toMatchObject({ line: 11, sheet: "Produits", cell: "E11" });
    } finally {
      raw.close();
    }
  });
});

describe("databases the tool must not touch", () => {
  it("refuses a database written by a newer eprovence, and leaves the file byte for byte as it was", () => {
    const path = freshPath("newer");
    const newer = new BetterSqlite3(path);
    newer.exec("CREATE TABLE future (x TEXT); INSERT INTO future VALUES ('kept')");
    newer.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    newer.close();
    const before = snapshot(path);

    const error = failure(() => openDatabase(path));
    expect(error.code).toBe("database-too-new");
    expect(error.params).toMatchObject({ path, version: SCHEMA_VERSION + 1, supported: SCHEMA_VERSION });
    // Before the fix, switching to WAL rewrote the header of the very file being refused.
    expect(snapshot(path)).toEqual(before);
  });

  it.each([
    ["a CSV file", "sku;name_fr\nSAV-1;Savon\n"],
    ["a PDF", "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".repeat(50)],
    ["random bytes the length of a SQLite page", Buffer.alloc(4096, 0xa5)],
  ])("refuses %s as not SQLite, and leaves it untouched", (_, content) => {
    const path = freshPath("not-sqlite");
    writeFileSync(path, content);
    const before = snapshot(path);
    const error = failure(() => openDatabase(path));
    expect(error.code).toBe("database-not-sqlite");
    expect(error.params).toMatchObject({ path });
    expect(snapshot(path)).toEqual(before);
  });

  it("does not create a database for a read-only command (mustExist)", () => {
    const path = join(temp.dir, "never", "created.db");
    expect(failure(() => openDatabase(path, { mustExist: true })).code).toBe("database-missing");
    expect(existsSync(join(temp.dir, "never"))).toBe(false);
  });
});

/**
 * A read-only database. chmod means nothing to root, so as root the binary runs as "nobody"
 * (uid 65534) instead: the same refusal, enforced by the kernel rather than skipped. (The mapping of
 * SQLite's read-only error is also tested in database.test.ts with a read-only connection.)
 */
describe("a read-only database file", () => {
  const isRoot = process.getuid?.() === 0;

  function makeReadOnlyDatabase(): string {
    const folder = join(temp.dir, `read-only-${++files}`);
    mkdirSync(folder);
    const path = join(folder, "store.db");
    const db = openDatabase(path);
    addMerchant(db, merchantProfileSchema.parse({ legalName: "Savonnerie", siren: "732829320" }), new Date());
    db.close();
    chmodSync(path, 0o444);
    // Others may walk into the folder (to run as nobody) but, like the file, not write to it.
    chmodSync(folder, 0o755);
    return path;
  }

  it("merchant add exits 2 with one sentence naming the file, and the file is unchanged", async () => {
    const path = makeReadOnlyDatabase();
    const before = readFileSync(path);
    const run = await runCliAs(["merchant", "add", "--legal-name", "Nouvelle", "--siren", "552100554"], { uid: isRoot ? 65534 : undefined, home: temp.dir, env: { EPROVENCE_DB: path } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(path);
    expect(run.stderr).toMatch(/lecture seule|Impossible d'ouvrir ou d'écrire/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toBe("");
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it("a new database in a folder nobody may write to exits 2 and creates nothing", async () => {
    const folder = join(temp.dir, `locked-${++files}`);
    mkdirSync(folder);
    chmodSync(folder, 0o555);
    const path = join(folder, "store.db");
    const run = await runCliAs(["merchant", "add", "--legal-name", "Nouvelle", "--siren", "552100554"], { uid: isRoot ? 65534 : undefined, home: temp.dir, env: { EPROVENCE_DB: path } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(path);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(folder)).toEqual([]);
  });
});

