import { closeSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { formatCsvRecord } from "./csv-format.js";

/**
 * The rejected rows of a file, with its original columns plus a reason, in a CSV ready to fix and
 * re-import: UTF-8 with a BOM (Excel then shows accents right) and the source's delimiter. Written to
 * a temporary name and renamed when complete, so a killed import leaves no half file.
 */
export interface RejectsWriter {
  write(cells: readonly string[], reason: string): void;
  /** Renames the file into place; returns how many rows it holds. */
  commit(): number;
  /** Removes the temporary file (dry run, failed import). */
  discard(): void;
}

export function createRejectsWriter(path: string, header: readonly string[], delimiter: string, reasonHeader: string): RejectsWriter {
  const temporary = `${path}.${process.pid}.tmp`;
  const fd = openSync(temporary, "w");
  let rows = 0;
  let isOpen = true;
  writeSync(fd, `\ufeff${formatCsvRecord([...header, reasonHeader], delimiter)}`);
  const close = (): void => {
    if (isOpen) closeSync(fd);
    isOpen = false;
  };
  return {
    write(cells, reason) {
      writeSync(fd, formatCsvRecord([...cells, reason], delimiter));
      rows++;
    },
    commit() {
      close();
      renameSync(temporary, path);
      return rows;
    },
    discard() {
      close();
      rmSync(temporary, { force: true });
    },
  };
}
