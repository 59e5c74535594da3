import { createAtomicFile } from "./atomic-write.js";
import { formatCsvRecord } from "./csv-format.js";

/**
 * The rejected rows of a file, with its original columns plus a reason, in a CSV ready to fix and
 * re-import: UTF-8 with a BOM (Excel then shows accents right) and the source's delimiter. Visible under
 * its name only once complete, so a killed import leaves no half file; a later run replaces it.
 */
export interface RejectsWriter {
  write(cells: readonly string[], reason: string): void;
  /** Moves the file into place; returns how many rows it holds. */
  commit(): number;
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
      return rows;
    },
    discard: () => file.discard(),
  };
}
