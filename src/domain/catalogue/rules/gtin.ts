import { hasValidGtinCheckDigit, looksLikeScientificNotation } from "../gtin.js";
import { blankRule, cellRule, type FieldReader } from "./rule.js";

/** The GTIN (EAN) barcode: recommended; 8, 12, 13 or 14 digits with a valid GS1 check digit. */

export const GTIN_READER: FieldReader<"gtin"> = {
  isList: false,
  read(text) {
    // Printed barcodes group their digits: "4 006381 333931".
    const digits = text.includes(" ") ? text.replace(/ /g, "") : text;
    return hasValidGtinCheckDigit(digits) ? digits : undefined;
  },
  keep: (values, digits) => (values.gtin = digits ?? ""),
  clear: (values) => (values.gtin = ""),
};

export const missingGtin = blankRule({
  code: "missing-gtin",
  severity: "warning",
  fields: ["gtin"],
  isSaidWithoutColumn: true,
});

/** Excel shows long numbers as `3,76012E+12`: the digits are lost, the file must be saved again. */
export const gtinScientificNotation = cellRule({
  code: "gtin-scientific-notation",
  severity: "error",
  fields: ["gtin"],
  check: (text, digits) => (digits === undefined && looksLikeScientificNotation(text)) || undefined,
});

export const invalidGtin = cellRule({
  code: "invalid-gtin",
  severity: "error",
  source: "gs1-general-specifications",
  fields: ["gtin"],
  check: (_text, digits) => digits === undefined || undefined,
});
