import { createAtomicFile } from "./atomic-write.js";
import { formatCsvRecord } from "./csv-format.js";
import { createXlsxTableWriter } from "./xlsx-writer.js";

/**
 * The rejected rows of a file, with its original columns plus a reason, ready to fix and re-import, in
 * the source's own format: a CSV's in a CSV (UTF-8 with a BOM, so that Excel shows accents right, and the
 * source's delimiter), a workbook's in an .xlsx. Visible under its name only once complete, so a killed
 * import leaves no half file; a later run replaces it.
 */
export interface RejectsWriter {
  /** Called inside the import's transaction: synchronous. */
  write(cells: readonly string[], reason: string): void;
  /** Moves the file into place; resolves to how many rows it holds. */
  commit(): Promise<number>;
  /** Removes the temporary file (dry run, failed import). */
  discard(): void;
}

export function createRejectsWriter(path: string, header: readonly string[], delimiter: string, reasonHeader: string): RejectsWriter {
  const file = createAtomicFile(path, { replace: true });
  let rows = 0;
  file.write(`\ufeff${formatCsvRecord([...header, reasonHeader], delimiter)}`);
  return {
    write(cells, reason) {
      file.write(formatCsvRecord([...cells, reason], delimiter));
      rows++;
    },
    commit() {
      file.commit();
      return Promise.resolve(rows);
    },
    discard: () => file.discard(),
  };
}

/** A workbook's rejects file is an .xlsx: its name ends so, whatever the name asked for a CSV. */
export function workbookRejectsPath(path: string): string {
  return /\.csv$/i.test(path) ? `${path.slice(0, -".csv".length)}.xlsx` : path;
}

/** The rejects of a workbook as an .xlsx: the source's header, its cells untouched, and the reason last. */
export function createXlsxRejectsWriter(path: string, header: readonly string[], reasonHeader: string, sheetName: string): RejectsWriter {
  const table = createXlsxTableWriter(path, [...header, reasonHeader], sheetName);
  return {
    write(cells, reason) {
      // The reason goes right after the header's last column, even when the row's last cells are empty.
      const padded = cells.length >= header.length ? [...cells] : [...cells, ...Array<string>(header.length - cells.length).fill("")];
      table.write([...padded, reason]);
    },
    commit: () => table.commit(),
    discard: () => table.discard(),
  };
}
