import { readFile } from "node:fs/promises";
import type { FindingCode } from "../domain/errors.js";
import { readCsv } from "./csv-reader.js";
import { toInputError } from "./input.js";
import { detectFileKind, readWorkbookRows } from "./workbook-reader.js";

/** One row of a table file, with the line (or the spreadsheet's row number) it was read from. */
export interface TableRow {
  readonly cells: readonly string[];
  readonly line: number;
}

/**
 * A small table the user keeps in Excel or as a CSV — a batch manifest, a translator's names sheet —
 * read whole, told by its bytes: a workbook's first sheet (or the one whose header is a catalogue's),
 * else a CSV in any encoding and delimiter, by the catalogues' own readers. Cells are trimmed. A CSV's
 * structural problem (an unclosed quote…) is handed to `onProblem`, which throws the caller's error.
 */
export async function readTableFile(path: string, onDisk: string, onProblem: (code: FindingCode, line: number) => never): Promise<TableRow[]> {
  const bytes = await readFile(onDisk).catch((error: unknown) => {
    throw toInputError(error, path);
  });
  return readTable(bytes, path, onProblem);
}

/** The same, for bytes a caller has read already (to look at them first): the file is read once. */
export async function readTable(bytes: Buffer, path: string, onProblem: (code: FindingCode, line: number) => never): Promise<TableRow[]> {
  if (detectFileKind(bytes) !== "text") {
    const workbook = await readWorkbookRows(bytes, { displayName: path });
    return workbook.rows.map((row) => ({ cells: row.cells.map((cell) => cell.trim()), line: row.line }));
  }
  const rows: TableRow[] = [];
  await readCsv(
    (async function* () {
      yield bytes;
    })(),
    { displayName: path },
    {
      dialect() {},
      record(cells, line) {
        rows.push({ cells: cells.map((cell) => cell.trim()), line });
      },
      problem: (code, line) => onProblem(code, line),
    },
  );
  return rows;
}
