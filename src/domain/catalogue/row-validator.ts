import { FINDING_CODES, type FindingCode, type MessageParams } from "../errors.js";
import type { Finding, FindingListener } from "./finding.js";
import type { PostcodeDirectory } from "../geo/postcodes.js";
import type { CatalogueSettings } from "../settings.js";
import { findCategory, type Category } from "./categories.js";
import { estimateCbecPrice } from "./cbec.js";
import { displayWidth } from "./display-width.js";
import { FIELDS, type FieldName, isFieldName, matchHeader, REJECT_REASON_HEADERS } from "./fields.js";
import { hasValidGtinCheckDigit, looksLikeScientificNotation } from "./gtin.js";
import { isKnownOnPositiveList, isPlausibleHeading, normaliseHsCode } from "./hs-codes.js";
import { findLabel } from "./labels.js";
import { judgeOrigin } from "./origin.js";
import { parseScaledDecimal, TOO_MANY_DECIMALS } from "./numbers.js";
import { SkuRegistry } from "./sku-registry.js";

/**
 * The catalogue rules, compiled once per header into one function per row: which check runs on which
 * cell is decided up front, so the per-row cost is a handful of string checks (PERFORMANCE.md: a zod
 * object parse per row doubles the cost of parsing).
 */

export type Storage = "ambient" | "chilled" | "frozen";

/** One row's normalised values, reused from row to row (no per-row object churn on the hot path). */
export interface ProductValues {
  sku: string;
  nameFr: string;
  nameZh: string;
  nameEn: string;
  brand: string;
  category: Category | undefined;
  gtin: string;
  hsCode: string;
  originPostcode: string;
  shelfLifeMonths: number | undefined;
  storage: Storage | undefined;
  netWeightMg: number | undefined;
  priceCents: number | undefined;
  stock: number | undefined;
  labels: string[];
  imageUrls: string[];
}

export interface ColumnLayout {
  /** Column index of each recognised field. */
  readonly columnOf: Readonly<Partial<Record<FieldName, number>>>;
  readonly headers: readonly string[];
}

export interface CompileOptions {
  readonly settings: CatalogueSettings;
  readonly postcodes: PostcodeDirectory;
  /** Rows the file probably holds, to size the duplicate-SKU table once. */
  readonly expectedRows?: number | undefined;
}

export interface RowValidator {
  /** Checks one record; returns `true` when it has no error (warnings allowed). */
  validate(cells: readonly string[], line: number): boolean;
  /** The values of the last record validated. */
  readonly values: ProductValues;
  /** File-level findings that need the whole file (positive-list headings seen). */
  finish(): void;
}

/**
 * Maps the header to fields: `mapping` (from `--map` or a saved mapping: header as written → field)
 * wins over the built-in names. Reports missing, duplicate and unknown columns on line 1.
 */
export function layOutColumns(
  headers: readonly string[],
  mapping: Readonly<Record<string, string>>,
  onFinding: FindingListener,
): ColumnLayout {
  const columnOf: Partial<Record<FieldName, number>> = {};
  const mappedByHeader = new Map(Object.entries(mapping).map(([header, field]) => [header.trim().toLowerCase(), field]));
  headers.forEach((header, index) => {
    const mapped = mappedByHeader.get(header.trim().toLowerCase());
    const field = mapped !== undefined && isFieldName(mapped) ? mapped : matchHeader(header);
    if (field === undefined) {
      if (header.trim() !== "" && !REJECT_REASON_HEADERS.includes(header.trim())) onFinding(headerFinding("unknown-column", undefined, header, header));
      return;
    }
    const first = columnOf[field];
    if (first !== undefined) {
      onFinding(headerFinding("duplicate-column", field, header, header, { first: headers[first] ?? "" }));
      return;
    }
    columnOf[field] = index;
  });
  for (const definition of FIELDS) {
    if (columnOf[definition.name] !== undefined) continue;
    const code: FindingCode | undefined =
      definition.requirement === "required"
        ? "missing-column"
        : definition.name === "gtin"
          ? "missing-gtin"
          : definition.name === "name_zh"
            ? "missing-name-zh"
            : definition.name === "image_urls"
              ? "missing-image"
              : undefined;
    if (code) onFinding(headerFinding(code, definition.name));
  }
  return { columnOf, headers };
}

function headerFinding(code: FindingCode, field: FieldName | undefined, column?: string, value?: string, params?: MessageParams): Finding {
  return { severity: FINDING_CODES[code], code, line: 1, field, column, value, params };
}

const SKU_MAX = 64;
const TEXT_MAX = 200;

const STORAGE_WORDS: ReadonlyMap<string, Storage> = new Map([
  ["ambient", "ambient"],
  ["ambiant", "ambient"],
  ["ambiante", "ambient"],
  ["temperature ambiante", "ambient"],
  ["sec", "ambient"],
  ["dry", "ambient"],
  ["chilled", "chilled"],
  ["frais", "chilled"],
  ["refrigere", "chilled"],
  ["refrigerated", "chilled"],
  ["frozen", "frozen"],
  ["surgele", "frozen"],
  ["congele", "frozen"],
]);

export function parseStorage(text: string): Storage | undefined {
  return (
    STORAGE_WORDS.get(text) ??
    STORAGE_WORDS.get(
      text
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .toLowerCase()
        .trim(),
    )
  );
}

export function isValidSku(sku: string): boolean {
  if (sku.length === 0 || sku.length > SKU_MAX) return false;
  for (let i = 0; i < sku.length; i++) {
    const c = sku.charCodeAt(i);
    const ok =
      (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 95 || c === 47 || c === 45;
    if (!ok) return false;
  }
  return true;
}

/** Cheap shape check (PERFORMANCE.md: a full URL parser per cell costs 12 %): https, a host, no spaces. */
export function isHttpsUrl(url: string): boolean {
  if (!url.startsWith("https://") || url.length < 12) return false;
  const hostEnd = url.indexOf("/", 8);
  const host = hostEnd === -1 ? url.slice(8) : url.slice(8, hostEnd);
  if (host.length === 0 || !host.includes(".")) return false;
  for (let i = 8; i < url.length; i++) {
    const c = url.charCodeAt(i);
    if (c <= 32 || c === 34 || c === 60 || c === 62 || c === 92) return false;
  }
  return true;
}

export function compileRowValidator(layout: ColumnLayout, options: CompileOptions, onFinding: FindingListener): RowValidator {
  const { settings, postcodes } = options;
  const col = layout.columnOf;
  const skuRegistry = new SkuRegistry(options.expectedRows);
  /** Headings absent from our positive-list data: first line seen and how many rows. */
  const uncheckedHeadings = new Map<string, { line: number; rows: number }>();
  const minShelfLife = settings.minShelfLifeMonths.value;
  const titleMax = settings.titleMaxDisplayUnits.value;
  const cbecLimit = settings.cbecOrderLimitCnyCents.value;
  const width = layout.headers.length;
  // Without a required column no row is complete: each is invalid (the column was reported once, on line 1).
  const lacksRequiredColumn = FIELDS.some((field) => field.requirement === "required" && col[field.name] === undefined);

  const values: ProductValues = {
    sku: "",
    nameFr: "",
    nameZh: "",
    nameEn: "",
    brand: "",
    category: undefined,
    gtin: "",
    hsCode: "",
    originPostcode: "",
    shelfLifeMonths: undefined,
    storage: undefined,
    netWeightMg: undefined,
    priceCents: undefined,
    stock: undefined,
    labels: [],
    imageUrls: [],
  };

  let line = 0;
  let errors = 0;
  let cells: readonly string[] = [];

  function report(code: FindingCode, field: FieldName | undefined, value?: string, params?: MessageParams): void {
    // Severity lives in the one table; counting errors here decides the row's verdict.
    const severity = FINDING_CODES[code];
    if (severity === "error") errors++;
    onFinding({ severity, code, line, field, column: columnOf(field), value, params });
  }

  function columnOf(field: FieldName | undefined): string | undefined {
    const index = field === undefined ? undefined : col[field];
    return index === undefined ? undefined : layout.headers[index];
  }

  function cell(field: FieldName): string {
    const index = col[field];
    if (index === undefined) return "";
    const raw = cells[index];
    return raw === undefined ? "" : raw.trim();
  }

  function requireText(field: FieldName, max: number): string {
    const text = cell(field);
    if (col[field] === undefined) return text;
    if (text.length === 0) report("missing-value", field);
    else if (text.length > max) report("text-too-long", field, text, { max, length: text.length });
    return text;
  }

  /**
   * A number at `scale` decimals, as an integer (whole numbers: scale 0); `minimum` is 1 for "greater
   * than 0" and 0 for "0 or more". Reports and returns `undefined` when unusable.
   */
  function readNumber(field: FieldName, text: string, scale: number, minimum: 0 | 1): number | undefined {
    const value = parseScaledDecimal(text, scale);
    if (Number.isNaN(value)) {
      report("invalid-number", field, text);
      return undefined;
    }
    if (value === TOO_MANY_DECIMALS) {
      report(scale === 0 ? "not-a-whole-number" : "too-many-decimals", field, text, { decimals: scale });
      return undefined;
    }
    if (value < minimum) {
      report("out-of-range", field, text, { rule: minimum === 1 ? "positive" : "non-negative" });
      return undefined;
    }
    return value;
  }

  function checkOrigin(): void {
    values.originPostcode = "";
    const text = cell("origin_postcode");
    if (col.origin_postcode === undefined) return;
    if (text.length === 0) {
      report("missing-value", "origin_postcode");
      return;
    }
    let postcode = text;
    if (/^\d{4}$/.test(text)) {
      // Excel drops the leading zero of 04…, 05…, 06… postcodes when the column is not text.
      postcode = `0${text}`;
      report("postcode-leading-zero-lost", "origin_postcode", text, { postcode });
    } else if (!/^\d{5}$/.test(text)) {
      report("invalid-postcode", "origin_postcode", text);
      return;
    }
    values.originPostcode = postcode;
    const place = postcodes.locate(postcode);
    const verdict = judgeOrigin(place, values.category?.id, values.labels);
    if (verdict === "unknown") {
      report("unknown-postcode", "origin_postcode", text);
    } else if (place.kind !== "unknown" && verdict === "straddles") {
      report("postcode-straddles-region", "origin_postcode", text, {
        outside: place.communes.filter((c) => c.region !== "93").map((c) => `${c.name} (${c.department})`).join(", "),
      });
    } else if (place.kind !== "unknown" && (verdict === "gi-area" || verdict === "outside")) {
      const departments = [...new Set(place.communes.map((c) => c.department))].join(", ");
      report(verdict === "gi-area" ? "origin-gi-area" : "origin-outside-provence", "origin_postcode", text, { departments });
    }
  }

  function checkShelfLife(): void {
    const text = cell("shelf_life_months");
    values.shelfLifeMonths = undefined;
    if (text.length === 0) {
      if (values.category?.requiresShelfLife) report("missing-shelf-life", "shelf_life_months", undefined, { category: values.category.id });
      return;
    }
    const months = readNumber("shelf_life_months", text, 0, 0);
    if (months === undefined) return;
    values.shelfLifeMonths = months;
    if (months < minShelfLife) report("perishable", "shelf_life_months", text, { minimum: minShelfLife, reason: "shelf-life" });
  }

  function checkStorage(): void {
    const text = cell("storage");
    values.storage = undefined;
    if (text.length === 0) return;
    const storage = parseStorage(text);
    if (storage === undefined) {
      report("unknown-storage", "storage", text);
      return;
    }
    values.storage = storage;
    if (storage !== "ambient") report("perishable", "storage", text, { reason: storage });
  }

  function checkGtin(): void {
    values.gtin = "";
    if (col.gtin === undefined) return;
    const text = cell("gtin");
    if (text.length === 0) {
      report("missing-gtin", "gtin");
      return;
    }
    const digits = text.includes(" ") ? text.replace(/ /g, "") : text;
    if (hasValidGtinCheckDigit(digits)) {
      values.gtin = digits;
      return;
    }
    report(looksLikeScientificNotation(text) ? "gtin-scientific-notation" : "invalid-gtin", "gtin", text);
  }

  function checkHsCode(): void {
    values.hsCode = "";
    if (col.hs_code === undefined) return;
    const text = cell("hs_code");
    if (text.length === 0) {
      report("missing-value", "hs_code");
      return;
    }
    const digits = normaliseHsCode(text);
    if (digits === undefined) {
      report("invalid-hs-code", "hs_code", text);
      return;
    }
    values.hsCode = digits;
    const category = values.category;
    if (category && !isPlausibleHeading(digits, category.plausibleHsHeadings)) {
      report("hs-code-category-mismatch", "hs_code", text, {
        category: category.id,
        expected: category.plausibleHsHeadings.join(", "),
      });
    }
    if (!isKnownOnPositiveList(digits)) {
      const heading = digits.slice(0, 4);
      const seen = uncheckedHeadings.get(heading);
      if (seen) seen.rows++;
      else uncheckedHeadings.set(heading, { line, rows: 1 });
    }
  }

  /** A required number greater than 0; its absent column was reported once on line 1. */
  function readRequiredNumber(field: FieldName, scale: number): number | undefined {
    if (col[field] === undefined) return undefined;
    const text = cell(field);
    if (text.length === 0) {
      report("missing-value", field);
      return undefined;
    }
    return readNumber(field, text, scale, 1);
  }

  function checkCbecLimit(): void {
    const { priceCents, netWeightMg, category } = values;
    if (priceCents === undefined || category === undefined) return;
    const estimate = estimateCbecPrice(priceCents, netWeightMg ?? 0, category.taxClass, settings);
    if (estimate.consumerPriceCnyCents > cbecLimit) {
      report("over-cbec-limit", "price_eur", cell("price_eur"), {
        // Rounded up: RMB 5,000.09 rounded to nearest would read "RMB 5000, above the RMB 5000 limit".
        consumerCny: Math.ceil(estimate.consumerPriceCnyCents / 100),
        limitCny: cbecLimit / 100,
      });
    }
  }

  function checkLabels(): void {
    values.labels = [];
    const text = cell("labels");
    if (text.length === 0) return;
    for (const part of text.split("|")) {
      const name = part.trim();
      if (name.length === 0) continue;
      const label = findLabel(name);
      if (label === undefined) report("unknown-label", "labels", name);
      else values.labels.push(label);
    }
  }

  function checkImages(): void {
    values.imageUrls = [];
    if (col.image_urls === undefined) return;
    const text = cell("image_urls");
    if (text.length === 0) {
      report("missing-image", "image_urls");
      return;
    }
    for (const part of text.split("|")) {
      const url = part.trim();
      if (url.length === 0) continue;
      if (isHttpsUrl(url)) values.imageUrls.push(url);
      else report("invalid-image-url", "image_urls", url);
    }
  }

  function checkStock(): void {
    values.stock = undefined;
    const text = cell("stock");
    if (text.length === 0) return;
    values.stock = readNumber("stock", text, 0, 0);
  }

  return {
    values,
    validate(rowCells, rowLine) {
      cells = rowCells;
      line = rowLine;
      errors = 0;
      if (rowCells.length !== width && !hasOnlyEmptyExtraCells(rowCells, width)) {
        report("wrong-column-count", undefined, undefined, { expected: width, actual: rowCells.length });
        return false;
      }

      const sku = requireText("sku", SKU_MAX);
      values.sku = sku;
      if (sku.length > 0 && sku.length <= SKU_MAX) {
        if (!isValidSku(sku)) report("invalid-sku", "sku", sku);
        else {
          const firstLine = skuRegistry.remember(sku, line);
          if (firstLine !== 0) report("duplicate-sku", "sku", sku, { firstLine });
        }
      }
      values.nameFr = requireText("name_fr", TEXT_MAX);
      values.brand = requireText("brand", TEXT_MAX);

      values.nameZh = cell("name_zh");
      if (col.name_zh !== undefined) {
        if (values.nameZh.length === 0) report("missing-name-zh", "name_zh");
        else {
          const units = displayWidth(values.nameZh);
          if (units > titleMax) report("title-too-long", "name_zh", values.nameZh, { max: titleMax, width: units });
        }
      }
      values.nameEn = cell("name_en");
      if (values.nameEn.length > TEXT_MAX) report("text-too-long", "name_en", values.nameEn, { max: TEXT_MAX, length: values.nameEn.length });

      values.category = undefined;
      if (col.category !== undefined) {
        const text = cell("category");
        if (text.length === 0) report("missing-value", "category");
        else {
          values.category = findCategory(text);
          if (values.category === undefined) report("unknown-category", "category", text);
        }
      }

      checkGtin();
      checkHsCode();
      checkLabels();
      checkOrigin();
      checkShelfLife();
      checkStorage();
      values.netWeightMg = readRequiredNumber("net_weight_g", 3);
      values.priceCents = readRequiredNumber("price_eur", 2);
      checkCbecLimit();
      checkStock();
      checkImages();
      return errors === 0 && !lacksRequiredColumn;
    },
    finish() {
      for (const [heading, seen] of uncheckedHeadings) {
        onFinding({
          severity: FINDING_CODES["hs-positive-list-not-checked"],
          code: "hs-positive-list-not-checked",
          line: seen.line,
          field: "hs_code",
          column: columnOf("hs_code"),
          value: heading,
          params: { rows: seen.rows },
        });
      }
    },
  };
}

function hasOnlyEmptyExtraCells(cells: readonly string[], width: number): boolean {
  if (cells.length < width) return false;
  for (let i = width; i < cells.length; i++) if ((cells[i] ?? "").trim() !== "") return false;
  return true;
}

