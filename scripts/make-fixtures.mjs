// Writes the sample catalogues in fixtures/ (committed; run again after changing this file):
//
//   node scripts/make-fixtures.mjs [outDir]     (default: fixtures/)
//
// Every byte is decided here, so the files can be regenerated identically. Products and brands are
// fictional but real-looking: Provençal goods from real postcodes of region 93, GTINs with valid GS1
// check digits under the French prefix 376, HS codes a customs broker would use for each category.
// fixtures/README.md says what each file shows; src/io/validate-catalogue.test.ts holds them to it.

import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";
import iconv from "iconv-lite";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = resolve(process.argv[2] ?? join(root, "fixtures"));

/** GS1 check digit of a GTIN body (all digits but the last): weights 3,1,3… from the right. */
function gs1CheckDigit(body) {
  let sum = 0;
  for (let i = body.length - 1, weight = 3; i >= 0; i -= 1, weight = 4 - weight) {
    sum += (body.charCodeAt(i) - 48) * weight;
  }
  return (10 - (sum % 10)) % 10;
}

/** A GTIN-13 under the French GS1 prefix 376: a 9-digit company prefix and a 3-digit item. */
function gtin13(companyPrefix, item) {
  const body = `${companyPrefix}${String(item).padStart(3, "0")}`;
  if (body.length !== 12) throw new Error(`GTIN body must be 12 digits: ${body}`);
  return `${body}${gs1CheckDigit(body)}`;
}

/** Same body, wrong check digit. */
function withWrongCheckDigit(gtin) {
  const check = Number(gtin.at(-1));
  return `${gtin.slice(0, -1)}${(check + 1) % 10}`;
}

// Fictional producers, each at a real postcode of Provence-Alpes-Côte d'Azur.
const SAVONNERIE = { brand: "Savonnerie du Vieux Port", prefix: "376021450", postcode: "13015", cdn: "https://cdn.savonnerie-vieuxport.fr/produits" };
const DISTILLERIE = { brand: "Distillerie des Hautes Terres", prefix: "376034210", postcode: "04100", cdn: "https://images.hautes-terres-lavande.fr" };
const CALISSONS = { brand: "Calissons de la Rotonde", prefix: "376045870", postcode: "13100", cdn: "https://static.calissons-rotonde.fr/img" };
const MOULIN = { brand: "Moulin de la Vallée des Baux", prefix: "376052330", postcode: "13520", cdn: "https://media.moulin-valleedesbaux.fr" };
const SANTONS = { brand: "Atelier Santons Marcel", prefix: "376061190", postcode: "13400", cdn: "https://photos.santons-marcel.fr" };
const DOMAINE = { brand: "Domaine des Embruns", prefix: "376078640", postcode: "83250", cdn: "https://www.domaine-des-embruns.fr/medias" };
const HERBIER = { brand: "Herbier du Luberon", prefix: "376083020", postcode: "84220", cdn: "https://cdn.herbier-luberon.fr" };
const RUCHER = { brand: "Rucher du Ventoux", prefix: "376094410", postcode: "84390", cdn: "https://img.rucher-ventoux.fr" };

const images = (producer, ...names) => names.map((name) => `${producer.cdn}/${name}.jpg`).join("|");

// ---------------------------------------------------------------------------------------------------
// Writers. `quoteAll` is off: like Excel, quote only cells that need it (delimiter, quote, line break).

function toCsv(rows, { delimiter, newline }) {
  const quote = (cell) => (cell.includes(delimiter) || /["\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
  return rows.map((row) => row.map(quote).join(delimiter) + newline).join("");
}

function write(path, bytes) {
  const target = join(outDir, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, bytes);
  console.log(`${path}  ${bytes.length} bytes`);
}

// ---------------------------------------------------------------------------------------------------
// 1. What French Excel writes with "CSV (séparateur : point-virgule)": Windows-1252, ";", CRLF,
// decimal comma, no-break space (0xA0) as thousands separator, line breaks typed with Alt+Enter as a
// bare LF inside quotes. Excel also drops the leading zero of a postcode typed into a number cell
// (4300 for Forcalquier): a warning, not an error. Windows-1252 cannot hold Chinese: pinyin or empty.

const NBSP = "\u00a0";
const FRENCH_HEADER = [
  "Référence", "Désignation", "Nom chinois", "Marque", "Catégorie", "Code EAN", "Code SH",
  "Code postal d'origine", "DDM (mois)", "Poids net (g)", "Prix HT (€)", "Stock", "Labels", "Images",
];

const frenchRows = [
  ["SAV-MAR-600", "Savon de Marseille cube 600 g, 72 % d’huile d’olive", "Masai xiangzao", SAVONNERIE.brand, "savons & cosmétiques", gtin13(SAVONNERIE.prefix, 1), "340111", SAVONNERIE.postcode, "", "600", "4,90", `1${NBSP}250`, "Ecocert", images(SAVONNERIE, "sav-mar-600-face", "sav-mar-600-dos")],
  ["SAV-LIQ-VERV", "Savon liquide à la verveine… recharge 1 L", "", SAVONNERIE.brand, "savons & cosmétiques", gtin13(SAVONNERIE.prefix, 2), "340120", SAVONNERIE.postcode, "", "1000", "7,50", "300", "", images(SAVONNERIE, "sav-liq-verv")],
  ["CRM-MAINS-75", "Crème mains nourrissante à l’huile d’olive\n75 ml, tube aluminium", "", SAVONNERIE.brand, "savons & cosmétiques", gtin13(SAVONNERIE.prefix, 3), "330499", SAVONNERIE.postcode, "", "75", "8,90", "420", "Cosmos", images(SAVONNERIE, "crm-mains-75")],
  ["HE-LAV-10", "Huile essentielle de lavande fine AOP de Haute-Provence, 10 ml", "Xunyicao jingyou", DISTILLERIE.brand, "huiles essentielles", gtin13(DISTILLERIE.prefix, 10), "330129", DISTILLERIE.postcode, "", "10", "12,50", "80", "AOP|AB", images(DISTILLERIE, "he-lav-10")],
  ["EDT-LAV-100", "Eau de toilette « Cœur de lavande », 100 ml", "", DISTILLERIE.brand, "parfum", gtin13(DISTILLERIE.prefix, 21), "330300", "4300", "", "100", "24,00", "65", "", images(DISTILLERIE, "edt-coeur-de-lavande")],
  ["CAL-AIX-250", "Calissons d’Aix ; boîte losange 250 g", "Aikesi kalisong", CALISSONS.brand, "confiserie", gtin13(CALISSONS.prefix, 250), "170490", CALISSONS.postcode, "12", "250", "14,90", "600", "IGP", images(CALISSONS, "losange-250")],
  ["CAL-AIX-ECR8", "Calissons d’Aix en écrin, 8 pièces — édition de Noël", "", CALISSONS.brand, "Confiserie", gtin13(CALISSONS.prefix, 8), "1704.90.99", CALISSONS.postcode, "15", "100", "9,80", "", "IGP", ""],
  ["HUI-BAUX-50", "Huile d’olive vierge extra AOP Vallée des Baux-de-Provence, 50 cl", "Puluowangsi ganlanyou", MOULIN.brand, "Huile d’olive", gtin13(MOULIN.prefix, 50), "150910", MOULIN.postcode, "18", "460", "18,50", "240", "AOP", images(MOULIN, "aop-baux-50cl")],
  ["SANT-TAMB-7", "Santon façonné main « Le tambourinaire », argile peinte, 7 cm", "", SANTONS.brand, "santons & artisanat", "", "691390", SANTONS.postcode, "", "80", "24,00", "35", "Entreprise du Patrimoine Vivant", images(SANTONS, "tambourinaire-7cm")],
  ["SANT-CRECHE-24", "Crèche provençale complète : 24 santons, moulin et décor", "", SANTONS.brand, "santons & artisanat", "", "691390", SANTONS.postcode, "", "3200", `1${NBSP}250,00`, "2", "Entreprise du Patrimoine Vivant", images(SANTONS, "creche-24-ensemble", "creche-24-detail")],
  ["ROSE-CDP-75", "Rosé Côtes de Provence AOP 2025, 75 cl", "Puluowangsi taohong putaojiu", DOMAINE.brand, "vin", gtin13(DOMAINE.prefix, 75), "220421", DOMAINE.postcode, "", "750", "9,80", `1${NBSP}200`, "AOP", images(DOMAINE, "rose-2025-75cl")],
  ["HERB-PROV-40", "Herbes de Provence Label Rouge, pot en grès 40 g", "", HERBIER.brand, "herbes & épices", gtin13(HERBIER.prefix, 40), "091099", HERBIER.postcode, "24", "40", "5,60", "150", "Label Rouge", images(HERBIER, "herbes-provence-40g")],
];

const frenchText = toCsv([FRENCH_HEADER, ...frenchRows], { delimiter: ";", newline: "\r\n" });
// Every character must exist in Windows-1252: a "?" written by the encoder would be a silent loss.
if (iconv.decode(iconv.encode(frenchText, "windows-1252"), "windows-1252") !== frenchText) {
  throw new Error("french-excel.csv: a character is not in Windows-1252");
}
write("french-excel.csv", iconv.encode(frenchText, "windows-1252"));

// ---------------------------------------------------------------------------------------------------
// 2. A file from a tool that writes UTF-8 with a BOM (LibreOffice, Google Sheets export, Excel's
// "CSV UTF-8"): ",", LF, English headers, decimal point, Chinese names, every product with images.

const ENGLISH_HEADER = [
  "SKU", "French name", "Chinese name", "English name", "Brand", "Category", "GTIN", "HS code", "Origin postcode",
  "Shelf life (months)", "Storage", "Net weight (g)", "Price (EUR)", "Stock", "Labels", "Image URLs",
];

const chineseRows = [
  ["SAV-MAR-600", "Savon de Marseille cube, 600 g", "马赛皂 600克", "Marseille soap cube, 600 g", SAVONNERIE.brand, "soap & cosmetics", gtin13(SAVONNERIE.prefix, 1), "3401.11", SAVONNERIE.postcode, "", "ambient", "600", "4.90", "1250", "Ecocert", images(SAVONNERIE, "sav-mar-600-face", "sav-mar-600-dos")],
  ["HE-LAV-10", "Huile essentielle de lavande fine AOP, 10 ml", "普罗旺斯薰衣草精油 10毫升", "Fine lavender essential oil, PDO, 10 ml", DISTILLERIE.brand, "essential oils", gtin13(DISTILLERIE.prefix, 10), "330129", DISTILLERIE.postcode, "", "ambient", "10", "12.50", "80", "AOP|AB", images(DISTILLERIE, "he-lav-10")],
  ["CAL-AIX-250", "Calissons d’Aix, boîte losange 250 g", "艾克斯卡利松杏仁糖 250克", "Calissons from Aix-en-Provence, 250 g", CALISSONS.brand, "confectionery", gtin13(CALISSONS.prefix, 250), "170490", CALISSONS.postcode, "12", "ambient", "250", "14.90", "600", "IGP", images(CALISSONS, "losange-250")],
  ["HUI-BAUX-50", "Huile d’olive vierge extra AOP Vallée des Baux-de-Provence", "普罗旺斯特级初榨橄榄油 500毫升", "Extra virgin olive oil, PDO Vallée des Baux, 50 cl", MOULIN.brand, "olive oil", gtin13(MOULIN.prefix, 50), "150910", MOULIN.postcode, "18", "ambient", "460", "18.50", "240", "AOP", images(MOULIN, "aop-baux-50cl")],
  ["SANT-TAMB-7", "Santon « Le tambourinaire », 7 cm", "普罗旺斯手工泥塑人偶（鼓手）", 'Provençal santon "The drummer", 7 cm', SANTONS.brand, "santons & crafts", gtin13(SANTONS.prefix, 7), "691390", SANTONS.postcode, "", "ambient", "80", "24.00", "35", "Entreprise du Patrimoine Vivant", images(SANTONS, "tambourinaire-7cm")],
  ["ROSE-CDP-75", "Rosé Côtes de Provence AOP 2025, 75 cl", "普罗旺斯桃红葡萄酒 750毫升", "Côtes de Provence rosé 2025, 75 cl", DOMAINE.brand, "wine", gtin13(DOMAINE.prefix, 75), "220421", DOMAINE.postcode, "", "ambient", "750", "9.80", "1200", "AOP", images(DOMAINE, "rose-2025-75cl")],
  ["HERB-PROV-40", "Herbes de Provence Label Rouge, 40 g", "普罗旺斯香草 40克", "Herbes de Provence, 40 g", HERBIER.brand, "herbs & spices", gtin13(HERBIER.prefix, 40), "091099", HERBIER.postcode, "24", "ambient", "40", "5.60", "150", "Label Rouge", images(HERBIER, "herbes-provence-40g")],
  ["MIEL-LAV-250", "Miel de lavande IGP Miel de Provence, 250 g", "普罗旺斯薰衣草蜂蜜 250克", "Lavender honey, PGI Miel de Provence, 250 g", RUCHER.brand, "honey & jams", gtin13(RUCHER.prefix, 250), "040900", RUCHER.postcode, "24", "ambient", "250", "8.40", "320", "IGP", images(RUCHER, "miel-lavande-250")],
];

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
write("utf8-bom-chinese.csv", Buffer.concat([BOM, Buffer.from(toCsv([ENGLISH_HEADER, ...chineseRows], { delimiter: ",", newline: "\n" }), "utf8")]));

// ---------------------------------------------------------------------------------------------------
// 3. Broken files: each shows one way a real catalogue goes wrong. UTF-8, LF unless said otherwise.

const [savon, lavande, calissons, huile, santon, rose, herbes] = chineseRows;
const englishCsv = (rows, delimiter = ",") => Buffer.from(toCsv([ENGLISH_HEADER, ...rows], { delimiter, newline: "\n" }), "utf8");
const column = (name) => ENGLISH_HEADER.indexOf(name);
const change = (row, changes) => {
  const copy = [...row];
  for (const [name, value] of Object.entries(changes)) copy[column(name)] = value;
  return copy;
};

// Lines 4 and 6 repeat the SKUs of lines 2 and 3.
write("broken/duplicate-skus.csv", englishCsv([savon, lavande, change(rose, { SKU: savon[0] }), calissons, change(herbes, { SKU: lavande[0] })]));

// One error a row, lines 2–8, in the order of the brief; line 9 is valid. ";" and decimal comma.
const withComma = (row) => change(row, { "Price (EUR)": row[column("Price (EUR)")].replace(".", ",") });
write(
  "broken/invalid-values.csv",
  englishCsv(
    [
      change(savon, { GTIN: withWrongCheckDigit(savon[column("GTIN")]) }),
      change(santon, { Category: "jouets" }),
      change(lavande, { "Origin postcode": "75001" }),
      change(calissons, { "Shelf life (months)": "6" }),
      change(herbes, { SKU: "TAPENADE-FRAICHE-90", "French name": "Tapenade noire fraîche, 90 g", "Chinese name": "普罗旺斯黑橄榄酱 90克", "English name": "Fresh black olive tapenade, 90 g", Category: "épicerie", GTIN: gtin13(HERBIER.prefix, 90), "HS code": "200570", "Shelf life (months)": "12", Storage: "chilled", "Net weight (g)": "90", "Price (EUR)": "4.20", Labels: "", "Image URLs": images(HERBIER, "tapenade-noire-90g") }),
      change(huile, { "Price (EUR)": "abc" }),
      change(rose, { "Image URLs": "http://www.domaine-des-embruns.fr/medias/rose-2025-75cl.jpg" }),
      herbes,
    ].map(withComma),
    ";",
  ),
);

// No SKU column, no price column: both reported on line 1; the rows are otherwise fine.
const without = (names) => {
  const keep = ENGLISH_HEADER.map((_, index) => index).filter((index) => !names.includes(ENGLISH_HEADER[index]));
  return [ENGLISH_HEADER, savon, lavande, calissons].map((row) => keep.map((index) => row[index]));
};
write("broken/missing-columns.csv", Buffer.from(toCsv(without(["SKU", "Price (EUR)"]), { delimiter: ",", newline: "\n" }), "utf8"));

// Line 4 opens a quote that never closes: the parser reads to the end of the file looking for it.
const unclosed = toCsv([ENGLISH_HEADER, savon, lavande], { delimiter: ",", newline: "\n" }) +
  'SAV-MIEL-100,"Savon au miel de Provence, 100 g,马赛蜂蜜皂,Honey soap,Savonnerie du Vieux Port,soap & cosmetics,,340111,13015,,ambient,100,3.90,500,,\n' +
  // No comma in the next row, so nothing in it needs a quote that would close the open one.
  toCsv([change(rose, { "French name": "Rosé Côtes de Provence AOP 2025 75 cl", "English name": "Côtes de Provence rosé 2025 75 cl" })], { delimiter: ",", newline: "\n" });
write("broken/unclosed-quote.csv", Buffer.from(unclosed, "utf8"));

write("broken/empty.csv", Buffer.alloc(0));
write("broken/header-only.csv", Buffer.from(toCsv([ENGLISH_HEADER], { delimiter: ",", newline: "\n" }), "utf8"));

// A real 1×1 PNG (a lavender-coloured pixel), once with its own name and once renamed to .csv.
const png = tinyPng([0x96, 0x7b, 0xb6]);
write("broken/not-a-csv.png", png);
write("broken/image-renamed.csv", png);

// UTF-8 (accents on lines 2–3), then line 4 pasted from a Windows-1252 file: "parfumé" with é as 0xE9.
const mixedHead = Buffer.from(toCsv([ENGLISH_HEADER, savon, change(calissons, { "French name": "Calissons d’Aix, boîte losange — 250 g" })], { delimiter: ",", newline: "\n" }), "utf8");
const pasted = iconv.encode(toCsv([change(savon, { SKU: "SAV-MIEL-100", "French name": "Savon parfumé au miel, 100 g", "Chinese name": "Fengmi xiangzao", "English name": "Honey soap, 100 g", GTIN: gtin13(SAVONNERIE.prefix, 100), "Net weight (g)": "100", "Price (EUR)": "3.90" })], { delimiter: ",", newline: "\n" }), "windows-1252");
write("broken/mixed-encoding.csv", Buffer.concat([mixedHead, pasted, Buffer.from(toCsv([herbes], { delimiter: ",", newline: "\n" }), "utf8")]));

// ---------------------------------------------------------------------------------------------------

function tinyPng([red, green, blue]) {
  const chunk = (type, data) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0); // width
  header.writeUInt32BE(1, 4); // height
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: RGB
  const scanline = Buffer.from([0, red, green, blue]); // filter byte 0, then one pixel
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(scanline)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
