import type { Translator } from "../../domain/messages/index.js";
import type { Finding } from "../../domain/catalogue/finding.js";
import type { Delimiter } from "../../domain/catalogue/delimiters.js";
import type { WorkbookSource } from "../validate-catalogue.js";

/**
 * Who reads a report: `command`, a command's output, which may name the flag or command that acts;
 * `person`, the wizard and the dossier, which never talk like a shell.
 */
export type ReportAudience = "command" | "person";

export interface RenderedFinding {
  readonly message: string;
  readonly hint: string;
}

/**
 * Puts a finding into words: its value and its field fill the message with its params. The field is
 * named as the person knows it — the column's header as written in their file, or, for a column the
 * file lacks, the catalogue's column name in their language; `fieldKey` is the internal name, for the
 * one hint that must show it (`--map "Votre colonne=champ"`).
 */
export function renderFinding(finding: Finding, t: Translator, audience: ReportAudience = "command"): RenderedFinding {
  const field = finding.column ?? (finding.field === undefined ? "" : t.columnName(finding.field));
    // A workbook's finding may say its place in its own words (a row wider than its header: from which cell).
    const params = { field, fieldKey: finding.field ?? "", value: finding.value ?? "", column: finding.column ?? "", sheet: finding.sheet ?? "", cell: finding.cell ?? "", ...finding.params };
    const hint = t.hint(finding.code, params);
    const action = audience === "command" ? t.action(finding.code, params) : undefined;
    return { message: t.message(finding.code, params), hint: action === undefined ? hint : t.ui("hintWithAction", { hint, action }) };
}

/** Where a finding is, unless its message already names the column. */
export function findingColumn(finding: Finding, message: string): string | undefined {
  return finding.column !== undefined && finding.column !== "" && !message.includes(finding.column) ? finding.column : undefined;
}

/** What the reading found: a CSV's encoding and delimiter, or a workbook's sheet and header row. */
export function describeSource(source: { readonly encoding: string | undefined; readonly delimiter: Delimiter | undefined; readonly workbook: WorkbookSource | undefined }, t: Translator): string {
  if (source.workbook !== undefined) {
    const { format, sheet, headerLine, hiddenRows } = source.workbook;
    return t.ui("detectedWorkbook", { format, sheet, headerLine, hiddenRows });
  }
  return t.ui("detected", { encoding: source.encoding ?? "", delimiter: describeDelimiter(source.delimiter ?? ";", t) });
}

/** Where a finding is, for a person: « Ligne 11 », or in a workbook « Feuille Produits, cellule E11 ». */
export function describeLocation(finding: Finding, t: Translator): string {
  if (finding.sheet === undefined) return t.ui("line", { line: finding.line });
  return finding.cell === undefined ? t.ui("sheetLine", { sheet: finding.sheet, line: finding.line }) : t.ui("cellAt", { sheet: finding.sheet, cell: finding.cell });
}

/** A machine format's text for a workbook's finding starts with its place: « Feuille Produits, cellule E11 : … ». */
export function locateText(finding: Finding, text: string, t: Translator): string {
  return finding.sheet === undefined ? text : t.ui("locatedMessage", { where: describeLocation(finding, t), message: text });
}

/** How a delimiter is named in a report: ";" "," or the word for tab. */
export function describeDelimiter(delimiter: string, t: Translator): string {
  return delimiter === "\t" ? t.ui("tab") : `"${delimiter}"`;
}
