import type { Translator } from "../../domain/messages/index.js";
import type { ValidationResult } from "../validate-catalogue.js";
import type { FileFailure } from "./junit.js";
import { columnIndex } from "../../domain/catalogue/finding.js";
import { locateText, renderFinding } from "./render.js";

/**
 * GitHub Actions workflow commands: `::error file=…,line=…,title=…::message`. Data and properties are
 * escaped as the runner expects (% CR LF, and : , in properties).
 */
export function writeGithubReport(results: readonly ValidationResult[], t: Translator, failures: readonly FileFailure[] = []): string {
  const lines: string[] = [];
  for (const result of results) {
    for (const finding of result.findings) {
      const { message, hint } = renderFinding(finding, t);
      const command = finding.severity === "error" ? "error" : "warning";
      const properties = [`file=${escapeProperty(result.file)}`];
      if (finding.line > 0) properties.push(`line=${finding.line}`);
      if (finding.cell !== undefined) properties.push(`col=${columnIndex(finding.cell) + 1}`);
      properties.push(`title=${escapeProperty(finding.code)}`);
      // GitHub shows no workbook's rows: the text itself says the sheet and the cell.
      lines.push(`::${command} ${properties.join(",")}::${escapeData(locateText(finding, `${message} ${hint}`, t))}`);
    }
    const { rows, validRows, errors, warnings } = result.summary;
    lines.push(`::notice file=${escapeProperty(result.file)}::${escapeData(t.ui("summary", { rows, validRows, errors, warnings }))}`);
  }
  for (const failure of failures) {
    lines.push(`::error file=${escapeProperty(failure.file)},title=${escapeProperty(failure.code)}::${escapeData(failure.message)}`);
  }
  return `${lines.join("\n")}\n`;
}

function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
