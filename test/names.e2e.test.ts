import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
// @ts-expect-error -- a plain .mjs script without types
import { buildXlsx } from "../scripts/workbook-builder.mjs";
import { merchantProfileSchema } from "../src/domain/company/profile.js";
import { readWorkbookRows } from "../src/io/workbook-reader.js";
import { openDatabase } from "../src/store/database.js";
import { addMerchant } from "../src/store/merchants.js";
import { setChineseName } from "../src/store/products.js";
import { CATALOGUE_HEADER, makeTempDir, runCli, soapRow, toCsv } from "./helpers.js";

// `eprovence names list` on a real database: the owner's catalogue imported by the binary, then a draft
// and a reviewed name set as the later `names draft` / `names apply` set them.

const temp = makeTempDir("eprovence-names-");
afterAll(() => temp.remove());

const SIRET = "81234567800013";
const build = buildXlsx as (sheets: readonly { name: string; rows: string[][] }[]) => Promise<Buffer>;
let stores = 0;

async function storeWithCatalogue(): Promise<string> {
  const path = join(temp.dir, `names-${++stores}.db`);
  const db = openDatabase(path);
  let merchantId: number;
  try {
    merchantId = addMerchant(db, merchantProfileSchema.parse({ legalName: "Savonnerie du Midi", siret: SIRET }), new Date("2026-01-05T09:00:00Z")).id;
  } finally {
    db.close();
  }
  const file = temp.write(`catalogue-${stores}.csv`, toCsv([CATALOGUE_HEADER, soapRow("SAV-1"), soapRow("SAV-2", { name_zh: "", gtin: "" }), soapRow("SAV-3", { name_zh: "", gtin: "" })]));
  const imported = await runCli(["import", file, "--merchant", SIRET, "--db", path]);
  expect(imported.code).toBe(0);
  const again = openDatabase(path);
  try {
    setChineseName(again, merchantId, "SAV-3", { nameZh: "法国马赛皂", status: "draft" }, new Date("2026-02-01T10:00:00Z"));
  } finally {
    again.close();
  }
  return path;
}

describe("names list", () => {
  it("shows each product's Chinese name and where it comes from, in French words, with its date", async () => {
    const path = await storeWithCatalogue();
    const run = await runCli(["names", "list", "--merchant", SIRET, "--db", path]);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^Référence\s+Désignation\s+Nom chinois\s+Origine du nom\s+Modifié le$/);
    expect(lines[1]).toMatch(/^SAV-1\s+.+\s+马赛皂\s+fourni par l'entreprise\s+\d+ \p{L}+ 2026/u);
    expect(lines[2]).toMatch(/^SAV-2\s+.+\s+—\s+manquant$/);
    expect(lines[3]).toMatch(/^SAV-3\s+.+\s+法国马赛皂\s+brouillon à faire relire\s+1er février 2026/);
    expect(run.stdout).not.toMatch(/supplied|draft|missing/);
  });

  it("--status filters, --format json gives sku, nameFr, nameZh, status, updatedAt, ingredients (null but for food); English with --lang en", async () => {
    const path = await storeWithCatalogue();
    const json = await runCli(["names", "list", "--merchant", SIRET, "--status", "draft,missing", "--format", "json", "--db", path]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual([
      { sku: "SAV-2", nameFr: expect.any(String), nameZh: null, status: null, updatedAt: null, ingredients: null },
      { sku: "SAV-3", nameFr: expect.any(String), nameZh: "法国马赛皂", status: "draft", updatedAt: "2026-02-01T10:00:00.000Z", ingredients: null },
    ]);
    const english = await runCli(["names", "list", "--merchant", SIRET, "--status", "draft", "--lang", "en", "--db", path]);
    expect(english.stdout).toMatch(/^SKU\s+Name\s+Chinese name\s+Name from\s+Changed\nSAV-3\s+.+draft, to be reviewed/);
  });

  it("a wrong status, no company, or an unknown company is exit 2 with one sentence", async () => {
    const path = await storeWithCatalogue();
    const wrong = await runCli(["names", "list", "--merchant", SIRET, "--status", "relu", "--db", path]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("--status");
    expect(wrong.stderr).toContain("supplied, draft, reviewed, missing");
    const none = await runCli(["names", "list", "--db", path]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("--merchant");
    const unknown = await runCli(["names", "list", "--merchant", "99", "--db", path]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).not.toMatch(/at \w+ \(/);
  });
});

describe("a draft Chinese name in the readiness and the export", () => {
  it("meets the Chinese name but is « à faire relire »: listed in the report, catalogue.json and the manifest", async () => {
    const path = await storeWithCatalogue();
    const out = join(temp.dir, `export-${stores}`);
    const run = await runCli(["export", "--merchant", SIRET, "--out", out, "--allow-partial", "--db", path]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("nom chinois en brouillon, à faire relire par une personne qui lit le chinois");
    const catalogue = JSON.parse(readFileSync(join(out, "catalogue.json"), "utf8")) as { products: { sku: string; toConfirm: string[] }[] };
    expect(catalogue.products.find((product) => product.sku === "SAV-3")?.toConfirm).toEqual(["name-draft"]);
    expect(catalogue.products.find((product) => product.sku === "SAV-1")?.toConfirm).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8")) as { toConfirm: unknown; gate: unknown };
    expect(manifest.toConfirm).toEqual([{ reason: "name-draft", count: 1, skus: ["SAV-3"] }]);
    expect(manifest.gate).toMatchObject({ requireReviewedNames: false });
  });

  it("--require-reviewed-names refuses the export while a name is a draft (exit 1, no file), and --check says so", async () => {
    const path = await storeWithCatalogue();
    const out = join(temp.dir, `refused-${stores}`);
    const refused = await runCli(["export", "--merchant", SIRET, "--out", out, "--allow-partial", "--require-reviewed-names", "--db", path]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain("Export refusé : 1 nom chinois est encore un brouillon à faire relire (SAV-3)");
    expect(existsSync(join(out, "manifest.json"))).toBe(false);
    const json = await runCli(["export", "--merchant", SIRET, "--out", out, "--allow-partial", "--require-reviewed-names", "--format", "json", "--db", path]);
    expect(JSON.parse(json.stdout)).toMatchObject({ verdict: "draft-names" });
    const check = await runCli(["export", "--merchant", SIRET, "--check", "--require-reviewed-names", "--db", path]);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain("1 nom chinois est encore un brouillon");
    const checkWithout = await runCli(["export", "--merchant", SIRET, "--check", "--db", path]);
    expect(checkWithout.code).toBe(0);
  });
});

describe("the translator's round trip: names sheet, then names apply", () => {
  const sheetHeader = ["Référence", "Désignation", "Nom chinois proposé", "Largeur (sur 60)", "Mots inconnus", "Nom chinois validé"];

  it("an .xlsx sheet lists the products to review; filled in Excel and applied, its names become reviewed", async () => {
    const path = await storeWithCatalogue();
    const out = join(temp.dir, `feuille-${stores}.xlsx`);
    const sheet = await runCli(["names", "sheet", "--merchant", SIRET, "--out", out, "--db", path]);
    expect(sheet.code).toBe(0);
    expect(sheet.stdout).toContain("(2 produits)");
    const read = await readWorkbookRows(readFileSync(out), { displayName: out });
    // SAV-2 has no name: the sheet proposes a draft (not stored), with the words the glossary did not know.
    expect(read.rows.map((row) => row.cells)).toEqual([
      sheetHeader,
      ["SAV-2", "Savon de Marseille SAV-2 100 g", "Savonnerie du Midi 法国马赛皂 100克", "35", "SAV, 2"],
      ["SAV-3", "Savon de Marseille SAV-3 100 g", "法国马赛皂", "10", "SAV, 3"],
    ]);
    // The translator keeps the draft of SAV-3 and writes SAV-2's name.
    const filled = join(temp.dir, `remplie-${stores}.xlsx`);
    writeFileSync(filled, await build([{ name: "Noms chinois", rows: [sheetHeader, ["SAV-2", "Savon", "", "", "", "普罗旺斯薰衣草皂"], ["SAV-3", "Savon", "法国马赛皂", "10", "", "法国马赛皂"]] }]));
    const applied = await runCli(["names", "apply", filled, "--merchant", SIRET, "--db", path]);
    expect(applied).toMatchObject({ code: 0, stderr: "" });
    expect(applied.stdout).toContain("2 noms chinois relus enregistrés.");
    const listed = JSON.parse((await runCli(["names", "list", "--merchant", SIRET, "--format", "json", "--db", path])).stdout) as { sku: string; nameZh: string; status: string }[];
    expect(listed.map(({ sku, nameZh, status }) => [sku, nameZh, status])).toEqual([
      ["SAV-1", "马赛皂", "supplied"],
      ["SAV-2", "普罗旺斯薰衣草皂", "reviewed"],
      ["SAV-3", "法国马赛皂", "reviewed"],
    ]);
  });

  it("a .csv sheet (UTF-8 with a BOM, « ; ») comes back from Excel in any encoding Excel saves Chinese in, with the English headers too", async () => {
    const path = await storeWithCatalogue();
    const out = join(temp.dir, `feuille-${stores}.csv`);
    expect((await runCli(["names", "sheet", "--merchant", SIRET, "--out", out, "--db", path])).code).toBe(0);
    const text = readFileSync(out, "utf8");
    expect(text.startsWith("\ufeffRéférence;Désignation;Nom chinois proposé;Largeur (sur 60);Mots inconnus;Nom chinois validé\r\n")).toBe(true);
    const english = join(temp.dir, `english-${stores}.csv`);
    writeFileSync(english, Buffer.from("\ufeffSKU,Name,Reviewed Chinese name\r\nSAV-2,Savon,普罗旺斯薰衣草皂\r\n", "utf16le"));
    const applied = await runCli(["names", "apply", english, "--merchant", SIRET, "--lang", "en", "--db", path]);
    expect(applied).toMatchObject({ code: 0, stdout: "1 reviewed Chinese name stored.\n" });
  });

  it("wrong rows are reported by line and nothing is stored, unless --partial; --dry-run stores nothing", async () => {
    const path = await storeWithCatalogue();
    const filled = join(temp.dir, `erreurs-${stores}.csv`);
    writeFileSync(
      filled,
      [
        "Référence;Nom chinois validé",
        "SAV-2;普罗旺斯薰衣草皂",
        "SAV-9;马赛皂",
        "SAV-3;Fa guo ma sai zao",
        `SAV-1;${"薰".repeat(31)}`,
        "SAV-2;马赛皂",
        "SAV-3;",
      ].join("\r\n"),
    );
    const refused = await runCli(["names", "apply", filled, "--merchant", SIRET, "--db", path]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/✖ Ligne 3 · SAV-9 La référence « SAV-9 » n'est pas dans le catalogue de cette entreprise\./);
    expect(refused.stdout).toMatch(/✖ Ligne 4 · SAV-3 /);
    expect(refused.stdout).toMatch(/✖ Ligne 5 · SAV-1 Nom chinois trop long : 62 unités/);
    expect(refused.stdout).toMatch(/✖ Ligne 6 · SAV-2 La référence « SAV-2 » apparaît déjà ligne 2\./);
    expect(refused.stdout).toContain("Rien n'a été enregistré : 4 lignes sont à corriger (ci-dessus). Corrigez la feuille et relancez, ou ajoutez --partial pour enregistrer 1 ligne juste.");
    const names = async () => JSON.parse((await runCli(["names", "list", "--merchant", SIRET, "--format", "json", "--db", path])).stdout) as { sku: string; status: string | null }[];
    expect((await names()).find((name) => name.sku === "SAV-2")?.status).toBeNull();

    const dry = await runCli(["names", "apply", filled, "--merchant", SIRET, "--partial", "--dry-run", "--db", path]);
    expect(dry.stdout).toContain("Simulation : 1 nom serait enregistré, 4 lignes à corriger. Rien n'a été enregistré.");
    expect((await names()).find((name) => name.sku === "SAV-2")?.status).toBeNull();

    const partial = await runCli(["names", "apply", filled, "--merchant", SIRET, "--partial", "--format", "json", "--db", path]);
    expect(partial.code).toBe(1);
    const report = JSON.parse(partial.stdout) as { isApplied: boolean; accepted: unknown[]; problems: { line: number; code: string }[] };
    expect(report.isApplied).toBe(true);
    expect(report.accepted).toEqual([{ line: 2, sku: "SAV-2", nameZh: "普罗旺斯薰衣草皂" }]);
    expect(report.problems.map(({ line, code }) => [line, code])).toEqual([
      [3, "sku-not-stored"],
      [4, "name-zh-not-chinese"],
      [5, "title-too-long"],
      [6, "duplicate-sku"],
    ]);
    expect(await names()).toEqual(expect.arrayContaining([expect.objectContaining({ sku: "SAV-2", status: "reviewed" }), expect.objectContaining({ sku: "SAV-3", status: "draft" })]));
  });

  it.each([
    ["a sheet without the « Nom chinois validé » column", () => "Référence;Nom chinois\r\nSAV-2;马赛皂\r\n", /n'a pas les colonnes « Référence » et « Nom chinois validé »/],
    ["an empty file", () => "", /est vide/],
    ["a PNG renamed .csv", () => Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"), /n'est ni un fichier CSV ni un classeur/],
    ["a truncated workbook", () => Buffer.from("504b0304140000000800", "hex"), /zip abîmé ou tronqué/],
  ])("%s is exit 2 with one French sentence, nothing stored", async (_what, content, said) => {
    const path = await storeWithCatalogue();
    const file = join(temp.dir, `mauvaise-${stores}.csv`);
    writeFileSync(file, content());
    const run = await runCli(["names", "apply", file, "--merchant", SIRET, "--db", path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(said);
    expect(run.stderr).not.toMatch(/at \w+ \(|Error:/);
    const listed = JSON.parse((await runCli(["names", "list", "--merchant", SIRET, "--status", "reviewed", "--format", "json", "--db", path])).stdout) as unknown[];
    expect(listed).toEqual([]);
  });

  it("a missing file, and a sheet written over an existing file without --force, are exit 2", async () => {
    const path = await storeWithCatalogue();
    expect((await runCli(["names", "apply", join(temp.dir, "absente.xlsx"), "--merchant", SIRET, "--db", path])).code).toBe(2);
    const out = join(temp.dir, `deux-fois-${stores}.xlsx`);
    expect((await runCli(["names", "sheet", "--merchant", SIRET, "--out", out, "--db", path])).code).toBe(0);
    const again = await runCli(["names", "sheet", "--merchant", SIRET, "--out", out, "--db", path]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("existe déjà");
    expect((await runCli(["names", "sheet", "--merchant", SIRET, "--out", out, "--force", "--db", path])).code).toBe(0);
  });
});

describe("names draft", () => {
  /** The company's catalogue: a name of its own, two without, one the glossary cannot read. */
  async function storeToDraft(): Promise<string> {
    const path = join(temp.dir, `draft-${++stores}.db`);
    const db = openDatabase(path);
    try {
      addMerchant(db, merchantProfileSchema.parse({ legalName: "Savonnerie du Midi", siret: SIRET }), new Date("2026-01-05T09:00:00Z"));
    } finally {
      db.close();
    }
    const file = temp.write(
      `draft-${stores}.csv`,
      toCsv([
        CATALOGUE_HEADER,
        soapRow("SAV-1"),
        soapRow("SAV-2", { name_fr: "Savon de Marseille à l'huile d'olive 100 g", name_zh: "", gtin: "" }),
        soapRow("SAV-3", { name_fr: "Savon à la lavande de Provence", name_zh: "", gtin: "" }),
        soapRow("SAV-4", { name_fr: "Bidule machin", name_zh: "", gtin: "" }),
      ]),
    );
    expect((await runCli(["import", file, "--merchant", SIRET, "--db", path])).code).toBe(0);
    return path;
  }
  const names = async (path: string) =>
    JSON.parse((await runCli(["names", "list", "--merchant", SIRET, "--format", "json", "--db", path])).stdout) as { sku: string; nameZh: string | null; status: string | null }[];

  it("drafts a title from the glossary for each product without a name, keeps the company's, and says what it could not read", async () => {
    const path = await storeToDraft();
    const run = await runCli(["names", "draft", "--merchant", SIRET, "--db", path]);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    // The brand as written, then France, the oil, the soap, and the catalogue's weight in Chinese units.
    expect(run.stdout).toContain("✎ SAV-2  Savon de Marseille à l'huile d'olive 100 g → Savonnerie du Midi 法国橄榄油马赛皂 100克 (largeur 41 sur 60)");
    expect(run.stdout).toMatch(/✎ SAV-3 .*→ Savonnerie du Midi .*普罗旺斯薰衣草皂/);
    expect(run.stdout).toContain("· SAV-1");
    expect(run.stdout).toMatch(/⚠ SAV-4 {2}Bidule machin pas de brouillon : le glossaire ne reconnaît pas le produit dans la désignation\n {4}mots inconnus du glossaire, à traduire : Bidule, machin/);
    expect(run.stdout).toContain("2 brouillons enregistrés, à faire relire");
    expect((await names(path)).map(({ sku, status }) => [sku, status])).toEqual([
      ["SAV-1", "supplied"],
      ["SAV-2", "draft"],
      ["SAV-3", "draft"],
      ["SAV-4", null],
    ]);
  });

  it("--dry-run stores nothing; --sku drafts only those; an unknown SKU is exit 2 and stores nothing", async () => {
    const path = await storeToDraft();
    const dry = await runCli(["names", "draft", "--merchant", SIRET, "--dry-run", "--format", "json", "--db", path]);
    const products = (JSON.parse(dry.stdout) as { products: { sku: string; status: string | null; displayWidth: number; unknownWords: string[] }[] }).products;
    expect(products.map(({ sku, status }) => [sku, status])).toEqual([
      ["SAV-1", "supplied"],
      ["SAV-2", "draft"],
      ["SAV-3", "draft"],
      ["SAV-4", null],
    ]);
    expect(products[3]).toMatchObject({ displayWidth: 0, unknownWords: ["Bidule", "machin"] });
    expect((await names(path)).filter((name) => name.status === "draft")).toEqual([]);
    const unknown = await runCli(["names", "draft", "--merchant", SIRET, "--sku", "SAV-2,NOPE", "--db", path]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Référence inconnue pour Savonnerie du Midi : NOPE");
    expect((await names(path)).filter((name) => name.status === "draft")).toEqual([]);
    expect((await runCli(["names", "draft", "--merchant", SIRET, "--sku", "SAV-3", "--db", path])).code).toBe(0);
    expect((await names(path)).filter((name) => name.status === "draft").map((name) => name.sku)).toEqual(["SAV-3"]);
  });

  it("--all redrafts drafts, never a name the company gave or a translator reviewed", async () => {
    const path = await storeToDraft();
    await runCli(["names", "draft", "--merchant", SIRET, "--db", path]);
    const db = openDatabase(path);
    try {
      setChineseName(db, 1, "SAV-2", { nameZh: "普罗旺斯橄榄油马赛皂", status: "reviewed" }, new Date("2026-02-01T10:00:00Z"));
      setChineseName(db, 1, "SAV-3", { nameZh: "旧的草稿", status: "draft" }, new Date("2026-02-01T10:00:00Z"));
    } finally {
      db.close();
    }
    expect((await runCli(["names", "draft", "--merchant", SIRET, "--db", path])).stdout).toContain("Aucun brouillon rédigé");
    expect((await names(path)).find((name) => name.sku === "SAV-3")?.nameZh).toBe("旧的草稿");
    await runCli(["names", "draft", "--merchant", SIRET, "--all", "--db", path]);
    const after = await names(path);
    expect(after.find((name) => name.sku === "SAV-3")?.nameZh).toMatch(/薰衣草/);
    expect(after.find((name) => name.sku === "SAV-2")).toMatchObject({ nameZh: "普罗旺斯橄榄油马赛皂", status: "reviewed" });
    expect(after.find((name) => name.sku === "SAV-1")).toMatchObject({ nameZh: "马赛皂", status: "supplied" });
  });
});

describe("food: the Chinese ingredients and the e-label", () => {
  /** A food catalogue with English headers: calissons whose ingredients are all known, nougat with one unknown, a soap. */
  async function storeFood(): Promise<string> {
    const path = join(temp.dir, `food-${++stores}.db`);
    const db = openDatabase(path);
    try {
      addMerchant(db, merchantProfileSchema.parse({ legalName: "Confiserie du Midi", siret: SIRET }), new Date("2026-01-05T09:00:00Z"));
    } finally {
      db.close();
    }
    const header = [...CATALOGUE_HEADER, "Ingredients", "Chinese ingredients", "Manufacturer", "Manufacturer address", "Net content"];
    const food = { category: "confectionery", hs_code: "170490", origin_postcode: "13100", shelf_life_months: "12", net_weight_g: "250", price_eur: "14.90" };
    const file = temp.write(
      `food-${stores}.csv`,
      toCsv([
        header,
        [...soapRow("CAL-1", { ...food, name_fr: "Calissons d'Aix 250 g", name_zh: "艾克斯卡利松杏仁糖" }), "sucre, amandes, melon confit, pain azyme", "", "Confiserie du Midi", "13100 Aix-en-Provence", ""],
        [...soapRow("NOU-1", { ...food, name_fr: "Nougat blanc 250 g", name_zh: "白牛轧糖" }), "miel, amandes, poudre de perlimpinpin", "", "Confiserie du Midi", "13100 Aix-en-Provence", ""],
        [...soapRow("SAV-1"), "", "", "", "", ""],
      ]),
    );
    const imported = await runCli(["import", file, "--merchant", SIRET, "--db", path]);
    expect(imported.code, imported.stdout + imported.stderr).toBe(0);
    return path;
  }

  it("drafts the Chinese ingredients where every ingredient is known, names the unknown one, and leaves a soap alone", async () => {
    const path = await storeFood();
    const run = await runCli(["names", "draft", "--merchant", SIRET, "--db", path]);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toContain("ingrédients en chinois proposés (brouillon, à faire valider) : 白砂糖、杏仁、糖渍甜瓜、无酵薄饼");
    expect(run.stdout).toContain("pas de brouillon des ingrédients en chinois : le glossaire ne connaît pas poudre de perlimpinpin (à faire traduire)");
    expect(run.stdout).toContain("1 liste d'ingrédients en chinois enregistrée en brouillon");
    const json = JSON.parse((await runCli(["names", "draft", "--merchant", SIRET, "--dry-run", "--format", "json", "--db", path])).stdout) as {
      products: { sku: string; ingredients: { ingredientsZh: string | null; status: string | null; isDrafted: boolean; unknownIngredients: string[] } | null }[];
    };
    expect(json.products.map(({ sku, ingredients }) => [sku, ingredients])).toEqual([
      ["CAL-1", { ingredientsZh: "白砂糖、杏仁、糖渍甜瓜、无酵薄饼", status: "draft", isDrafted: false, unknownIngredients: [] }],
      ["NOU-1", { ingredientsZh: null, status: null, isDrafted: false, unknownIngredients: ["poudre de perlimpinpin"] }],
      ["SAV-1", null],
    ]);
  });

  it("the export's readiness asks the Chinese ingredients of food (recommended, « à faire valider » once drafted), and its e-labels say « 待补充 » where they cannot be filled", async () => {
    const path = await storeFood();
    const before = await runCli(["export", "--merchant", SIRET, "--check", "--db", path]);
    expect(before.stdout).toContain("recommandé : liste des ingrédients en chinois (produit alimentaire)");
    expect((await runCli(["names", "draft", "--merchant", SIRET, "--db", path])).code).toBe(0);
    const out = join(temp.dir, `food-export-${stores}`);
    const run = await runCli(["export", "--merchant", SIRET, "--out", out, "--db", path]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("à confirmer : ingrédients en chinois en brouillon, à faire valider par une personne qui lit le chinois");
    expect(run.stdout).toContain("Étiquette électronique chinoise : 2 produits ont des rubriques écrites « 待补充 » (à compléter) dans labels-zh.html :\n    NOU-1 : ingrédients en chinois\n    SAV-1 : fabricant ; adresse du fabricant\n");
    const catalogue = JSON.parse(readFileSync(join(out, "catalogue.json"), "utf8")) as { products: { sku: string; labelZh: { lines: { heading: string; text: string }[]; missing: string[] } }[] };
    const labelOf = (sku: string) => catalogue.products.find((product) => product.sku === sku)?.labelZh;
    expect(Object.fromEntries((labelOf("CAL-1")?.lines ?? []).map((line) => [line.heading, line.text]))).toMatchObject({ 原产国: "法国", 原产地: "普罗旺斯 罗讷河口", 净含量: "250克", 保质期: "12个月", 配料: "白砂糖、杏仁、糖渍甜瓜、无酵薄饼", 生产商: "Confiserie du Midi" });
    expect(labelOf("CAL-1")?.missing).toEqual([]);
    expect(labelOf("NOU-1")?.missing).toEqual(["ingredients"]);
    expect(labelOf("SAV-1")?.missing).toEqual(["manufacturer", "manufacturerAddress"]);
    const page = readFileSync(join(out, "labels-zh.html"), "utf8");
    expect(page).toContain('<dl class="label" lang="zh-Hans">');
    expect(page).toContain('<dd class="todo"><bdi>待补充</bdi></dd>');
    expect(page).toContain("商财发〔2018〕486号");
    expect(page).not.toMatch(/https?:\/\//);
  });

  const foodSheetHeader = ["Référence", "Désignation", "Nom chinois proposé", "Largeur (sur 60)", "Mots inconnus", "Nom chinois validé", "Ingrédients", "Ingrédients chinois proposés", "Ingrédients chinois validés"];

  it("the translator's review of the ingredients: draft, sheet, filled, applied — the caution is gone and labels-zh.html shows the reviewed text", async () => {
    const path = await storeFood();
    expect((await runCli(["names", "draft", "--merchant", SIRET, "--db", path])).code).toBe(0);
    const listed = await runCli(["names", "list", "--merchant", SIRET, "--db", path]);
    expect(listed).toMatchObject({ code: 0, stderr: "" });
    const listLines = listed.stdout.trimEnd().split("\n");
    expect(listLines[0]).toMatch(/^Référence\s+Désignation\s+Nom chinois\s+Origine du nom\s+Modifié le\s+Ingrédients chinois$/);
    expect(listLines[1]).toMatch(/^CAL-1\s+.+\s+brouillon à faire relire$/);
    expect(listLines[2]).toMatch(/^NOU-1\s+.+\s+manquant$/);
    expect(listLines[3]).toMatch(/^SAV-1\s+.+\s+fourni par l'entreprise\s+\d+ \p{L}+ 2026/u);
    // The names are the company's: the sheet holds the food whose Chinese ingredients are a draft or missing.
    const out = join(temp.dir, `food-sheet-${stores}.xlsx`);
    const sheet = await runCli(["names", "sheet", "--merchant", SIRET, "--out", out, "--db", path]);
    expect(sheet).toMatchObject({ code: 0, stderr: "" });
    expect(sheet.stdout).toContain("(2 produits). Envoyez-la au traducteur : il remplit la colonne « Nom chinois validé » et, pour les produits alimentaires, « Ingrédients chinois validés ».");
    const read = await readWorkbookRows(readFileSync(out), { displayName: out });
    expect(read.rows.map((row) => row.cells)).toEqual([
      foodSheetHeader,
      ["CAL-1", "Calissons d'Aix 250 g", "艾克斯卡利松杏仁糖", "18", expect.any(String), "", "sucre, amandes, melon confit, pain azyme", "白砂糖、杏仁、糖渍甜瓜、无酵薄饼"],
      ["NOU-1", "Nougat blanc 250 g", "白牛轧糖", "8", expect.any(String), "", "miel, amandes, poudre de perlimpinpin"],
    ]);
    // The translator confirms the calissons' draft as it is and writes the nougat's list; no name is touched.
    const filled = join(temp.dir, `food-filled-${stores}.xlsx`);
    const rows = [foodSheetHeader, ["CAL-1", "", "", "", "", "", "", "", "白砂糖、杏仁、糖渍甜瓜、无酵薄饼"], ["NOU-1", "", "", "", "", "", "", "", "蜂蜜、杏仁、香草粉"]];
    writeFileSync(filled, await build([{ name: "Noms chinois", rows }]));
    const applied = await runCli(["names", "apply", filled, "--merchant", SIRET, "--db", path]);
    expect(applied).toMatchObject({ code: 0, stderr: "", stdout: "2 listes d'ingrédients en chinois relues enregistrées.\n" });
    const json = JSON.parse((await runCli(["names", "list", "--merchant", SIRET, "--format", "json", "--db", path])).stdout) as { sku: string; status: string; ingredients: unknown }[];
    expect(json.map(({ sku, status, ingredients }) => [sku, status, ingredients])).toEqual([
      ["CAL-1", "supplied", { ingredients: "sucre, amandes, melon confit, pain azyme", ingredientsZh: "白砂糖、杏仁、糖渍甜瓜、无酵薄饼", status: "reviewed" }],
      ["NOU-1", "supplied", { ingredients: "miel, amandes, poudre de perlimpinpin", ingredientsZh: "蜂蜜、杏仁、香草粉", status: "reviewed" }],
      ["SAV-1", "supplied", null],
    ]);
    const export_ = join(temp.dir, `food-reviewed-${stores}`);
    const run = await runCli(["export", "--merchant", SIRET, "--out", export_, "--db", path]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).not.toContain("ingrédients en chinois en brouillon");
    expect(run.stdout).not.toMatch(/NOU-1 : ingrédients en chinois/);
    const page = readFileSync(join(export_, "labels-zh.html"), "utf8");
    expect(page).toContain("蜂蜜、杏仁、香草粉");
    expect(page).toContain("白砂糖、杏仁、糖渍甜瓜、无酵薄饼");
    // Nothing left to review: the next sheet is empty.
    const next = await runCli(["names", "sheet", "--merchant", SIRET, "--out", join(temp.dir, `food-next-${stores}.csv`), "--db", path]);
    expect(next.stdout).toContain("(0 produit)");
  });

  it("Chinese ingredients that are not Chinese and an unknown SKU are refused by line, nothing stored; a sheet from before the ingredients still applies its names", async () => {
    const path = await storeFood();
    const wrong = temp.write(`food-wrong-${stores}.csv`, "Référence;Nom chinois validé;Ingrédients chinois validés\nCAL-1;;sucre, amandes\nXXX-9;;蜂蜜\nNOU-1;;蜂蜜、杏仁\n");
    const refused = await runCli(["names", "apply", wrong, "--merchant", SIRET, "--db", path]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/Ligne 2 · CAL-1 Les ingrédients en chinois « sucre, amandes » ne contiennent aucun caractère chinois/);
    expect(refused.stdout).toMatch(/Ligne 3 · XXX-9 La référence « XXX-9 » n'est pas dans le catalogue/);
    expect(refused.stdout).toContain("Rien n'a été enregistré : 2 lignes sont à corriger (ci-dessus). Corrigez la feuille et relancez, ou ajoutez --partial pour enregistrer 1 ligne juste.");
    const statusOf = async () =>
      (JSON.parse((await runCli(["names", "list", "--merchant", SIRET, "--format", "json", "--db", path])).stdout) as { sku: string; ingredients: { status: string | null } | null }[]).map(({ sku, ingredients }) => [sku, ingredients?.status ?? null]);
    expect(await statusOf()).toEqual([["CAL-1", null], ["NOU-1", null], ["SAV-1", null]]);
    const json = JSON.parse((await runCli(["names", "apply", wrong, "--merchant", SIRET, "--partial", "--format", "json", "--db", path])).stdout) as { isApplied: boolean; acceptedIngredients: unknown[]; problems: { line: number; code: string }[] };
    expect(json).toMatchObject({ isApplied: true, acceptedIngredients: [{ line: 4, sku: "NOU-1", ingredientsZh: "蜂蜜、杏仁" }] });
    expect(json.problems.map(({ line, code }) => [line, code])).toEqual([[2, "ingredients-zh-not-chinese"], [3, "sku-not-stored"]]);
    expect(await statusOf()).toEqual([["CAL-1", null], ["NOU-1", "reviewed"], ["SAV-1", null]]);
    // The six columns of a sheet written before: the names apply, the ingredients are left as they were.
    const old = temp.write(`food-old-${stores}.csv`, "Référence;Désignation;Nom chinois proposé;Largeur (sur 60);Mots inconnus;Nom chinois validé\nCAL-1;;;;;卡利松杏仁糖\n");
    const applied = await runCli(["names", "apply", old, "--merchant", SIRET, "--db", path]);
    expect(applied).toMatchObject({ code: 0, stdout: "1 nom chinois relu enregistré.\n" });
    expect(await statusOf()).toEqual([["CAL-1", null], ["NOU-1", "reviewed"], ["SAV-1", null]]);
  });
});
