import type { FindingCode, MessageParams, Severity } from "../errors.js";
import type { FieldName } from "./fields.js";

/** The kinds of workbook read: Excel's (.xlsx, .xlsm) and LibreOffice Calc's (.ods). */
export type WorkbookFormat = "xlsx" | "ods";

/**
 * Something wrong with a catalogue's data, located in its file and not yet put into words (the report
 * writers do that, per language). The one shape from the row check to the report and the import
 * history: a new kind of location (a workbook's sheet and cell) is one more optional property here.
 */
export interface Finding {
  readonly severity: Severity;
  readonly code: FindingCode;
  /** 1-based physical line where the record starts; the header and file-level findings use line 1 (or 0). */
  readonly line: number;
  /** The canonical field, when the finding concerns one. */
  readonly field?: FieldName | undefined;
  /** The header as written in the file. */
  readonly column?: string | undefined;
  readonly value?: string | undefined;
  readonly params?: MessageParams | undefined;
  /** A workbook's sheet the finding is in (absent for CSV). */
  readonly sheet?: string | undefined;
  /** A workbook's cell ("E11"), when the finding concerns one column of one row. */
  readonly cell?: string | undefined;
}

/** "E11" → 4: the 0-based column of a cell reference. */
export function columnIndex(cell: string): number {
  let column = 0;
  // By code unit, not by character: a sheet's every cell is located, and the letters are ASCII.
  for (let index = 0; index < cell.length; index++) {
    const code = cell.charCodeAt(index);
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  return column - 1;
}

/** A 0-based column index as a spreadsheet names it: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Receives each finding as it is found. */
export type FindingListener = (finding: Finding) => void;
