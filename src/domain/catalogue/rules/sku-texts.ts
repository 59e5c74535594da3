import { findControlCharacter } from "../../control-characters.js";
import { REQUIRED_FIELDS } from "../fields.js";
import { SkuRegistry } from "../sku-registry.js";
import { blankRule, cellRule, fileRule, type FieldReader } from "./rule.js";

/** The SKU and the free texts: present when required, not too long; a SKU of safe characters, once per file. */

/**
 * Longest accepted text, in characters. The food information's limits are a design choice (a long
 * ingredient list fits in 2,000; an address in 500; a printed net content in 50).
 */
export const TEXT_LIMITS = {
  sku: 64,
  name_fr: 200,
  name_en: 200,
  brand: 200,
  ingredients: 2000,
  ingredients_zh: 2000,
  manufacturer: 200,
  manufacturer_address: 500,
  net_content: 50,
} as const;

/** Texts are kept as written (trimmed), even when a rule refuses them: the import names a rejected row by its SKU. */
export const TEXT_READERS: { readonly [F in "sku" | "name_fr" | "name_en" | "brand"]: FieldReader<F> } = {
  sku: {
    isList: false,
    read: (text) => text,
    keep: (values, text) => (values.sku = text),
    clear: (values) => (values.sku = ""),
  },
  name_fr: {
    isList: false,
    read: (text) => text,
    keep: (values, text) => (values.nameFr = text),
    clear: (values) => (values.nameFr = ""),
  },
  name_en: {
    isList: false,
    read: (text) => text,
    keep: (values, text) => (values.nameEn = text),
    clear: (values) => (values.nameEn = ""),
  },
  brand: {
    isList: false,
    read: (text) => text,
    keep: (values, text) => (values.brand = text),
    clear: (values) => (values.brand = ""),
  },
};

/** 1–64 characters, each a letter, a digit or one of `._/-`. */
export function isValidSku(sku: string): boolean {
  if (sku.length === 0 || sku.length > TEXT_LIMITS.sku) return false;
  for (let i = 0; i < sku.length; i++) {
    const c = sku.charCodeAt(i);
    const ok =
      (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 95 || c === 47 || c === 45;
    if (!ok) return false;
  }
  return true;
}

/** A required field's cell is blank (a file without the column gets `missing-column` once instead). */
export const missingValue = blankRule({
  code: "missing-value",
  severity: "error",
  fields: REQUIRED_FIELDS,
  isSaidWithoutColumn: false,
});

/**
 * A name, a brand or a SKU holding a control character (ESC, a NUL, a C1 control…; not the TAB, LF or
 * CR of a cell typed on several lines): invisible in a spreadsheet, and a terminal showing the text
 * would obey it (colours, cursor moves, hidden text).
 */
export const controlCharacter = cellRule({
  code: "control-character",
  severity: "error",
  fields: ["sku", "name_fr", "name_en", "brand", "name_zh", "ingredients", "ingredients_zh", "manufacturer", "manufacturer_address", "net_content"],
  check: (text) => findControlCharacter(text),
});

export const textTooLong = cellRule({
  code: "text-too-long",
  severity: "error",
  fields: ["sku", "name_fr", "name_en", "brand", "ingredients", "ingredients_zh", "manufacturer", "manufacturer_address", "net_content"],
  check: (text, _text, field) => (text.length > TEXT_LIMITS[field] ? { max: TEXT_LIMITS[field], length: text.length } : undefined),
});

export const invalidSku = cellRule({
  code: "invalid-sku",
  severity: "error",
  fields: ["sku"],
  check: (sku) => !isValidSku(sku) || undefined,
});

/** The SKU of an earlier row of the same file; the finding names that row's line. */
export const duplicateSku = fileRule({
  code: "duplicate-sku",
  severity: "error",
  field: "sku",
  reads: ["sku"],
  start(file) {
    if (file.layout.columnOf.sku === undefined) return undefined;
    const seen = new SkuRegistry(file.expectedRows);
    return {
      row(product, line) {
        const firstLine = seen.remember(product.sku, line);
        return firstLine === 0 ? undefined : { firstLine };
      },
    };
  },
});
