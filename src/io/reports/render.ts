import type { Translator } from "../../domain/messages/index.js";
import type { Finding } from "../../domain/catalogue/finding.js";

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
  const params = { field, fieldKey: finding.field ?? "", value: finding.value ?? "", column: finding.column ?? "", ...finding.params };
  const hint = t.hint(finding.code, params);
  const action = audience === "command" ? t.action(finding.code, params) : undefined;
  return { message: t.message(finding.code, params), hint: action === undefined ? hint : t.ui("hintWithAction", { hint, action }) };
}

/** Where a finding is, unless its message already names the column. */
export function findingColumn(finding: Finding, message: string): string | undefined {
  return finding.column !== undefined && finding.column !== "" && !message.includes(finding.column) ? finding.column : undefined;
}

/** How a delimiter is named in a report: ";" "," or the word for tab. */
export function describeDelimiter(delimiter: string, t: Translator): string {
  return delimiter === "\t" ? t.ui("tab") : `"${delimiter}"`;
}
