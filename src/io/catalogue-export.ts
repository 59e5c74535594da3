import { createHash } from "node:crypto";
import { pictureExtension, type StoredPicture } from "../domain/catalogue/pictures.js";
import { describeCbecTaxRates, planExportLine, type ExportLine } from "../domain/catalogue/channel-export.js";
import { composeChineseLabel, type ChineseLabel, type LabelField } from "../domain/catalogue/e-label.js";
import { assessProductReadiness, createSampler, type CatalogueReadiness, type ProductReadiness, type ReadinessContext, type Sample, type StoredProduct } from "../domain/catalogue/readiness.js";
import type { Translator } from "../domain/messages/index.js";
import { citeSource } from "../domain/messages/sources-catalogue.js";
import { sourcesEn } from "../domain/messages/sources-en.js";
import { formatCents, rateOf } from "../domain/money.js";
import { formatMilligramsAsGrams } from "../domain/catalogue/net-content.js";
import { describeCatalogueSettings, type CatalogueSettings } from "../domain/settings.js";
import { sourceIdOf, type SourceRef } from "../domain/sources.js";
import type { StreamedFiles } from "./atomic-write.js";
import { formatCsvRecord } from "./csv-format.js";
import { createJsonObjectWriter, writeProperties } from "./json-stream.js";
import { LABELS_ZH_HTML, renderLabel, renderLabelsEnd, renderLabelsStart } from "./labels-zh.js";
import { loadStoredPicture } from "./picture-files.js";
import { citeAssumption } from "./reports/assumptions.js";

/**
 * The files of `eprovence export`: catalogue.csv, catalogue.json, labels-zh.html (the Chinese e-labels,
 * `labels-zh.ts`) and manifest.json, written product by product as the store is read (memory does not
 * grow with the catalogue), and `images/` with each exported product's kept pictures (`<SKU>-1.jpg`,
 * `<SKU>-2.png`…), each checked against its SHA-256. The
 * catalogue files hold no date, no path and no machine detail: the same database gives the same bytes.
 * The manifest holds no clock time either (design choice): it dates the catalogue by the last change
 * of its products, so an unchanged catalogue re-exported is byte-identical, manifest included.
 */

export { formatMilligramsAsGrams } from "../domain/catalogue/net-content.js";

/** Bumped when the columns, the JSON shape or the manifest keys change in a way scripts would notice. */
export const EXPORT_FORMAT_VERSION = 1;

export const CATALOGUE_CSV = "catalogue.csv";
export const CATALOGUE_JSON = "catalogue.json";
export const MANIFEST_JSON = "manifest.json";

/** The files of an export, in the order they are moved into place (the manifest last). */
export const EXPORT_FILES = [CATALOGUE_CSV, CATALOGUE_JSON, LABELS_ZH_HTML, MANIFEST_JSON] as const;

/** catalogue.csv columns, in this order (the README lists them; new columns go at the end). */
export const CSV_COLUMNS = [
  "sku",
  "name_fr",
  "name_zh",
  "name_en",
  "brand",
  "category",
  "gtin",
  "hs_code",
  "origin_postcode",
  "shelf_life_months",
  "storage",
  "net_weight_g",
  "stock",
  "labels",
  "image_urls",
  "price_eur",
  "price_cny",
  "cbec_tax_rate_percent",
  "cbec_tax_cny",
  "consumer_price_cny",
  "cbec_tax_is_estimate",
  "over_cbec_limit",
  "completeness",
  /** The product's pictures in the export's `images/` folder, `|`-separated, main one first. */
  "image_files",
] as const;

/** Where the export writes the pictures. */
export const IMAGES_FOLDER = "images";

/**
 * A kept picture's name in the export: `images/<SKU>-<position>.<jpg|png>`. A SKU's `/` (a valid SKU
 * character) becomes `~` (never one: two SKUs never share a name), so that every picture sits in the one folder.
 */
export function exportPictureName(sku: string, picture: Pick<StoredPicture, "position" | "mediaType">): string {
  return `${IMAGES_FOLDER}/${sku.replaceAll("/", "~")}-${picture.position}.${pictureExtension(picture.mediaType)}`;
}

/** The first characters a spreadsheet reads as the start of a formula (OWASP "CSV injection"). */
const FORMULA_TRIGGERS = new Set(["=", "+", "-", "@", "\t", "\r"]);

/**
 * A cell a spreadsheet would execute gets a leading apostrophe, which Excel and LibreOffice show as
 * text ("=HYPERLINK(…)" → "'=HYPERLINK(…)"). Exported numbers are never negative, so no number is
 * touched; a text that really starts with "-" or "+" (a phone number) keeps its apostrophe.
 */
export function neutraliseCell(cell: string): string {
  return cell.length > 0 && FORMULA_TRIGGERS.has(cell.charAt(0)) ? `'${cell}` : cell;
}

/** catalogue.csv: UTF-8 with a BOM (spreadsheets then show Chinese and accents right), comma, CRLF after every record. */
const CSV_HEAD = `\ufeff${formatCsvRecord(CSV_COLUMNS.map(neutraliseCell), ",")}`;

function formatCsvLine(line: ExportLine): string {
  return formatCsvRecord(toCsvCells(line).map(neutraliseCell), ",");
}

function toCsvCells(line: ExportLine): string[] {
  const { product, estimate } = line;
  const cells: Record<(typeof CSV_COLUMNS)[number], string> = {
    sku: product.sku,
    name_fr: product.nameFr,
    name_zh: product.nameZh ?? "",
    name_en: product.nameEn ?? "",
    brand: product.brand,
    category: product.category,
    gtin: product.gtin ?? "",
    hs_code: product.hsCode,
    origin_postcode: product.originPostcode,
    shelf_life_months: product.shelfLifeMonths === undefined ? "" : String(product.shelfLifeMonths),
    storage: product.storage ?? "",
    net_weight_g: formatMilligramsAsGrams(product.netWeightMg),
    stock: product.stock === undefined ? "" : String(product.stock),
    labels: product.labels.join("|"),
    image_urls: product.imageUrls.join("|"),
    price_eur: formatCents(product.priceCents),
    price_cny: formatCents(estimate.priceCnyCents),
    // Basis points read like cents: 910 → "9.10" (per cent).
    cbec_tax_rate_percent: formatCents(estimate.taxBasisPoints),
    cbec_tax_cny: formatCents(estimate.taxCnyCents),
    consumer_price_cny: formatCents(estimate.consumerPriceCnyCents),
    cbec_tax_is_estimate: String(estimate.isEstimate),
    over_cbec_limit: String(line.isOverCbecLimit),
    completeness: String(line.readiness.completeness),
    image_files: product.pictures.map((picture) => exportPictureName(product.sku, picture)).join("|"),
  };
  return CSV_COLUMNS.map((column) => cells[column]);
}

/** Amounts as JSON numbers with at most 2 decimals, read from integer cents (as `costs --format json`). */
function amount(cents: number): number {
  return Number(formatCents(cents));
}

/** catalogue.json: the same products as the CSV, typed (no neutralisation: JSON is not opened by a spreadsheet). */
function toJsonProduct({ product, estimate, readiness, taxRate, taxClass, isOverCbecLimit }: ExportLine, label: ChineseLabel): unknown {
  return {
    sku: product.sku,
    nameFr: product.nameFr,
    nameZh: product.nameZh ?? null,
    nameEn: product.nameEn ?? null,
    brand: product.brand,
    category: product.category,
    gtin: product.gtin ?? null,
    hsCode: product.hsCode,
    originPostcode: product.originPostcode,
    shelfLifeMonths: product.shelfLifeMonths ?? null,
    storage: product.storage ?? null,
    netWeightG: Number(formatMilligramsAsGrams(product.netWeightMg)),
    stock: product.stock ?? null,
    labels: product.labels,
    imageUrls: product.imageUrls,
    ingredients: product.ingredients ?? null,
    ingredientsZh: product.ingredientsZh ?? null,
    ingredientsZhStatus: product.ingredientsZhStatus ?? null,
    manufacturer: product.manufacturer ?? null,
    manufacturerAddress: product.manufacturerAddress ?? null,
    netContent: product.netContent ?? null,
    netContentMl: product.netContentMl ?? null,
    // The Chinese e-label's text, field by field; `missing` names the fields written « 待补充 ».
    labelZh: { lines: label.lines.map(({ field, heading, text }) => ({ field, heading, text })), missing: label.missing },
    images: product.pictures.map((picture) => ({
      path: exportPictureName(product.sku, picture),
      sha256: picture.sha256,
      mediaType: picture.mediaType,
      width: picture.width,
      height: picture.height,
      bytes: picture.bytes,
    })),
    priceEur: amount(product.priceCents),
    priceCny: amount(estimate.priceCnyCents),
    cbecTax: {
      rate: taxRate,
      taxClass,
      basisPoints: estimate.taxBasisPoints,
      ratePercent: amount(estimate.taxBasisPoints),
      amountCny: amount(estimate.taxCnyCents),
      isEstimate: estimate.isEstimate,
    },
    consumerPriceCny: amount(estimate.consumerPriceCnyCents),
    isOverCbecLimit,
    completeness: readiness.completeness,
    recommended: readiness.gaps.map((gap) => gap.requirement),
    toConfirm: readiness.cautions.map((caution) => caution.reason),
  };
}

export interface FileDigest {
  readonly name: string;
  readonly bytes: number;
  readonly sha256: string;
}

/** The stored catalogue as the export reads it: each iteration reads every product again, by SKU. */
export interface ExportSource {
  readonly products: Iterable<StoredProduct>;
  readonly readiness: ReadinessContext;
}

/** What the manifest counts of the exported lines; taken in the readiness pass, before the files are written. */
export interface ExportTally {
  readonly exported: number;
  readonly overCbecLimit: number;
  readonly taxEstimates: number;
  /** The exported products whose e-label has fields « 待补充 » (the report and the manifest name them). */
  readonly labelsToComplete: LabelsToComplete;
  /** The exported products' pictures, by their name in the export (the set's files are named before it is written). */
  readonly pictures: readonly string[];
}

/** Counts the lines the export will hold, product by product, as the readiness pass sees them. */
export function createExportTally(
  settings: CatalogueSettings,
  postcodes: ReadinessContext["postcodes"],
): { readonly add: (product: StoredProduct, readiness: ProductReadiness) => void; readonly tally: () => ExportTally } {
  let exported = 0;
  let overCbecLimit = 0;
  let taxEstimates = 0;
  const toComplete = createSampler<{ readonly sku: string; readonly missing: readonly LabelField[] }>();
  const pictures: string[] = [];
  return {
    add(product, readiness) {
      const line = planExportLine(product, readiness, settings);
      if (line === undefined) return;
      exported++;
      if (line.isOverCbecLimit) overCbecLimit++;
      if (line.estimate.isEstimate) taxEstimates++;
      const { missing } = composeChineseLabel(product, postcodes);
      if (missing.length > 0) toComplete.add({ sku: product.sku, missing });
      for (const picture of product.pictures) pictures.push(exportPictureName(product.sku, picture));
    },
    tally: () => ({ exported, overCbecLimit, taxEstimates, labelsToComplete: toComplete.sample(), pictures }),
  };
}

export interface ExportContext {
  readonly merchant: { readonly id: number; readonly legalName: string; readonly siren: string; readonly siret: string | undefined };
  readonly channel: string;
  readonly toolVersion: string;
  readonly databaseSchemaVersion: number;
  /** Last change of the merchant's products (ISO time), undefined without products. */
  readonly catalogueUpdatedAt: string | undefined;
  readonly settings: CatalogueSettings;
  /** The readiness and the tally of the same products, read in the same snapshot. */
  readonly readiness: CatalogueReadiness;
  readonly tally: ExportTally;
  readonly allowPartial: boolean;
  readonly minCompleteness: number | undefined;
  readonly requireReviewedNames: boolean;
  /** The language of the words around the Chinese labels (labels-zh.html). */
  readonly t: Translator;
  /** Where the import kept the pictures (`pictures/` beside the database). */
  readonly pictureStore: string;
}

/** The exported products whose Chinese e-label has fields « 待补充 », with those fields. */
export type LabelsToComplete = Sample<{ readonly sku: string; readonly missing: readonly LabelField[] }>;

/**
 * The files, written in one pass over the catalogue into their staged files (`writeFilesAtomically`):
 * each ready product becomes a CSV record and a JSON item, each other one an entry of the manifest's
 * `notExported`; the manifest ends with the sizes and checksums taken while the others were written.
 * `digests()` gives the four files' once they are written (the pictures' are in the manifest).
 */
export function planExportFiles(
  source: ExportSource,
  context: ExportContext,
): StreamedFiles & { readonly digests: () => readonly FileDigest[] } {
  const digests: FileDigest[] = [];
  const pictureNames = context.tally.pictures;
  return {
    // The pictures before the manifest, which is moved into place last.
    names: [CATALOGUE_CSV, CATALOGUE_JSON, LABELS_ZH_HTML, ...pictureNames, MANIFEST_JSON],
    wholeNames: new Set(pictureNames),
    // An export replaced with fewer photos leaves none of the earlier ones behind.
    ownedFolders: [IMAGES_FOLDER],
    write(into, put) {
      const csv = digesting(CATALOGUE_CSV, into);
      const json = digesting(CATALOGUE_JSON, into);
      const labels = digesting(LABELS_ZH_HTML, into);
      const manifest = digesting(MANIFEST_JSON, into);
      const page = { legalName: context.merchant.legalName, toolVersion: context.toolVersion };
      labels.write(renderLabelsStart(page, context.t));
      csv.write(CSV_HEAD);
      const catalogue = createJsonObjectWriter(json.write);
      const rate = context.settings.eurCny;
      writeProperties(catalogue, { formatVersion: EXPORT_FORMAT_VERSION, channel: context.channel, eurToCny: { value: rateOf(rate.value), date: rate.date } });
      const products = catalogue.list("products");
      const manifestJson = createJsonObjectWriter(manifest.write);
      writeProperties(manifestJson, describeExport(context));
      const notExported = manifestJson.list("notExported");
      let exported = 0;
      const pictures: FileDigest[] = [];
      for (const product of source.products) {
        const readiness = assessProductReadiness(product, source.readiness);
        const line = planExportLine(product, readiness, source.readiness.settings);
        if (line === undefined) {
          notExported.add({ sku: readiness.sku, completeness: readiness.completeness, missing: readiness.gaps.filter((gap) => gap.isBlocking).map((gap) => gap.requirement) });
          continue;
        }
        exported++;
        const label = composeChineseLabel(product, source.readiness.postcodes);
        csv.write(formatCsvLine(line));
        products.add(toJsonProduct(line, label));
        labels.write(renderLabel(product, label, context.t));
        // A kept picture gone or changed since its import fails the whole export: nothing is moved into place.
        for (const picture of product.pictures) {
          const name = exportPictureName(product.sku, picture);
          put(name, loadStoredPicture(context.pictureStore, product.sku, picture));
          pictures.push({ name, bytes: picture.bytes, sha256: picture.sha256 });
        }
      }
      // The manifest's counts were taken in the readiness pass: the same snapshot gives the same lines.
      if (exported !== context.tally.exported) throw new Error(`the export wrote ${exported} products, the readiness pass counted ${context.tally.exported}`);
      products.end();
      catalogue.end();
      notExported.end();
      labels.write(renderLabelsEnd(page, exported, context.t));
      const [csvDigest, jsonDigest, labelsDigest] = [csv.digest(), json.digest(), labels.digest()];
      const files = [csvDigest, jsonDigest, labelsDigest, ...pictures];
      const incomplete = context.tally.labelsToComplete;
      writeProperties(manifestJson, {
        ...describeAssumptions(context.settings),
        columns: CSV_COLUMNS,
        // The e-labels with fields written « 待补充 »: nothing pretends to be complete.
        labelsZhToComplete: { count: incomplete.count, products: incomplete.first },
        files,
      });
      manifestJson.end();
      // The report names the four files; the pictures are counted (each is in the manifest, with its SHA-256).
      digests.push(csvDigest, jsonDigest, labelsDigest, manifest.digest());
    },
    digests: () => digests,
  };
}

/** Pieces are gathered into blocks of this size, each encoded, hashed and written once (design choice). */
const BLOCK_CHARACTERS = 64 * 1024;

/** A file's text on its way into its staged file, in blocks, with its size and checksum taken as it goes. */
function digesting(name: string, into: (name: string, chunk: Buffer) => void): { write: (text: string) => void; digest: () => FileDigest } {
  const hash = createHash("sha256");
  let bytes = 0;
  let pending: string[] = [];
  let pendingLength = 0;
  const flush = (): void => {
    const block = Buffer.from(pending.join(""), "utf8");
    pending = [];
    pendingLength = 0;
    hash.update(block);
    bytes += block.length;
    into(name, block);
  };
  return {
    write(text) {
      pending.push(text);
      pendingLength += text.length;
      if (pendingLength >= BLOCK_CHARACTERS) flush();
    },
    digest() {
      if (pendingLength > 0) flush();
      return { name, bytes, sha256: hash.digest("hex") };
    },
  };
}

/** The manifest is read by scripts and by the platform's people: its sources are named in English, with their SOURCES.md id. */
const citeInEnglish = (ref: SourceRef): string => citeSource(ref, sourcesEn);

/** manifest.json, before `notExported`: what was exported, from what, under which gate. */
function describeExport(context: ExportContext): Record<string, unknown> {
  const { readiness, tally } = context;
  return {
    formatVersion: EXPORT_FORMAT_VERSION,
    tool: { name: "eprovence", version: context.toolVersion },
    databaseSchemaVersion: context.databaseSchemaVersion,
    channel: context.channel,
    merchant: { id: context.merchant.id, legalName: context.merchant.legalName, siren: context.merchant.siren, siret: context.merchant.siret ?? null },
    catalogueUpdatedAt: context.catalogueUpdatedAt ?? null,
    counts: {
      products: readiness.total,
      ready: readiness.readyCount,
      exported: tally.exported,
      notExported: readiness.total - tally.exported,
      overCbecLimit: tally.overCbecLimit,
      taxEstimates: tally.taxEstimates,
    },
    completeness: readiness.completeness,
    // What the owner must still confirm (a draft Chinese name to review, an origin's proof), by reason.
    toConfirm: readiness.toConfirm.map((confirm) => ({ reason: confirm.reason, count: confirm.skus.count, skus: confirm.skus.first })),
    gate: { allowPartial: context.allowPartial, minCompleteness: context.minCompleteness ?? null, requireReviewedNames: context.requireReviewedNames },
  };
}

/** manifest.json, after `notExported`: the rate, taxes and settings applied, with their sources. */
function describeAssumptions(settings: CatalogueSettings): Record<string, unknown> {
  const rate = settings.eurCny;
  return {
    exchangeRate: { from: "EUR", to: "CNY", value: rateOf(rate.value), source: citeInEnglish(rate.source), sourceId: sourceIdOf(rate.source), date: rate.date },
    taxAssumptions: describeCbecTaxRates().map((tax) => ({
      name: tax.name,
      ratePercent: amount(tax.value),
      basisPoints: tax.value,
      isEstimate: tax.isEstimate,
      source: citeInEnglish(tax.source),
      sourceId: sourceIdOf(tax.source),
      date: tax.date,
    })),
    assumptions: describeCatalogueSettings(settings).map((assumption) => citeAssumption(assumption, citeInEnglish)),
  };
}
