import { createHash } from "node:crypto";
import { describeCbecTaxRates, type ExportLine } from "../domain/catalogue/channel-export.js";
import type { CatalogueReadiness, ProductReadiness } from "../domain/catalogue/readiness.js";
import { citeSource } from "../domain/messages/sources-catalogue.js";
import { sourcesEn } from "../domain/messages/sources-en.js";
import { formatCents, rateOf } from "../domain/money.js";
import { describeCatalogueSettings, type CatalogueSettings } from "../domain/settings.js";
import { sourceIdOf, type SourceRef } from "../domain/sources.js";
import { formatCsvRecord } from "./csv-format.js";
import { citeAssumption } from "./reports/assumptions.js";

/**
 * The files of `eprovence export`: catalogue.csv, catalogue.json and manifest.json, as bytes. The
 * catalogue files hold no date, no path and no machine detail: the same database gives the same bytes.
 * The manifest holds no clock time either (design choice): it dates the catalogue by the last change
 * of its products, so an unchanged catalogue re-exported is byte-identical, manifest included.
 */

/** Bumped when the columns, the JSON shape or the manifest keys change in a way scripts would notice. */
export const EXPORT_FORMAT_VERSION = 1;

export const CATALOGUE_CSV = "catalogue.csv";
export const CATALOGUE_JSON = "catalogue.json";
export const MANIFEST_JSON = "manifest.json";

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
] as const;

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


/** UTF-8 with a BOM (spreadsheets then show Chinese and accents right), comma, CRLF after every record. */
export function renderCatalogueCsv(lines: readonly ExportLine[]): Buffer {
  const records = [[...CSV_COLUMNS], ...lines.map(toCsvCells)];
  const text = records.map((cells) => formatCsvRecord(cells.map(neutraliseCell), ",")).join("");
  return Buffer.from(`\ufeff${text}`, "utf8");
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
  };
  return CSV_COLUMNS.map((column) => cells[column]);
}

/** 100000 mg → "100", 12500 → "12.5" (no binary float: the digits are cut from the integer). */
export function formatMilligramsAsGrams(milligrams: number): string {
  const grams = Math.floor(milligrams / 1000);
  const rest = String(milligrams % 1000).padStart(3, "0").replace(/0+$/, "");
  return rest === "" ? String(grams) : `${grams}.${rest}`;
}

/** Amounts as JSON numbers with at most 2 decimals, read from integer cents (as `costs --format json`). */
function amount(cents: number): number {
  return Number(formatCents(cents));
}

export interface CatalogueJsonContext {
  readonly channel: string;
  readonly settings: CatalogueSettings;
}

/** The same products as the CSV, typed (no neutralisation: JSON is not opened by a spreadsheet). */
export function renderCatalogueJson(lines: readonly ExportLine[], context: CatalogueJsonContext): Buffer {
  const rate = context.settings.eurCny;
  const json = {
    formatVersion: EXPORT_FORMAT_VERSION,
    channel: context.channel,
    eurToCny: { value: rateOf(rate.value), date: rate.date },
    products: lines.map(({ product, estimate, readiness, taxRate, taxClass, isOverCbecLimit }) => ({
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
    })),
  };
  return Buffer.from(`${JSON.stringify(json, null, 2)}\n`, "utf8");
}

export interface ExportedFile {
  readonly name: string;
  readonly content: Buffer;
}

export interface FileDigest {
  readonly name: string;
  readonly bytes: number;
  readonly sha256: string;
}

export function digestFile(file: ExportedFile): FileDigest {
  return { name: file.name, bytes: file.content.length, sha256: createHash("sha256").update(file.content).digest("hex") };
}

export interface ManifestContext {
  readonly merchant: { readonly id: number; readonly legalName: string; readonly siren: string; readonly siret: string | undefined };
  readonly channel: string;
  readonly toolVersion: string;
  readonly databaseSchemaVersion: number;
  /** Last change of the merchant's products (ISO time), undefined without products. */
  readonly catalogueUpdatedAt: string | undefined;
  readonly settings: CatalogueSettings;
  readonly readiness: CatalogueReadiness;
  readonly lines: readonly ExportLine[];
  readonly allowPartial: boolean;
  readonly minCompleteness: number | undefined;
}

/** The manifest is read by scripts and by the platform's people: its sources are named in English, with their SOURCES.md id. */
const citeInEnglish = (ref: SourceRef): string => citeSource(ref, sourcesEn);

/** manifest.json: what was exported, from what, with which assumptions, and the checksum of each file. */
export function renderManifest(files: readonly ExportedFile[], context: ManifestContext): Buffer {
  const { readiness, lines, settings } = context;
  const exported = new Set(lines.map((line) => line.product.sku));
  const notExported: ProductReadiness[] = readiness.products.filter((product) => !exported.has(product.sku));
  const rate = settings.eurCny;
  const manifest = {
    formatVersion: EXPORT_FORMAT_VERSION,
    tool: { name: "eprovence", version: context.toolVersion },
    databaseSchemaVersion: context.databaseSchemaVersion,
    channel: context.channel,
    merchant: { id: context.merchant.id, legalName: context.merchant.legalName, siren: context.merchant.siren, siret: context.merchant.siret ?? null },
    catalogueUpdatedAt: context.catalogueUpdatedAt ?? null,
    counts: {
      products: readiness.total,
      ready: readiness.readyCount,
      exported: lines.length,
      notExported: notExported.length,
      overCbecLimit: lines.filter((line) => line.isOverCbecLimit).length,
      taxEstimates: lines.filter((line) => line.estimate.isEstimate).length,
    },
    completeness: readiness.completeness,
    gate: { allowPartial: context.allowPartial, minCompleteness: context.minCompleteness ?? null },
    notExported: notExported.map((product) => ({
      sku: product.sku,
      completeness: product.completeness,
      missing: product.gaps.filter((gap) => gap.isBlocking).map((gap) => gap.requirement),
    })),
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
    columns: CSV_COLUMNS,
    files: files.map(digestFile),
  };
  return Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, "utf8");
}
