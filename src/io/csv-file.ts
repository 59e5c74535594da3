import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { formatCsvRecord } from "./csv-format.js";
import { writeFileAtomically } from "./atomic-write.js";

/**
 * A small catalogue CSV written whole (UTF-8, the given delimiter, the one record writer of the rejects
 * file and the export), the way the wizard keeps the products typed in and the rows it corrected, so
 * that they are imported through the one import pipeline and stay on disk for the user. Written to a
 * temporary name, then renamed.
 */
export function writeCsvFile(
  path: string,
  header: readonly string[],
  rows: readonly (readonly string[])[],
  delimiter: string,
  options: { readonly replace: boolean; readonly withBom: boolean } = { replace: true, withBom: false },
): void {
  mkdirSync(dirname(path), { recursive: true });
  // A BOM for a file a person opens in Excel: without it, Excel reads UTF-8 as Windows-1252 and loses the Chinese.
  const text = [header, ...rows].map((cells) => formatCsvRecord(cells, delimiter)).join("");
  writeFileAtomically(path, options.withBom ? `\ufeff${text}` : text, { replace: options.replace });
}
