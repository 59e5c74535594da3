import { neutraliseCell } from "../catalogue-export.js";
import { formatCsvRecord } from "../csv-format.js";

/**
 * A table for a spreadsheet, printed rather than exported (`portfolio --format csv`): UTF-8 with a BOM
 * and `;` as French Excel opens them, and no cell a spreadsheet would run as a formula.
 */
export function writeSpreadsheetCsv(rows: readonly (readonly string[])[]): string {
  return `\ufeff${rows.map((cells) => formatCsvRecord(cells.map(neutraliseCell), ";")).join("")}`;
}
