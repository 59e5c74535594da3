import type { FindingCode, MessageParams, Severity } from "../errors.js";
import type { FieldName } from "./fields.js";

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
}

/** Receives each finding as it is found. */
export type FindingListener = (finding: Finding) => void;
