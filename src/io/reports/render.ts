import type { Translator } from "../../domain/messages/index.js";
import type { Finding } from "../../domain/catalogue/finding.js";

export interface RenderedFinding {
  readonly message: string;
  readonly hint: string;
}

/** Puts a finding into words: the finding's own field and value fill the message with its params. */
export function renderFinding(finding: Finding, t: Translator): RenderedFinding {
  const params = { field: finding.field ?? "", value: finding.value ?? "", column: finding.column ?? "", ...finding.params };
  return { message: t.message(finding.code, params), hint: t.hint(finding.code, params) };
}

/** How a delimiter is named in a report: ";" "," or the word for tab. */
export function describeDelimiter(delimiter: string, t: Translator): string {
  return delimiter === "\t" ? t.ui("tab") : `"${delimiter}"`;
}
