import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../src/store/database.js";
import { createStoreWithCompany, ean13, makeTempDir, MIDI_SIRET, runCli, toCsv } from "./helpers.js";
import { makeJpeg, makePng, PDF, TEXT, WEBP } from "./pictures.js";

// End to end, the real binary on a real SQLite file: product photos from the owner's disk — named in
// the image column or found by SKU in a photos folder — checked by their content through validate and
// import, kept beside the database, and handed over by export (images/) and the dossier (embedded).
const temp = makeTempDir("eprovence-pictures-");
afterAll(() => temp.remove());

const SIRET = MIDI_SIRET;
const HEADER = ["sku", "name_fr", "name_zh", "brand", "category", "gtin", "hs_code", "origin_postcode", "net_weight_g", "price_eur", "image_urls"];

function row(sku: string, images: string): string[] {
  const gtin = ean13(`3760001${String(1000 + [...sku].reduce((sum, char) => sum + char.charCodeAt(0), 0)).padStart(5, "0")}`);
  return [sku, `Savon de Marseille ${sku}`, "马赛皂", "Savonnerie du Midi", "savon", gtin, "340111", "13001", "100", "4,90", images];
}

const sha256 = (bytes: Buffer): string => createHash("sha256").update(bytes).digest("hex");

/** The owner's folder: the catalogue, a few photos beside it, and a photos folder named by SKU. */
const owner = join(temp.dir, "owner");
const photos = join(owner, "photos");
const MAIN = makeJpeg(1200, 1200);
const SECOND = makePng(900, 900);
const SMALL = makePng(600, 400, [40, 90, 200]);
beforeAll(() => {
  mkdirSync(photos, { recursive: true });
  writeFileSync(join(owner, "savon-100.jpg"), MAIN);
  writeFileSync(join(owner, "petite.png"), SMALL);
  writeFileSync(join(owner, "faux.jpg"), TEXT);
  writeFileSync(join(owner, "fiche.jpg"), PDF);
  writeFileSync(join(owner, "lourde.jpg"), makeJpeg(2000, 2000, { totalBytes: 4 * 1024 * 1024 }));
  writeFileSync(join(temp.dir, "ailleurs.png"), SECOND);
  writeFileSync(join(temp.dir, "ailleurs-2.png"), SMALL);
  symlinkSync(join(temp.dir, "ailleurs.png"), join(owner, "lien.png"));
  // Found by SKU, case and accents ignored; the same photo as savon-100.jpg is kept once.
  writeFileSync(join(photos, "sav-100-2.PNG"), SECOND);
  writeFileSync(join(photos, "SAV-100-3.jpg"), MAIN);
  writeFileSync(join(photos, "SAV-200.webp"), WEBP);
  for (const n of [1, 2, 3, 4, 5, 6]) writeFileSync(join(photos, `SAV-300-${n}.png`), makePng(800 + n, 800 + n));
});

const ROWS = [
  row("SAV-100", "savon-100.jpg | https://img.example.com/savon.jpg"),
  row("SAV-200", "faux.jpg|fiche.jpg|lourde.jpg"),
  row("SAV-300", ""),
  row("SAV-400", "absente.jpg|lien.png|../ailleurs-2.png|photos|petite.png"),
];

function writeCatalogue(name: string, rows: readonly string[][] = ROWS): string {
  const path = join(owner, name);
  writeFileSync(path, toCsv([HEADER, ...rows]));
  return path;
}

let stores = 0;
function createStore(): string {
  const path = join(temp.dir, `store-${++stores}`, "eprovence.db");
  mkdirSync(join(path, ".."), { recursive: true });
  return createStoreWithCompany(path);
}

interface JsonFinding {
  readonly line: number;
  readonly code: string;
  readonly severity: string;
  readonly value?: string;
  readonly message: string;
  readonly hint: string;
}

function storedPictures(database: string): { sku: string; position: number; sha256: string; mediaType: string; width: number; height: number; bytes: number; source: string }[] {
  const db = openDatabase(database);
  try {
    return db
      .prepare(
        "SELECT p.sku, q.position, q.sha256, q.media_type AS mediaType, q.width, q.height, q.bytes, q.source FROM product_pictures q JOIN products p ON p.id = q.product_id ORDER BY p.sku, q.position",
      )
      .all() as never;
  } finally {
    db.close();
  }
}

describe("validate: each picture checked by its content, as warnings; nothing stored", () => {
  it("names what is wrong with each file, and the fix, on the product's row", async () => {
    const catalogue = writeCatalogue("validate.csv");
    const database = join(temp.dir, "never.db");
    const run = await runCli(["--db", database, "validate", catalogue, "--images", photos, "--format", "json"]);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as { valid: boolean; issues: JsonFinding[]; summary: { errors: number } };
    expect(report.summary.errors).toBe(0);
    const found = report.issues.filter((finding) => finding.code.includes("picture")).map((finding) => [finding.line, finding.code, finding.value]);
    expect(found).toEqual([
      [3, "picture-wrong-format", "faux.jpg"],
      [3, "picture-wrong-format", "fiche.jpg"],
      [3, "picture-too-large", "lourde.jpg"],
      [3, "picture-wrong-format", "SAV-200.webp"],
      [4, "too-many-pictures", "SAV-300-6.png"],
      [5, "picture-not-found", "absente.jpg"],
      [5, "picture-outside-folder", "lien.png"],
      [5, "picture-outside-folder", "../ailleurs-2.png"],
      [5, "picture-unreadable", "photos"],
      [5, "picture-too-small", "petite.png"],
      [5, "picture-not-square", "petite.png"],
    ]);
    const say = (value: string, code: string) => report.issues.find((finding) => finding.value === value && finding.code === code);
    expect(say("faux.jpg", "picture-wrong-format")?.message).toBe("« faux.jpg » n'est pas une photo JPEG ni PNG : c'est un fichier texte.");
    expect(say("fiche.jpg", "picture-wrong-format")?.message).toContain("c'est un fichier PDF");
    expect(say("SAV-200.webp", "picture-wrong-format")?.hint).toContain("enregistrez-la au format JPEG");
    expect(say("lourde.jpg", "picture-too-large")?.message).toContain("4,2 Mo, plus que les 3 Mo");
    expect(say("petite.png", "picture-too-small")?.hint).toContain("pratique des vendeurs, pas une règle officielle");
    // validate opens no database.
    expect(existsSync(database)).toBe(false);
  });

  it("without --images, a product whose cell names no picture has none; a missing photos folder is exit 2", async () => {
    const catalogue = writeCatalogue("validate-2.csv", [row("SAV-300", "")]);
    const none = JSON.parse((await runCli(["validate", catalogue, "--format", "json"])).stdout) as { issues: JsonFinding[] };
    expect(none.issues.map((finding) => finding.code)).toContain("missing-image");
    const withFolder = JSON.parse((await runCli(["validate", catalogue, "--images", photos, "--format", "json"])).stdout) as { issues: JsonFinding[] };
    expect(withFolder.issues.map((finding) => finding.code)).not.toContain("missing-image");
    const missing = await runCli(["validate", catalogue, "--images", join(owner, "nulle-part")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("Dossier de photos introuvable");
  });

  it("in English too", async () => {
    const catalogue = writeCatalogue("validate-en.csv", [row("SAV-200", "faux.jpg|petite.png")]);
    const run = await runCli(["validate", catalogue, "--lang", "en"]);
    expect(run.stdout).toContain('"faux.jpg" is not a JPEG or PNG photo: it is a text file.');
    expect(run.stdout).toContain("This is sellers' convention, not an official rule");
  });
});

describe("import: a bad picture is a warning, never a rejected row; the good ones are kept beside the database", () => {
  const database = createStore();
  let first: string;

  it("keeps every product, copies the accepted pictures once by SHA-256, and stores them in order", async () => {
    const catalogue = writeCatalogue("import.csv");
    const run = await runCli(["--db", database, "import", catalogue, "--merchant", SIRET, "--images", photos, "--format", "json"]);
    expect(run.code, run.stderr).toBe(0);
    first = run.stdout;
    const [outcome] = JSON.parse(run.stdout).files as { created: number; rejected: number; warnings: number }[];
    expect(outcome).toMatchObject({ created: 4, rejected: 0 });
    const pictures = storedPictures(database);
    expect(pictures.filter((picture) => picture.sku === "SAV-100")).toEqual([
      { sku: "SAV-100", position: 1, sha256: sha256(MAIN), mediaType: "image/jpeg", width: 1200, height: 1200, bytes: MAIN.length, source: "savon-100.jpg" },
      { sku: "SAV-100", position: 2, sha256: sha256(SECOND), mediaType: "image/png", width: 900, height: 900, bytes: SECOND.length, source: "sav-100-2.PNG" },
      // The same bytes as the main picture under another name: a second picture of the product, one file on disk.
      { sku: "SAV-100", position: 3, sha256: sha256(MAIN), mediaType: "image/jpeg", width: 1200, height: 1200, bytes: MAIN.length, source: "SAV-100-3.jpg" },
    ]);
    expect(pictures.filter((picture) => picture.sku === "SAV-200")).toEqual([]);
    expect(pictures.filter((picture) => picture.sku === "SAV-300").map((picture) => picture.source)).toEqual(["SAV-300-1.png", "SAV-300-2.png", "SAV-300-3.png", "SAV-300-4.png", "SAV-300-5.png"]);
    expect(pictures.filter((picture) => picture.sku === "SAV-400").map((picture) => [picture.source, picture.width, picture.height])).toEqual([["petite.png", 600, 400]]);
    const kept = readdirSync(join(database, "..", "pictures")).sort();
    expect(kept).toEqual([...new Set(pictures.map((picture) => `${picture.sha256}.${picture.mediaType === "image/png" ? "png" : "jpg"}`))].sort());
    expect(kept.length).toBe(8);
    expect(readFileSync(join(database, "..", "pictures", `${sha256(MAIN)}.jpg`)).equals(MAIN)).toBe(true);
    // The URL is kept as given, beside the files.
    const db = openDatabase(database);
    try {
      expect(db.prepare("SELECT image_urls FROM products WHERE sku = 'SAV-100'").pluck().get()).toBe("https://img.example.com/savon.jpg");
    } finally {
      db.close();
    }
  });

  it("the same catalogue with the same photos again changes nothing", async () => {
    const before = storedPictures(database);
    const catalogue = writeCatalogue("import.csv");
    const run = await runCli(["--db", database, "import", catalogue, "--merchant", SIRET, "--images", photos, "--format", "json"]);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).files[0]).toMatchObject({ created: 0, updated: 0, unchanged: 4, rejected: 0 });
    expect(storedPictures(database)).toEqual(before);
    expect(first).toBeDefined();
  });

  it("a photo changed on disk while the catalogue did not is taken again", async () => {
    writeFileSync(join(photos, "sav-100-2.PNG"), makePng(1000, 1000));
    const catalogue = writeCatalogue("import.csv");
    const run = await runCli(["--db", database, "import", catalogue, "--merchant", SIRET, "--images", photos, "--format", "json"]);
    expect(JSON.parse(run.stdout).files[0]).toMatchObject({ updated: 1, unchanged: 3 });
    expect(storedPictures(database).find((picture) => picture.sku === "SAV-100" && picture.position === 2)).toMatchObject({ width: 1000, height: 1000 });
    writeFileSync(join(photos, "sav-100-2.PNG"), SECOND);
  });

  it("a dry run copies nothing", async () => {
    const store = createStore();
    const catalogue = writeCatalogue("dry.csv");
    const run = await runCli(["--db", store, "import", catalogue, "--merchant", SIRET, "--images", photos, "--dry-run"]);
    expect(run.code, run.stderr).toBe(0);
    expect(existsSync(join(store, "..", "pictures"))).toBe(false);
    expect(storedPictures(store)).toEqual([]);
  });
});

describe("export: images/ with each product's kept pictures, all or nothing", () => {
  const database = createStore();
  beforeAll(async () => {
    const catalogue = writeCatalogue("export.csv", [row("SAV-100", "savon-100.jpg"), row("SAV-300", ""), row("SAV-500", "https://img.example.com/seule.jpg")]);
    const run = await runCli(["--db", database, "import", catalogue, "--merchant", SIRET, "--images", photos]);
    expect(run.code, run.stderr).toBe(0);
  });

  it("writes the pictures as <SKU>-1.jpg, <SKU>-2.png…, points at them from both catalogue files, and lists their SHA-256 in the manifest", async () => {
    const out = join(temp.dir, "export-1");
    const run = await runCli(["--db", database, "export", "--merchant", SIRET, "--out", out]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("images/  8 photos");
    expect(readdirSync(join(out, "images")).sort()).toEqual(["SAV-100-1.jpg", "SAV-100-2.png", "SAV-100-3.jpg", "SAV-300-1.png", "SAV-300-2.png", "SAV-300-3.png", "SAV-300-4.png", "SAV-300-5.png"]);
    expect(readFileSync(join(out, "images", "SAV-100-1.jpg")).equals(MAIN)).toBe(true);
    const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8")) as { files: { name: string; bytes: number; sha256: string }[] };
    expect(manifest.files.find((file) => file.name === "images/SAV-100-2.png")).toEqual({ name: "images/SAV-100-2.png", bytes: SECOND.length, sha256: sha256(SECOND) });
    for (const file of manifest.files) expect(sha256(readFileSync(join(out, file.name)))).toBe(file.sha256);
    const catalogue = JSON.parse(readFileSync(join(out, "catalogue.json"), "utf8")) as { products: { sku: string; imageUrls: string[]; images: { path: string }[] }[] };
    expect(catalogue.products.map((product) => [product.sku, product.images.map((image) => image.path), product.imageUrls])).toEqual([
      ["SAV-100", ["images/SAV-100-1.jpg", "images/SAV-100-2.png", "images/SAV-100-3.jpg"], []],
      ["SAV-300", ["images/SAV-300-1.png", "images/SAV-300-2.png", "images/SAV-300-3.png", "images/SAV-300-4.png", "images/SAV-300-5.png"], []],
      ["SAV-500", [], ["https://img.example.com/seule.jpg"]],
    ]);
    const csv = readFileSync(join(out, "catalogue.csv"), "utf8").split("\r\n");
    expect(csv[0]?.endsWith(",image_files")).toBe(true);
    expect(csv[1]?.endsWith(",images/SAV-100-1.jpg|images/SAV-100-2.png|images/SAV-100-3.jpg")).toBe(true);
  });

  it("a kept picture altered or gone: a clear error (exit 2) and nothing written", async () => {
    const kept = join(database, "..", "pictures", `${sha256(SECOND)}.png`);
    writeFileSync(kept, makePng(10, 10));
    const out = join(temp.dir, "export-2");
    const altered = await runCli(["--db", database, "export", "--merchant", SIRET, "--out", out]);
    expect(altered.code).toBe(2);
    expect(altered.stderr).toContain("La photo gardée du produit SAV-100 a été modifiée depuis son import");
    expect(existsSync(out)).toBe(false);
    rmSync(kept);
    const gone = await runCli(["--db", database, "export", "--merchant", SIRET, "--out", out, "--lang", "en"]);
    expect(gone.code).toBe(2);
    expect(gone.stderr).toContain("The kept photo of product SAV-100 is gone");
    expect(existsSync(out)).toBe(false);
    writeFileSync(kept, SECOND);
  });

  it("the dossier shows each product's main picture embedded, and allows data: images only", async () => {
    const run = await runCli(["--db", database, "dossier", "--merchant", SIRET, "--out", "-"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`content="default-src 'none'; img-src data:; style-src 'unsafe-inline'"`);
    expect(run.stdout).toContain(`src="data:image/jpeg;base64,${MAIN.toString("base64")}"`);
    expect(run.stdout).toContain(`src="data:image/png;base64,${makePng(801, 801).toString("base64")}"`);
    expect(run.stdout.match(/<img /g)?.length).toBe(2);
    expect(run.stdout).not.toMatch(/src="(?!data:)/);
  });

  it("an export replaced (--force) once the products have fewer photos leaves none of the earlier ones in images/", async () => {
    const fewer = writeCatalogue("fewer.csv", [row("SAV-100", "savon-100.jpg"), row("SAV-500", "https://img.example.com/seule.jpg")]);
    const imported = await runCli(["--db", database, "import", fewer, "--merchant", SIRET, "--mode", "replace"]);
    expect(imported.code, imported.stderr).toBe(0);
    const out = join(temp.dir, "export-1");
    const run = await runCli(["--db", database, "export", "--merchant", SIRET, "--out", out, "--force"]);
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(join(out, "images"))).toEqual(["SAV-100-1.jpg"]);
    const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8")) as { files: { name: string }[] };
    expect(manifest.files.map((file) => file.name).filter((name) => name.startsWith("images/"))).toEqual(["images/SAV-100-1.jpg"]);
  });
});
