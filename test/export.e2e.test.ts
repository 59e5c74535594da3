import { createHash } from "node:crypto";
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { merchantProfileSchema } from "../src/domain/company/profile.js";
import { openDatabase } from "../src/store/database.js";
import { addMerchant } from "../src/store/merchants.js";
import { ean13, makeTempDir, runCli, runCliAs, toCsv, type CliRun } from "./helpers.js";

// End to end: the real binary on a real SQLite file, as a consultant or a CI job runs `export`.
// Companies are registered through the store API; their catalogues go in through `eprovence import`.
const temp = makeTempDir("eprovence-export-");
// mkdtemp makes the folder private; the read-only check runs the binary as another user, who must reach it.
chmodSync(temp.dir, 0o755);
afterAll(() => temp.remove());

const SIRET = "81234567800013";
const HEADER = ["sku", "name_fr", "name_zh", "name_en", "brand", "category", "gtin", "hs_code", "origin_postcode", "shelf_life_months", "net_weight_g", "price_eur", "stock", "labels", "image_urls"];

type Row = Partial<Record<(typeof HEADER)[number], string>>;

/** A soap that meets every Tmall Global requirement; a test changes what it needs. */
function row(sku: string, change: Row = {}): string[] {
  const cells: Record<string, string> = {
    sku,
    name_fr: `Savon de Marseille ${sku}`,
    name_zh: "马赛皂",
    name_en: "",
    brand: "Savonnerie du Midi",
    category: "savon",
    gtin: ean13(`3760001${String(1000 + [...sku].reduce((sum, char) => sum + char.charCodeAt(0), 0)).padStart(5, "0")}`),
    hs_code: "340111",
    origin_postcode: "13001",
    shelf_life_months: "",
    net_weight_g: "100",
    price_eur: "4,90",
    stock: "",
    labels: "",
    image_urls: "https://img.example.com/savon.jpg",
    ...change,
  };
  return HEADER.map((field) => cells[field] ?? "");
}

/** Every product ready: a soap, a wine (estimated tax), a perfume over RMB 5,000, and hostile texts. */
const READY_ROWS = [
  row("SAV-100", { name_en: "Marseille soap", stock: "120", labels: "Ecocert" }),
  row("VIN-750", { name_fr: "Bandol rouge 2022", name_zh: "邦多尔红葡萄酒", category: "vin", hs_code: "220421", origin_postcode: "83150", net_weight_g: "750", price_eur: "25,00" }),
  row("PAR-050", { name_fr: "Eau de parfum Grasse 50 ml", name_zh: "格拉斯香水", category: "parfum", hs_code: "330300", origin_postcode: "06130", net_weight_g: "50", price_eur: "700" }),
  row("XSS-001", { name_fr: '=HYPERLINK("https://evil.example","clic")', name_en: "+33 4 91 00 00 00", brand: "@SUM(A1:A9)", name_zh: "马赛皂，\"特级\"" }),
  row("XSS-002", { name_fr: "-20% savon, lot de 3", name_en: "=1+1" }),
];

/** One product ready, one without Chinese name nor image (6 of 9 requirements): 15 of 18 → 83 %. */
const PARTIAL_ROWS = [row("OK-1"), row("KO-1", { name_zh: "", image_urls: "" })];

let databases = 0;
/** A fresh database with one company and (through the real `import`) the given catalogue. */
async function createStore(rows: readonly string[][]): Promise<string> {
  const path = join(temp.dir, `store-${++databases}.db`);
  const db = openDatabase(path);
  try {
    addMerchant(db, merchantProfileSchema.parse({ legalName: "Savonnerie du Midi", siret: SIRET }), new Date("2026-01-05T09:00:00Z"));
  } finally {
    db.close();
  }
  if (rows.length > 0) {
    const csv = temp.write(`catalogue-${databases}.csv`, toCsv([HEADER, ...rows]));
    const run = await runCli(["--db", path, "import", csv, "--merchant", SIRET]);
    expect(run.code, run.stderr).toBe(0);
  }
  return path;
}

let folders = 0;
function outDir(name: string): string {
  return join(temp.dir, `${name}-${++folders}`);
}

function exportCli(db: string, ...args: string[]): Promise<CliRun> {
  return runCli(["--db", db, "export", "--merchant", SIRET, ...args]);
}

const FILES = ["catalogue.csv", "catalogue.json", "labels-zh.html", "manifest.json"];

function sha256(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

/** catalogue.csv as records of cells (RFC 4180: quoted cells, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let cells: string[] = [];
  let cell = "";
  let isQuoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (isQuoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') isQuoted = false;
      else cell += char;
    } else if (char === '"') isQuoted = true;
    else if (char === ",") {
      cells.push(cell);
      cell = "";
    } else if (char === "\r" && text[i + 1] === "\n") {
      cells.push(cell);
      records.push(cells);
      cells = [];
      cell = "";
      i++;
    } else cell += char;
  }
  return records;
}

function csvObjects(path: string): Record<string, string>[] {
  const [header = [], ...records] = parseCsv(readFileSync(path, "utf8").replace(/^\ufeff/, ""));
  return records.map((cells) => Object.fromEntries(header.map((name, index) => [name, cells[index] ?? ""])));
}

interface ProductJson {
  sku: string;
  nameFr: string;
  nameZh: string | null;
  nameEn: string | null;
  brand: string;
  priceEur: number;
  priceCny: number;
  cbecTax: { rate: string; basisPoints: number; ratePercent: number; amountCny: number; isEstimate: boolean };
  consumerPriceCny: number;
  isOverCbecLimit: boolean;
  completeness: number;
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, "utf8")) as T;
}

/**
 * Our own arithmetic from the CBEC rates (9.1 %, 23.05 %; estimates 17.9 % and 28.9 %) and the ECB rate
 * of 2026-10-06 (7.5554), rounded half up to the fen: price in CNY, then the CBEC tax on it.
 */
function expectedPrices(priceEurCents: number, taxPercent: number): { priceCny: string; tax: string; consumer: string } {
  // In integers (ten-thousandths of a yuan, basis points) so that no binary float decides a rounding.
  const cny = Math.round((priceEurCents * 75_554) / 10_000);
  const tax = Math.round((cny * Math.round(taxPercent * 100)) / 10_000);
  const fen = (value: number) => (value / 100).toFixed(2);
  return { priceCny: fen(cny), tax: fen(tax), consumer: fen(cny + tax) };
}

describe("export --check", () => {
  let db = "";
  beforeAll(async () => {
    db = await createStore(PARTIAL_ROWS);
  });

  it("prints the readiness and writes nothing, even with --out", async () => {
    const out = outDir("check");
    const run = await exportCli(db, "--check", "--out", out);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("Complétude du catalogue : 83 % — 1 produit prêt sur 2.");
    expect(run.stdout).toContain("✖ KO-1 (66 %)");
    expect(run.stdout).toContain("manque : nom en chinois ; au moins une image (URL https) ; titre chinois dans la largeur permise par Tmall");
    expect(run.stdout).toContain("Contrôle seul (--check) : aucun fichier écrit.");
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    ["83", 0],
    ["0", 0],
    ["84", 1],
    ["100", 1],
  ])("--min-completeness %s on an 83 %% catalogue → exit %i", async (minimum, code) => {
    const run = await exportCli(db, "--check", "--min-completeness", minimum);
    expect(run.code, run.stderr).toBe(code);
    expect(run.stdout).toContain(code === 0 ? "au moins le minimum demandé" : `sous le minimum demandé de ${minimum} %`);
  });

  it("--format json: the figures per product, the gaps with their texts", async () => {
    const run = await exportCli(db, "--check", "--format", "json", "--lang", "en");
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as {
      mode: string;
      verdict: string;
      completeness: number;
      readyCount: number;
      total: number;
      products: { sku: string; completeness: number; isReady: boolean; gaps: { requirement: string; isBlocking: boolean; text: string }[] }[];
      written: unknown;
    };
    expect(report).toMatchObject({ mode: "check", verdict: "not-ready", completeness: 83, readyCount: 1, total: 2, written: null });
    expect(report.products.map((product) => [product.sku, product.completeness, product.isReady])).toEqual([
      ["KO-1", 66, false],
      ["OK-1", 100, true],
    ]);
    expect(report.products[0]?.gaps).toEqual([
      { requirement: "name-zh", isBlocking: true, text: "Chinese name" },
      { requirement: "image", isBlocking: true, text: "at least one image (https URL)" },
      { requirement: "title-width", isBlocking: true, text: "Chinese title within the width Tmall allows" },
    ]);
  });

  it.each([["101"], ["-1"], ["abc"], ["50.5"]])("--min-completeness %s is a usage error (exit 2)", async (value) => {
    const run = await exportCli(db, "--check", "--min-completeness", value);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--min-completeness");
  });
});

describe("the export gate", () => {
  let db = "";
  beforeAll(async () => {
    db = await createStore(PARTIAL_ROWS);
  });

  it("refuses when a product is not ready: exit 1, the report names it and what is missing, no file", async () => {
    const out = outDir("refused");
    const run = await exportCli(db, "--out", out);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toContain("✖ KO-1 (66 %)");
    expect(run.stdout).toContain("manque : nom en chinois");
    expect(run.stdout).toContain("Export refusé : 1 produit sur 2 n'est pas prêt");
    expect(run.stdout).toContain("--allow-partial");
    expect(existsSync(out)).toBe(false);
  });

  it("--allow-partial exports the ready products and lists the rest", async () => {
    const out = outDir("partial");
    const run = await exportCli(db, "--out", out, "--allow-partial");
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`1 produit exporté dans ${out}`);
    expect(run.stdout).toContain("Non exporté, pas prêt : 1 — KO-1");
    expect(csvObjects(join(out, "catalogue.csv")).map((product) => product.sku)).toEqual(["OK-1"]);
    expect(readJson<{ products: ProductJson[] }>(join(out, "catalogue.json")).products.map((product) => product.sku)).toEqual(["OK-1"]);
    const manifest = readJson<{ counts: Record<string, number>; notExported: unknown[]; gate: unknown }>(join(out, "manifest.json"));
    expect(manifest.counts).toMatchObject({ products: 2, ready: 1, exported: 1, notExported: 1 });
    expect(manifest.notExported).toEqual([{ sku: "KO-1", completeness: 66, missing: ["name-zh", "image", "title-width"] }]);
    expect(manifest.gate).toEqual({ allowPartial: true, minCompleteness: null, requireReviewedNames: false });
  });

  it("--min-completeness above the catalogue's figure refuses even with --allow-partial, and writes nothing", async () => {
    const out = outDir("minimum");
    const run = await exportCli(db, "--out", out, "--allow-partial", "--min-completeness", "90");
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toContain("Complétude 83 %, sous le minimum demandé de 90 %.");
    expect(existsSync(out)).toBe(false);
  });

  it("--format json: the refusal as data", async () => {
    const run = await exportCli(db, "--out", outDir("json"), "--format", "json");
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ mode: "export", verdict: "not-ready", written: null });
  });

  it("a company without products: refused with a clear message (exit 1); --check says so (exit 0)", async () => {
    const empty = await createStore([]);
    const out = outDir("empty");
    const run = await exportCli(empty, "--out", out, "--allow-partial");
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("Aucun produit enregistré pour cette entreprise");
    expect(existsSync(out)).toBe(false);
    const check = await exportCli(empty, "--check");
    expect(check.code).toBe(0);
    expect(check.stdout).toContain("Complétude du catalogue : 0 % — 0 produit prêt sur 0.");
  });

  it("none ready: refused even with --allow-partial", async () => {
    const none = await createStore([row("KO-2", { image_urls: "" })]);
    const run = await exportCli(none, "--out", outDir("none"), "--allow-partial");
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("Export refusé : aucun des 1 produit n'est prêt");
  });
});

describe("the exported files", () => {
  let db = "";
  let out = "";
  beforeAll(async () => {
    db = await createStore(READY_ROWS);
    out = outDir("ready");
    const run = await exportCli(db, "--out", out);
    expect(run.code, run.stderr).toBe(0);
  });

  it("writes exactly the four files, and no staging folder is left", () => {
    expect(readdirSync(out).sort()).toEqual(FILES);
  });

  it("catalogue.csv: UTF-8 with a BOM, comma, CRLF, the documented columns in order", () => {
    const bytes = readFileSync(join(out, "catalogue.csv"));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8");
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toContain("\n");
    expect(text.slice(1, text.indexOf("\r\n"))).toBe(
      "sku,name_fr,name_zh,name_en,brand,category,gtin,hs_code,origin_postcode,shelf_life_months,storage,net_weight_g,stock,labels,image_urls," +
        "price_eur,price_cny,cbec_tax_rate_percent,cbec_tax_cny,consumer_price_cny,cbec_tax_is_estimate,over_cbec_limit,completeness,image_files",
    );
    expect(csvObjects(join(out, "catalogue.csv")).map((product) => product.sku)).toEqual(["PAR-050", "SAV-100", "VIN-750", "XSS-001", "XSS-002"]);
  });

  it("Chinese names round-trip through the CSV and the JSON", () => {
    const csv = csvObjects(join(out, "catalogue.csv"));
    const json = readJson<{ products: ProductJson[] }>(join(out, "catalogue.json")).products;
    expect(csv.find((product) => product.sku === "VIN-750")?.name_zh).toBe("邦多尔红葡萄酒");
    expect(json.find((product) => product.sku === "VIN-750")?.nameZh).toBe("邦多尔红葡萄酒");
    // A full-width comma and quotes: quoted per RFC 4180 in the CSV, kept as is.
    expect(csv.find((product) => product.sku === "XSS-001")?.name_zh).toBe('马赛皂，"特级"');
  });

  it.each([
    // sku, price EUR cents, CBEC rate %, estimate, over RMB 5,000
    ["SAV-100", 4_90, 9.1, "false", "false"],
    ["VIN-750", 25_00, 17.9, "true", "false"],
    ["PAR-050", 700_00, 23.05, "false", "true"],
  ] as const)("%s: CNY price, CBEC tax and consumer price from the rate and the CBEC rates", (sku, priceCents, ratePercent, isEstimate, isOver) => {
    const expected = expectedPrices(priceCents, ratePercent);
    const csv = csvObjects(join(out, "catalogue.csv")).find((product) => product.sku === sku);
    expect(csv).toMatchObject({
      price_eur: (priceCents / 100).toFixed(2),
      price_cny: expected.priceCny,
      cbec_tax_rate_percent: ratePercent.toFixed(2),
      cbec_tax_cny: expected.tax,
      consumer_price_cny: expected.consumer,
      cbec_tax_is_estimate: isEstimate,
      over_cbec_limit: isOver,
    });
    const json = readJson<{ products: ProductJson[] }>(join(out, "catalogue.json")).products.find((product) => product.sku === sku);
    expect(json).toMatchObject({
      priceEur: priceCents / 100,
      priceCny: Number(expected.priceCny),
      cbecTax: { ratePercent, amountCny: Number(expected.tax), isEstimate: isEstimate === "true" },
      consumerPriceCny: Number(expected.consumer),
      isOverCbecLimit: isOver === "true",
    });
  });

  it("the worked figures: 4.90 EUR → 37.02 CNY + 3.37 = 40.39; 25.00 EUR wine → 188.89 + 33.81 = 222.70; 700 EUR perfume → 5,288.78 + 1,219.06 = 6,507.84", () => {
    const csv = Object.fromEntries(csvObjects(join(out, "catalogue.csv")).map((product) => [product.sku, product]));
    expect([csv["SAV-100"]?.price_cny, csv["SAV-100"]?.cbec_tax_cny, csv["SAV-100"]?.consumer_price_cny]).toEqual(["37.02", "3.37", "40.39"]);
    expect([csv["VIN-750"]?.price_cny, csv["VIN-750"]?.cbec_tax_cny, csv["VIN-750"]?.consumer_price_cny]).toEqual(["188.89", "33.81", "222.70"]);
    expect([csv["PAR-050"]?.price_cny, csv["PAR-050"]?.cbec_tax_cny, csv["PAR-050"]?.consumer_price_cny]).toEqual(["5288.78", "1219.06", "6507.84"]);
  });

  it("cells a spreadsheet would execute start with an apostrophe in the CSV; the JSON keeps the text", () => {
    const csv = Object.fromEntries(csvObjects(join(out, "catalogue.csv")).map((product) => [product.sku, product]));
    expect(csv["XSS-001"]).toMatchObject({ name_fr: `'=HYPERLINK("https://evil.example","clic")`, name_en: "'+33 4 91 00 00 00", brand: "'@SUM(A1:A9)" });
    expect(csv["XSS-002"]).toMatchObject({ name_fr: "'-20% savon, lot de 3", name_en: "'=1+1" });
    // No raw cell of the file starts with a formula character.
    const raw = parseCsv(readFileSync(join(out, "catalogue.csv"), "utf8").replace(/^\ufeff/, "")).flat();
    expect(raw.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    const json = readJson<{ products: ProductJson[] }>(join(out, "catalogue.json")).products.find((product) => product.sku === "XSS-001");
    expect(json).toMatchObject({ nameFr: '=HYPERLINK("https://evil.example","clic")', brand: "@SUM(A1:A9)" });
  });

  it("manifest.json: the SHA-256 and size of each catalogue file and of the e-labels' page match the files", () => {
    const manifest = readJson<{ files: { name: string; bytes: number; sha256: string }[] }>(join(out, "manifest.json"));
    expect(manifest.files.map((file) => file.name)).toEqual(["catalogue.csv", "catalogue.json", "labels-zh.html"]);
    for (const file of manifest.files) {
      expect(file.sha256).toBe(sha256(join(out, file.name)));
      expect(file.bytes).toBe(statSync(join(out, file.name)).size);
    }
  });

  it("manifest.json: merchant, counts, rate and date, tax assumptions with sources, versions", () => {
    const manifest = readJson<Record<string, unknown>>(join(out, "manifest.json"));
    expect(manifest).toMatchObject({
      formatVersion: 1,
      tool: { name: "eprovence", version: expect.stringMatching(/^\d+\.\d+\.\d+/) as unknown },
      databaseSchemaVersion: expect.any(Number) as unknown,
      channel: "tmall-global",
      merchant: { legalName: "Savonnerie du Midi", siren: "812345678", siret: SIRET },
      counts: { products: 5, ready: 5, exported: 5, notExported: 0, overCbecLimit: 1, taxEstimates: 1 },
      exchangeRate: { from: "EUR", to: "CNY", value: 7.5554, source: "ECB euro reference rates", sourceId: "ecb-euro-reference-rates", date: "2026-10-06" },
      notExported: [],
    });
    const taxes = manifest.taxAssumptions as { name: string; ratePercent: number; isEstimate: boolean; source: string; sourceId: string; date: string }[];
    expect(taxes.map((tax) => [tax.name, tax.ratePercent, tax.isEstimate])).toEqual([
      ["ordinary", 9.1, false],
      ["highEndCosmetic", 23.05, false],
      ["wine", 17.9, true],
      ["spirits", 28.9, true],
    ]);
    for (const tax of taxes) expect(tax.source.length > 0 && /^\d{4}-\d{2}-\d{2}$/.test(tax.date)).toBe(true);
    // In English whatever the language of the run, with the SOURCES.md id beside it.
    expect(taxes.map((tax) => tax.sourceId)).toEqual(["cbec-tax-policy-2018", "high-end-cosmetics-tax-2016", "cbec-alcohol-estimate", "cbec-alcohol-estimate"]);
    expect(taxes[2]?.source).toBe("Our own estimate: CBEC tax on wine and spirits, worked out with the official formula: consumption tax 10 % in the CBEC formula");
    expect(manifest.assumptions).toContainEqual(expect.objectContaining({ name: "minShelfLifeMonths", sourceId: "min-shelf-life-choice" }));
  });

  it("the same database exported twice gives byte-identical files (manifest included: it holds no clock time)", async () => {
    const again = outDir("again");
    const run = await exportCli(db, "--out", again, "--format", "json");
    expect(run.code, run.stderr).toBe(0);
    for (const name of FILES) expect(readFileSync(join(again, name)).equals(readFileSync(join(out, name))), name).toBe(true);
  });
});

describe("a catalogue larger than one page of the store", () => {
  // The store is read in pages of 1,000 products: 2,345 cross two page boundaries. Every 7th has no image.
  const COUNT = 2345;
  const skus = Array.from({ length: COUNT }, (_, index) => `P-${String(index).padStart(5, "0")}`);
  const isReady = (index: number): boolean => index % 7 !== 3;
  let db = "";
  let out = "";
  let report: { total: number; readyCount: number; products: { sku: string; isReady: boolean }[]; notExported: string[]; written: { files: { name: string; sha256: string }[] } };
  beforeAll(async () => {
    // Imported in reverse order: the export's order comes from the SKUs, not from the file.
    db = await createStore(skus.map((sku, index) => row(sku, isReady(index) ? {} : { image_urls: "" })).reverse());
    out = outDir("pages");
    const run = await exportCli(db, "--out", out, "--allow-partial", "--format", "json");
    expect(run.code, run.stderr).toBe(0);
    report = JSON.parse(run.stdout) as typeof report;
  }, 30_000);

  const ready = skus.filter((_, index) => isReady(index));
  const notReady = skus.filter((_, index) => !isReady(index));

  it("every ready product once, by SKU, in the CSV and the JSON; the others listed in the manifest", () => {
    expect(csvObjects(join(out, "catalogue.csv")).map((record) => record.sku)).toEqual(ready);
    expect(readJson<{ products: ProductJson[] }>(join(out, "catalogue.json")).products.map((product) => product.sku)).toEqual(ready);
    const manifest = readJson<{ counts: Record<string, number>; notExported: { sku: string; missing: string[] }[] }>(join(out, "manifest.json"));
    expect(manifest.counts).toMatchObject({ products: COUNT, ready: ready.length, exported: ready.length, notExported: notReady.length });
    expect(manifest.notExported.map((product) => product.sku)).toEqual(notReady);
    expect(manifest.notExported[0]?.missing).toEqual(["image"]);
  });

  it("the JSON files are exactly as JSON.stringify writes them (the format of a small export), and their checksums match", () => {
    for (const name of ["catalogue.json", "manifest.json"]) {
      const text = readFileSync(join(out, name), "utf8");
      expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    }
    expect(report.written.files.map((file) => [file.name, file.sha256])).toEqual(FILES.map((name) => [name, sha256(join(out, name))]));
  });

  it("--format json lists every product and every product left out", () => {
    expect(report).toMatchObject({ total: COUNT, readyCount: ready.length });
    expect(report.products.map((product) => product.sku)).toEqual(skus);
    expect(report.notExported).toEqual(notReady);
  });
});

describe("writing safely", () => {
  let db = "";
  beforeAll(async () => {
    db = await createStore([row("SAV-1"), row("SAV-2")]);
  });

  it("an existing export is not overwritten without --force (exit 2, files untouched); --force replaces it", async () => {
    const out = outDir("overwrite");
    expect((await exportCli(db, "--out", out)).code).toBe(0);
    writeFileSync(join(out, "catalogue.csv"), "edited by hand");
    const before = Object.fromEntries(FILES.map((name) => [name, { bytes: readFileSync(join(out, name)), mtime: statSync(join(out, name)).mtimeMs }]));

    const refused = await exportCli(db, "--out", out);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("contient déjà catalogue.csv, catalogue.json, labels-zh.html, manifest.json");
    expect(refused.stderr).toContain("--force");
    for (const name of FILES) {
      expect(readFileSync(join(out, name)).equals(before[name]?.bytes ?? Buffer.alloc(0)), name).toBe(true);
      expect(statSync(join(out, name)).mtimeMs).toBe(before[name]?.mtime);
    }

    const forced = await exportCli(db, "--out", out, "--force");
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(join(out, "catalogue.csv"), "utf8")).toMatch(/^\ufeffsku,/);
    const manifest = readJson<{ files: { name: string; sha256: string }[] }>(join(out, "manifest.json"));
    for (const file of manifest.files) expect(file.sha256).toBe(sha256(join(out, file.name)));
    expect(readdirSync(out).sort()).toEqual(FILES);
  });

  it("a folder holding other files is fine: they are kept", async () => {
    const out = outDir("shared");
    mkdirSync(out);
    writeFileSync(join(out, "notes.txt"), "mine");
    expect((await exportCli(db, "--out", out)).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([...FILES, "notes.txt"].sort());
  });

  it("--out under a file: exit 2, nothing written anywhere", async () => {
    const parent = outDir("file");
    mkdirSync(parent);
    writeFileSync(join(parent, "plain"), "x");
    const run = await exportCli(db, "--out", join(parent, "plain", "export"));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Impossible d'écrire .* : aucun fichier n'a été modifié/);
    expect(readdirSync(parent)).toEqual(["plain"]);
  });

  it("a failure mid-write (the last file cannot be renamed into place) puts back what was there: no partial export", async () => {
    const out = outDir("mid-write");
    mkdirSync(join(out, "manifest.json", "blocker"), { recursive: true });
    writeFileSync(join(out, "catalogue.csv"), "previous export");
    const run = await exportCli(db, "--out", out, "--force");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("aucun fichier n'a été modifié");
    // catalogue.csv and catalogue.json had been renamed into place: the first is restored, the second removed.
    expect(readFileSync(join(out, "catalogue.csv"), "utf8")).toBe("previous export");
    expect(readdirSync(out).sort()).toEqual(["catalogue.csv", "manifest.json"]);
  });

  it("a read-only output folder: exit 2, nothing written", async () => {
    // chmod means nothing to root, so as root the binary runs as "nobody": the kernel enforces it, no skip.
    const isRoot = process.getuid?.() === 0;
    const base = outDir("read-only");
    mkdirSync(base, { recursive: true });
    chmodSync(base, 0o777);
    const dbCopy = join(base, "store.db");
    copyFileSync(db, dbCopy);
    chmodSync(dbCopy, 0o666);
    const out = join(base, "out");
    mkdirSync(out);
    chmodSync(out, 0o555);
    const run = await runCliAs(["--db", dbCopy, "export", "--merchant", SIRET, "--out", out], { uid: isRoot ? 65534 : undefined, home: temp.dir, cwd: temp.dir });
    expect(run.code, run.stdout).toBe(2);
    expect(run.stderr).toContain(`Impossible d'écrire ${out}`);
    expect(readdirSync(out)).toEqual([]);
  });
});

describe("failures (exit 2)", () => {
  let db = "";
  beforeAll(async () => {
    db = await createStore([row("SAV-1")]);
  });

  it.each<[string, string[], string]>([
    ["an unknown channel", ["--channel", "amazon", "--check"], "Canal inconnu « amazon »"],
    ["no --out without --check", [], "--out manque"],
    ["an unknown --format", ["--check", "--format", "xml"], "--format"],
  ])("%s", async (_what, args, message) => {
    const run = await exportCli(db, ...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });

  it("a company that is not registered", async () => {
    const run = await runCli(["--db", db, "export", "--merchant", "999", "--check"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Aucune entreprise « 999 »");
  });

  it("no --merchant", async () => {
    const run = await runCli(["--db", db, "export", "--check"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--merchant manque");
  });

  it("no database: exit 2, and none is created", async () => {
    const missing = join(temp.dir, "missing.db");
    const run = await runCli(["--db", missing, "export", "--merchant", SIRET, "--check"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Aucune base de données");
    expect(existsSync(missing)).toBe(false);
  });
});

