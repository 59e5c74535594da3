import { foundElsewhere, recordRule } from "./rule.js";

/** The file's structure: its header, the shape of each record, and what the reader and the import find. */

// The header, laid out once per file (`layOutColumns`): findings on line 1.

/** A required field has no column: said once on the header, and no row is complete. */
export const missingColumn = foundElsewhere({ code: "missing-column", severity: "error", kind: "header", detectedBy: "the header: no column for a required field" });

export const duplicateColumn = foundElsewhere({ code: "duplicate-column", severity: "error", kind: "header", detectedBy: "the header: two columns for one field (the first is read)" });

/** Never fatal: the column is ignored, and `--map` can name its field. */
export const unknownColumn = foundElsewhere({ code: "unknown-column", severity: "warning", kind: "header", detectedBy: "the header: a column no field is known by" });

/** Records with more cells than the header (and something in them) or fewer: a delimiter inside an unquoted text. */
export const wrongColumnCount = recordRule({
  code: "wrong-column-count",
  severity: "error",
  check(cells, width) {
    if (cells.length === width || hasOnlyEmptyExtraCells(cells, width)) return undefined;
    return { expected: width, actual: cells.length };
  },
});

// Excel often ends rows with empty cells ("…;;"): they hold nothing to lose.
function hasOnlyEmptyExtraCells(cells: readonly string[], width: number): boolean {
  if (cells.length < width) return false;
  for (let i = width; i < cells.length; i++) if ((cells[i] ?? "").trim() !== "") return false;
  return true;
}

export const emptyCatalogue = foundElsewhere({ code: "empty-catalogue", severity: "warning", kind: "reading", detectedBy: "the catalogue check: a header and no product" });

// The CSV reader's structural problems end the reading of the file.
export const unclosedQuote = foundElsewhere({ code: "unclosed-quote", severity: "error", kind: "reading", detectedBy: "the CSV reader: a quote opened and never closed" });

export const recordTooLarge = foundElsewhere({ code: "record-too-large", severity: "error", kind: "reading", detectedBy: "the CSV reader: a record too large to be a product" });

export const malformedCsv = foundElsewhere({ code: "malformed-csv", severity: "error", kind: "reading", detectedBy: "the CSV reader: any other parse error" });

/** Bytes not valid in UTF-8, read as U+FFFD: named on the first record that holds one. */
export const invalidUtf8 = foundElsewhere({ code: "invalid-utf8", severity: "warning", kind: "reading", detectedBy: "the CSV reader: bytes that are not UTF-8 in a UTF-8 file" });

// A workbook's cells that show the owner no data: said on the cell, which is then not read (no second,
// puzzling finding on it, such as a missing value where the sheet shows #N/A).

/** A formula whose result is an error: #N/A, #REF!, #VALUE!, #DIV/0!, Calc's Err:502… */
export const cellError = foundElsewhere({ code: "cell-error", severity: "error", kind: "reading", detectedBy: "the workbook reader: a formula whose result is an error (#N/A, #REF!, Err:502…)" });

/** A formula saved without its result, by a program that does not compute formulas. */
export const formulaNotComputed = foundElsewhere({ code: "formula-not-computed", severity: "error", kind: "reading", detectedBy: "the workbook reader: a formula saved without its computed value" });

/** Create mode: the row is valid but its SKU is already stored for the merchant. */
export const skuExists = foundElsewhere({ code: "sku-exists", severity: "error", kind: "import", detectedBy: "the import, against the merchant's stored products" });

/** A translator's names sheet names a SKU the company does not have (mistyped, or not imported yet). */
export const skuNotStored = foundElsewhere({ code: "sku-not-stored", severity: "error", kind: "import", detectedBy: "names apply, against the merchant's stored products" });
